package casefile_test

import (
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestTrimQuoteMarks(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		trimmed  bool
	}{
		{"“Coordinated … attack,”", "Coordinated … attack,", true},
		{`"straight quotes."`, "straight quotes.", true},
		{" ‘British, with “nested” doubles’ ", "British, with “nested” doubles", true},
		{"‘Albania’s decision’", "Albania’s decision", true},
		{"«Guillemets»", "Guillemets", true},
		{"„Deutsch“", "Deutsch", true},
		{"“A,” he said, “B.”", "“A,” he said, “B.”", false},
		{"‘A,’ he said, ‘B.’", "‘A,’ he said, ‘B.’", false},
		{"No marks at all.", "No marks at all.", false},
		{"“Unclosed", "“Unclosed", false},
		{"“", "“", false},
		{"“”", "", true},
		{"It was “unwelcome”", "It was “unwelcome”", false},
	} {
		got, trimmed := casefile.TrimQuoteMarks(tt.in)
		if got != tt.want || trimmed != tt.trimmed {
			t.Errorf("TrimQuoteMarks(%q) = %q, %v; want %q, %v", tt.in, got, trimmed, tt.want, tt.trimmed)
		}
		// Trimming is idempotent on what it keeps.
		if again, more := casefile.TrimQuoteMarks(got); more && got != "" {
			t.Errorf("TrimQuoteMarks(%q) trims again to %q", got, again)
		}
	}
}
