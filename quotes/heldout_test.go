package quotes

import (
	"os"
	"testing"
)

// TestHeldOut measures a directory of articles given in QUOTES_HELDOUT
// (same format as the corpus): articles the engine was not tuned on.
func TestHeldOut(t *testing.T) {
	dir := os.Getenv("QUOTES_HELDOUT")
	if dir == "" {
		t.Skip("set QUOTES_HELDOUT to a directory of .txt/.want pairs")
	}
	cases := loadDir(t, dir)
	var total score
	for _, c := range cases {
		total.add(measure(t, c))
	}
	t.Logf("held out: %d articles: recall %.1f%% (%d/%d), speaker accuracy %.1f%% (%d/%d), false positives %.1f%% (%d/%d)",
		len(cases), pct(total.found, total.wanted), total.found, total.wanted, pct(total.rightSpeaker, total.found),
		total.rightSpeaker, total.found, pct(total.spurious, total.offered), total.spurious, total.offered)
}
