package app

import (
	"path/filepath"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// sampleText is size bytes of valid UTF-8 prose in paragraphs, the same
// for the same seed.
func sampleText(size int, seed uint64) string { return casefile.SyntheticText(size, seed) }

// longField names where a long text goes in the default case; each shows
// on its own screen.
var longFields = []string{"summary", "description", "event", "source", "quote", "note"}

// fieldOf is where a long text goes in the default case: the case's
// summary, the first actor's, event's or source's description, the first
// statement's quote or the note on the case; and the item's id.
func fieldOf(tb testing.TB, c *casefile.Case, field string) (*string, string) {
	tb.Helper()
	switch field {
	case "summary":
		return &c.Summary, ""
	case "description":
		return &c.Actors[0].Description, c.Actors[0].ID
	case "event":
		return &c.Events[0].Description, c.Events[0].ID
	case "source":
		return &c.Sources[0].Description, c.Sources[0].ID
	case "quote":
		return &c.Statements[0].Quote, c.Statements[0].ID
	case "note":
		for i := range c.Notes {
			if c.Notes[i].Target.Kind == casefile.OnCase {
				return &c.Notes[i].Body, c.Notes[i].ID
			}
		}
	}
	tb.Fatalf("no field %q in the default case", field)
	return nil, ""
}

// longCaseFile writes the default case with size bytes in one field (its
// own text when size is 0) and returns the file and the item's id.
func longCaseFile(tb testing.TB, field string, size int) (path, id string) {
	tb.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		tb.Fatal(err)
	}
	text, id := fieldOf(tb, c, field)
	if size > 0 {
		*text = sampleText(size, 7)
	}
	path = filepath.Join(tb.TempDir(), field+".casefile")
	if err := casefile.Save(path, c); err != nil {
		tb.Fatal(err)
	}
	return path, id
}

// showField opens the screen that shows field's item.
func showField(u *UI, field, id string) {
	switch field {
	case "description":
		u.ShowActor(id)
	case "event":
		u.ShowEvent(id)
	case "source":
		u.ShowSource(id)
	case "quote":
		u.ShowStatement(id)
	case "note":
		u.OpenNote(id)
	}
}
