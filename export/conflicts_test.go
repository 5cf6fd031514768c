package export

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// A releasable export of a case with unresolved merge conflicts is refused
// (the other version may be marked higher) and writes nothing; an export
// without a limit is the case as it is.
func TestReleaseOfAConflictedCaseIsRefused(t *testing.T) {
	c := testCase()
	c.Conflicts = []casefile.Conflict{{Kind: "statements", ID: c.Statements[0].ID, Field: "quote",
		Base: json.RawMessage(`"a"`), Ours: json.RawMessage(`"b"`), Theirs: json.RawMessage(`"SECRET-THEIRS"`)}}
	dir := t.TempDir()
	for _, f := range []Format{FormatPDF, FormatMarkdown, FormatJSON} {
		path := filepath.Join(dir, "r"+f.Extension())
		err := WriteFile(context.Background(), path, f, c, Options{MaxMarking: casefile.TLPGreen}, nil)
		if err == nil || !strings.Contains(err.Error(), "conflict") {
			t.Errorf("%s at TLP:GREEN: error %v, want a refusal naming the conflict", f, err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: a refused export left a file", f)
		}
		if err := WriteFile(context.Background(), path, f, c, Options{}, nil); err != nil {
			t.Errorf("%s without a limit: %v", f, err)
		}
	}
	if r, _ := Releasable(c, casefile.TLPGreen); len(r.Conflicts) != 0 || len(r.Exports) != 0 {
		t.Error("a releasable copy keeps the conflicts or the exports log")
	}
}
