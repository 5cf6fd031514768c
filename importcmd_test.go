package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func encodedCase(t *testing.T, c *casefile.Case) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// export -format stix writes a bundle that import makes back into the same
// case, every field.
func TestE2ESTIXExportThenImport(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "albania.json")
	r := run(t, "export", "-format", "stix", "-o", bundle)
	if r.code != 0 || !strings.Contains(r.stdout, "wrote "+bundle+" (stix)") {
		t.Fatalf("export: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	var b struct {
		Type    string
		Objects []json.RawMessage
	}
	data, _ := os.ReadFile(bundle)
	if err := json.Unmarshal(data, &b); err != nil || b.Type != "bundle" || len(b.Objects) < 50 {
		t.Fatalf("not a bundle: %v (%d objects)", err, len(b.Objects))
	}
	again := filepath.Join(dir, "again.json")
	if r := run(t, "export", "-format", "STIX", "-o", again); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if second, _ := os.ReadFile(again); !bytes.Equal(data, second) {
		t.Error("two exports of the same case differ")
	}
	out := filepath.Join(dir, "albania.casefile")
	r = run(t, "import", bundle)
	if r.code != 0 || !strings.Contains(r.stdout, "wrote "+out) || !strings.Contains(r.stdout, "Imported 21 actors") {
		t.Fatalf("import: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	got, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encodedCase(t, defaultCase(t)), encodedCase(t, got)) {
		t.Error("the default case did not come back identical through STIX")
	}
	if r := run(t, "validate", out); r.code != 0 {
		t.Errorf("validate of the imported case: %s", r.stderr)
	}
}

// import never writes over its bundle, nor over an existing file unless
// told to, and then keeps that file as the backup.
func TestE2EImportNeverLosesAFile(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "apt1.json")
	apt1, err := os.ReadFile(filepath.Join("stix", "testdata", "examples", "threat-reports", "apt1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bundle, apt1, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "import", "-o", bundle, bundle); r.code != 1 || !strings.Contains(r.stderr, "is the bundle itself") {
		t.Errorf("import over its bundle: exit %d, %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(bundle); !bytes.Equal(data, apt1) {
		t.Error("the bundle changed")
	}
	out := filepath.Join(dir, "case.casefile")
	if err := os.WriteFile(out, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "import", "-o", out, bundle); r.code != 1 || !strings.Contains(r.stderr, "already exists") || !strings.Contains(r.stderr, "-force") {
		t.Errorf("import over a file: exit %d, %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "mine" {
		t.Error("the existing file changed")
	}
	r := run(t, "import", "-force", "-o", out, bundle)
	if r.code != 0 || !strings.Contains(r.stdout, "kept 58 objects") || !strings.Contains(r.stdout, "Imported 10 actors and 7 relations") {
		t.Fatalf("import -force: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if data, _ := os.ReadFile(casefile.BackupPath(out)); string(data) != "mine" {
		t.Error("the file -force replaced is not the backup")
	}
	if c, err := casefile.Load(out); err != nil || len(c.Kept) != 58 {
		t.Errorf("the imported case: %v", err)
	}
}

// Bad bundles are refused with a message, and no file is written.
func TestE2EImportRefusesBadBundles(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // a sparse 100 MB file
		t.Fatal(err)
	}
	f.Close()
	for name, tc := range map[string]struct{ content, want string }{
		"not JSON":     {"this is not JSON", "not JSON"},
		"not a bundle": {`{"hello": "world"}`, "not a STIX bundle"},
		"STIX 2.0":     {`{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "spec_version": "2.0", "objects": [{"type": "identity", "id": "identity--311b2d2d-f010-4473-83ec-1edf84858f4c", "created": "2015-12-21T19:59:11.000Z", "name": "x"}]}`, "stix2-elevator"},
		"100 MB":       {"", "100.0 MB"},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".json")
		if tc.content == "" {
			path = huge
		} else if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".casefile")
		r := run(t, "import", "-o", out, path)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "was not written") {
			t.Errorf("%s: exit %d, %q; want 1 and a message saying %q", name, r.code, r.stderr, tc.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: %s was written", name, out)
		}
	}
}

// A releasable STIX export holds no object marked above its limit, and is
// never written over the case.
func TestE2EReleasableSTIXExport(t *testing.T) {
	dir := t.TempDir()
	c := defaultCase(t)
	c.Marking = casefile.TLPAmber
	c.Statements[0].Marking = casefile.TLPAmber
	in := filepath.Join(dir, "amber.casefile")
	if err := casefile.Save(in, c); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "clear.json")
	r := run(t, "export", "-format", "stix", "-max-marking", "TLP:CLEAR", "-o", out, in)
	if r.code != 0 || !strings.Contains(r.stdout, "withheld above TLP:CLEAR") {
		t.Fatalf("export: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	data, _ := os.ReadFile(out)
	if bytes.Contains(data, []byte(casefile.TLPMarkingID(casefile.TLPAmber))) || bytes.Contains(data, []byte(c.Statements[0].Quote)) {
		t.Error("the TLP:CLEAR bundle holds something marked TLP:AMBER")
	}
	before, _ := os.ReadFile(in)
	r = run(t, "export", "-format", "stix", "-o", in, in)
	if after, _ := os.ReadFile(in); r.code == 0 || !bytes.Equal(before, after) || !strings.Contains(r.stderr, "would destroy the case") {
		t.Errorf("a bundle over the case itself: exit %d, %q", r.code, r.stderr)
	}
}

// A releasable export of a case with objects kept from an import holds
// none above its limit, in a case file as in a bundle.
func TestE2EReleasableExportsLeaveOutKeptObjects(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "apt1.casefile")
	if r := run(t, "import", "-o", in, filepath.Join("stix", "testdata", "examples", "threat-reports", "apt1.json")); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// The OASIS bundle marks nothing, so what it keeps takes the case's
	// TLP:AMBER.
	for _, format := range []string{"json", "stix"} {
		out := filepath.Join(dir, "clear."+format)
		r := run(t, "export", "-format", format, "-max-marking", "TLP:CLEAR", "-o", out, in)
		if r.code != 0 {
			t.Fatalf("%s: %s", format, r.stderr)
		}
		data, _ := os.ReadFile(out)
		if bytes.Contains(data, []byte("indicator--")) || bytes.Contains(data, []byte(`"malware"`)) {
			t.Errorf("the TLP:CLEAR %s export holds objects kept from import, marked TLP:AMBER as the case", format)
		}
	}
	out := filepath.Join(dir, "amber.json")
	if r := run(t, "export", "-format", "stix", "-max-marking", "TLP:AMBER", "-o", out, in); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if data, _ := os.ReadFile(out); bytes.Count(data, []byte(`"type":"indicator"`)) != 12 {
		t.Errorf("the TLP:AMBER bundle does not hold the 12 indicators kept from import")
	}
}
