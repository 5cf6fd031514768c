package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/stix"
)

const apt1 = "../stix/testdata/examples/threat-reports/apt1.json"

// File › Import STIX bundle… adds a bundle to the open case as one edit,
// which Undo takes back, and says what it mapped and kept.
func TestImportBundleIntoTheOpenCase(t *testing.T) {
	u, _ := newTestUI(t)
	before := len(u.doc.c.Actors)
	run := u.ImportBundle(apt1, true)
	waitFor(t, "the import done", func() bool {
		select {
		case <-run.done:
			return true
		default:
			return false
		}
	})
	if run.err != nil {
		t.Fatal(run.err)
	}
	if got := len(u.doc.c.Actors); got != before+10 || len(u.doc.c.Kept) != 58 {
		t.Fatalf("after the import: %d actors (had %d), %d kept", got, before, len(u.doc.c.Kept))
	}
	if !strings.Contains(u.status.Text, "Imported apt1.json") || !strings.Contains(u.message, "kept 58 objects") {
		t.Errorf("status %q, report %q", u.status.Text, u.message)
	}
	u.dialog.Hide()
	u.Undo()
	if len(u.doc.c.Actors) != before || len(u.doc.c.Kept) != 0 {
		t.Errorf("Undo left %d actors and %d kept objects", len(u.doc.c.Actors), len(u.doc.c.Kept))
	}
}

// A bundle that cannot be imported changes nothing and says why.
func TestImportOfABadBundleChangesNothing(t *testing.T) {
	u, _ := newTestUI(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"type": "bundle", "spec_version": "2.0", "objects": [{}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var before bytes.Buffer
	if err := casefile.Encode(&before, u.doc.c); err != nil {
		t.Fatal(err)
	}
	run := u.ImportBundle(bad, true)
	waitFor(t, "the import done", func() bool {
		select {
		case <-run.done:
			return true
		default:
			return false
		}
	})
	var after bytes.Buffer
	if err := casefile.Encode(&after, u.doc.c); err != nil {
		t.Fatal(err)
	}
	if run.err == nil || !strings.Contains(u.message, "STIX 2.0") || !bytes.Equal(before.Bytes(), after.Bytes()) {
		t.Errorf("error %v, message %q; the case changed: %v", run.err, u.message, !bytes.Equal(before.Bytes(), after.Bytes()))
	}
}

// A bundle imported as a new case is saved where asked, never over a
// file, and opened.
func TestImportBundleAsANewCase(t *testing.T) {
	u, _ := newTestUI(t)
	run := u.ImportBundle(apt1, false)
	waitFor(t, "the import done", func() bool {
		select {
		case <-run.done:
			return true
		default:
			return false
		}
	})
	if run.err != nil || u.fileChosen == nil {
		t.Fatalf("%v; no save dialog", run.err)
	}
	taken := filepath.Join(t.TempDir(), "taken.casefile")
	if err := os.WriteFile(taken, []byte("something"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := u.SaveImported(taken, run); err == nil {
		t.Error("the new case was saved over an existing file")
	}
	if data, _ := os.ReadFile(taken); string(data) != "something" {
		t.Error("the existing file changed")
	}
	path := filepath.Join(t.TempDir(), "apt1.casefile")
	if err := u.SaveImported(path, run); err != nil {
		t.Fatal(err)
	}
	if u.Path() != path || u.doc.c.Title != "APT1: Exposing One of China's Cyber Espionage Units" {
		t.Errorf("open now: %s, %q", u.Path(), u.doc.c.Title)
	}
	if c := loadFile(t, path); len(c.Kept) != 58 {
		t.Errorf("the saved case keeps %d objects", len(c.Kept))
	}
}

// File › Kept from import… lists every kept object with its type, name and
// marking, and shows one's JSON.
func TestKeptFromImportLists(t *testing.T) {
	u, _ := newTestUI(t)
	data, err := os.ReadFile(apt1)
	if err != nil {
		t.Fatal(err)
	}
	merged, _, err := stix.Import(data, u.doc.c)
	if err != nil {
		t.Fatal(err)
	}
	if err := u.edit(func(c *casefile.Case) error { *c = *merged; return nil }); err != nil {
		t.Fatal(err)
	}
	v := u.ShowKept()
	if v.list.Length() != 58 || !strings.Contains(v.count.Text, "58 objects kept from import") {
		t.Fatalf("%d rows; %q", v.list.Length(), v.count.Text)
	}
	found := false
	for i := range v.list.Length() {
		if row := v.row(i, u.doc.c); strings.HasPrefix(row, "malware — ") && strings.Contains(row, "the case's") {
			found = true
			v.list.Select(i)
			break
		}
	}
	if !found {
		t.Fatal("no row for a malware, marked as the case")
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(v.detail.Text), &obj); err != nil || obj["type"] != "malware" {
		t.Errorf("the detail is not the malware's JSON: %v\n%s", err, v.detail.Text)
	}
}

// The export dialog offers the STIX bundle, which writes a bundle that
// imports back identical.
func TestExportSTIXFromTheDialog(t *testing.T) {
	u, _ := newTestUI(t)
	u.ShowExport()
	u.exportForm.format.SetSelected("STIX 2.1 bundle")
	if !u.exportForm.order.Disabled() || !u.exportForm.paper.Disabled() {
		t.Error("the briefing's options stay enabled for a bundle")
	}
	u.dialog.Hide()
	path, format := exportTarget(filepath.Join(t.TempDir(), "albania.json"), formatSTIX)
	if format != formatSTIX {
		t.Fatalf("a .json name chosen as STIX is written as %s", format)
	}
	if _, f := exportTarget("case.stix.json", "pdf"); f != formatSTIX {
		t.Errorf("a .stix.json name is written as %s", f)
	}
	snap := u.doc.c.Clone()
	if err := <-u.exportAs(path, format, u.exportForm.options(), false).done; err != nil {
		t.Fatal(err)
	}
	drainUI()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := stix.Import(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	_ = casefile.Encode(&want, snap)
	_ = casefile.Encode(&got, back)
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Error("the exported bundle does not import back identical")
	}
	if !strings.Contains(u.status.Text, "Exported the STIX bundle") {
		t.Errorf("status %q", u.status.Text)
	}
}
