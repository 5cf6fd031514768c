package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Every briefing says which case and which content it was made from, and
// the record of its export matches the file: what `casefile verify`
// rests on.
func TestExportsCarryTheirProvenance(t *testing.T) {
	c := testCase()
	want := Provenance{CaseID: c.ID, Content: casefile.ContentHash(c)}
	dir := t.TempDir()
	for _, f := range []Format{FormatPDF, FormatMarkdown} {
		for _, limit := range []casefile.Marking{"", casefile.TLPClear} {
			opt := Options{MaxMarking: limit}
			path := filepath.Join(dir, "b-"+string(limit)+f.Extension())
			if err := WriteFile(context.Background(), path, f, c, opt, nil); err != nil {
				t.Fatal(err)
			}
			data := readFile(t, path)
			got, ok := ReadProvenance(data)
			if !ok || got != want {
				t.Errorf("%s at %q: provenance %+v, %v; want the original case's %+v", f, limit, got, ok, want)
			}
			if limit != "" && bytes.Contains(data, []byte(casefile.TLPAmber)) {
				t.Errorf("%s at %q names the case's own marking %s", f, limit, casefile.TLPAmber)
			}
			r, err := Record(path, f, c, opt)
			if err != nil {
				t.Fatal(err)
			}
			sum, _ := FileSHA256(path)
			if r.SHA256 != sum || r.Content != want.Content || r.Limit != limit || r.Format != string(f) || r.File != filepath.Base(path) {
				t.Errorf("%s at %q: record %+v does not match the file (sha256 %s)", f, limit, r, sum)
			}
		}
	}
}

// The content hash follows what the case holds, not when it was last
// saved or what was exported from it.
func TestContentHashIgnoresTheExportsLogAndTheSaveTime(t *testing.T) {
	c := testCase()
	h := casefile.ContentHash(c)
	d := c.Clone()
	d.Modified = d.Modified.Add(time.Hour)
	d.Exports = append(d.Exports, casefile.ExportRecord{At: d.Modified, File: "b.pdf", Format: "pdf",
		SHA256: strings.Repeat("a", 64), Content: h})
	if casefile.ContentHash(d) != h {
		t.Error("recording an export or saving again changed the content hash")
	}
	d.Statements[0].Quote += "!"
	if casefile.ContentHash(d) == h {
		t.Error("a changed quote left the content hash as it was")
	}
}

// A case id with XML's special characters survives the metadata.
func TestProvenanceOfAnOddCaseID(t *testing.T) {
	p := Provenance{CaseID: `a"b<c>&d`, Content: strings.Repeat("0", 64)}
	got, ok := ReadProvenance(p.xmp())
	if !ok || got != p {
		t.Errorf("xmp: got %+v, %v; want %+v", got, ok, p)
	}
	got, ok = ReadProvenance([]byte("x\n" + p.comment() + "\n"))
	if !ok || got != p {
		t.Errorf("comment: got %+v, %v; want %+v", got, ok, p)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
