package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatDocExample keeps the example in docs/case-format.md a valid case
// file.
func TestFormatDocExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "case-format.md"))
	if err != nil {
		t.Fatalf("docs/case-format.md, which documents the format, cannot be read: %v", err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## Example\n")
	if !ok {
		t.Fatal(`docs/case-format.md has no "## Example" section`)
	}
	_, block, ok := strings.Cut(section, "```json\n")
	if !ok {
		t.Fatal("the example section has no json block")
	}
	block, _, _ = strings.Cut(block, "```")
	c, err := Decode([]byte(block))
	if err != nil {
		t.Fatalf("the documented example does not load: %v", err)
	}
	if len(c.Sources) == 0 || len(c.Actors) == 0 || len(c.Relations) == 0 || len(c.Statements) == 0 ||
		len(c.Events) == 0 || len(c.Notes) == 0 {
		t.Errorf("the example should show every kind of item")
	}
}
