package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// writeCase saves a copy of the default case with its own id and title.
func writeCase(t *testing.T, dir, name, id string) string {
	t.Helper()
	c := defaultCase(t)
	c.ID, c.Title = id, c.Title+" ("+name+")"
	path := filepath.Join(dir, name+".casefile")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every export is recorded in its case, and verify tells a briefing from
// this case, a briefing altered since, one of another case and a file
// that is no export at all.
func TestE2EVerifyTellsWhereABriefingCameFrom(t *testing.T) {
	dir := t.TempDir()
	ours := writeCase(t, dir, "ours", "case-ours")
	theirs := writeCase(t, dir, "theirs", "case-theirs")
	for _, format := range []string{"pdf", "md"} {
		b := filepath.Join(dir, "briefing."+format)
		if r := run(t, "export", "-format", format, "-max-marking", "TLP:GREEN", "-o", b, ours); r.code != 0 {
			t.Fatalf("export: %d %s", r.code, r.stderr)
		}
		c, err := casefile.Load(ours)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(c.Exports); n == 0 || c.Exports[n-1].Format != format || c.Exports[n-1].Limit != "TLP:GREEN" {
			t.Fatalf("the case does not record the %s export: %+v", format, c.Exports)
		}

		r := run(t, "verify", b, ours)
		if r.code != 0 || !strings.Contains(r.stdout, "exported from this case") || !strings.Contains(r.stdout, "as "+format) ||
			!strings.Contains(r.stdout, "released up to TLP:GREEN") {
			t.Errorf("%s from this case: %d %q %q", format, r.code, r.stdout, r.stderr)
		}

		edited := filepath.Join(dir, "edited."+format)
		data, _ := os.ReadFile(b)
		if format == "md" {
			data = []byte(strings.Replace(string(data), "Albania", "Albanía", 1))
		} else {
			data = append(data, "\n% a line appended by an editor\n"...)
		}
		os.WriteFile(edited, data, 0o644)
		if r := run(t, "verify", edited, ours); r.code != 1 || !strings.Contains(r.stdout, "ALTERED") {
			t.Errorf("edited %s: %d %q %q", format, r.code, r.stdout, r.stderr)
		}

		other := filepath.Join(dir, "other."+format)
		if r := run(t, "export", "-format", format, "-o", other, theirs); r.code != 0 {
			t.Fatal(r.stderr)
		}
		if r := run(t, "verify", other, ours); r.code != 1 || !strings.Contains(r.stdout, `made from case "case-theirs"`) {
			t.Errorf("%s of another case: %d %q %q", format, r.code, r.stdout, r.stderr)
		}
	}
	plain := filepath.Join(dir, "notes.txt")
	os.WriteFile(plain, []byte("not an export"), 0o644)
	if r := run(t, "verify", plain, ours); r.code != 1 || !strings.Contains(r.stdout, "not exported from this case") {
		t.Errorf("a text file: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := run(t, "verify", plain); r.code != 2 {
		t.Errorf("one argument: exit %d, want 2", r.code)
	}
}
