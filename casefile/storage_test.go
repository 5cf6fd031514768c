package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

func encode(t testing.TB, c *Case) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, c := range []*Case{sampleCase(), New("Empty", ""), Synthetic(200, 1)} {
		path := filepath.Join(t.TempDir(), "case"+Extension)
		if err := Save(path, c); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("%s: loaded case differs from the saved one", c.Title)
		}
	}
}

func TestSavedFileStartsWithFormatAndVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	head := fmt.Sprintf("{\n  \"format\": \"casefile\",\n  \"version\": %d,\n  \"case\": {", FormatVersion)
	if !bytes.HasPrefix(data, []byte(head)) {
		t.Errorf("file starts %q, want %q", data[:min(len(data), 60)], head)
	}
	// Text is written as is, not as \u escapes.
	if !bytes.Contains(data, []byte("This extreme response … is fully proportionate")) || bytes.Contains(data, []byte(`\u`)) {
		t.Errorf("quote not written verbatim")
	}
}

func TestSaveKeepsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	c := sampleCase()
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(BackupPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a first save made a backup (%v)", err)
	}
	first, _ := os.ReadFile(path)

	c.Title = "Second version"
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(BackupPath(path)); !bytes.Equal(bak, first) {
		t.Errorf("backup does not hold the previous version")
	}
	second, _ := os.ReadFile(path)

	c.Title = "Third version"
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(BackupPath(path)); !bytes.Equal(bak, second) {
		t.Errorf("backup does not hold the second version after a third save")
	}
	if got, err := Load(path); err != nil || got.Title != "Third version" {
		t.Errorf("Load = %v, %v; want the third version", got, err)
	}
	if got, err := Load(BackupPath(path)); err != nil || got.Title != "Second version" {
		t.Errorf("the backup does not load as the second version: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %q; want only the case and its backup", names)
	}
}

func TestSaveKeepsFileMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode after save = %v, want 0600 kept", info.Mode().Perm())
	}
}

func TestSaveRefusesInvalidCase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	c := sampleCase()
	c.Statements[0].Speaker = "x"
	err := Save(path, c)
	wantErr(t, err, "not saving "+path, `speaker "x" does not exist`)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Errorf("error does not wrap Problems")
	}
	assertUnchanged(t, path, before)
	folderHolds(t, path, "case.casefile") // no backup, no temporary file

	// Refused even when the folder cannot be written either.
	fs := osFS
	fs.createTemp = func(string, string) (*os.File, error) { return nil, syscall.EACCES }
	useFS(t, fs)
	wantErr(t, Save(path, c), "not saving "+path, `speaker "x" does not exist`)
}

func TestLoadMigratesVersion1(t *testing.T) {
	path := filepath.Join("testdata", "v1.casefile")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) Note {
		return Note{Created: created, Modified: created, Body: s}
	}
	n1, n2, n3 := at("On the case."), at("On the statement."), at("On Rama.")
	n1.ID, n1.Target = "n-case", Target{Kind: OnCase}
	n2.ID, n2.Target = "n-st", Target{OnStatement, "st-rama"}
	n3.ID, n3.Target = "n-actor", Target{OnActor, "rama"}
	want := &Case{
		ID: "case-v1", Title: "Albania cuts ties with Iran", Summary: "Written by Casefile 1.", Analyst: "A. Analyst",
		Created: created, Modified: later, Marking: TLPAmber, Tags: []string{"cyber"},
		Sources: []Source{
			{ID: "src-pm", Title: "Statement of the Prime Minister", Date: Day(2022, 9, 7), Reliability: "B"},
			{ID: "src-old", Title: "Undated report"},
		},
		Actors: []Actor{
			{ID: "alb", Name: "Albania", Kind: KindState, Sources: []Citation{{Source: "src-pm"}}},
			{ID: "rama", Name: "Edi Rama", Kind: KindPerson, Role: "Prime Minister of Albania", Affiliation: "alb", Sources: []Citation{}},
		},
		Relations: []Relation{{ID: "rel-leads", From: "rama", To: "alb", Type: RelLeads, Start: Date{Year: 2013, Qualifier: About}}},
		Statements: []Statement{
			{ID: "st-rama", Title: "Rama on proportionality", Speaker: "rama", Quote: "This extreme response … is fully proportionate.",
				Date: Day(2022, 9, 7), Source: Citation{Source: "src-pm", Locator: "para. 1"}, Grading: Grading{"B", 2}},
			{ID: "st-later", Title: "Rama, later", Speaker: "rama", Quote: "We stand firm.", Date: Date{Year: 2022, Month: 9, Qualifier: About},
				RespondsTo: "st-rama", Source: Citation{Source: "src-pm"}},
		},
		Events: []Event{{ID: "ev-attack", Title: "Cyberattack", Date: Month(2022, 7), Actors: []string{"alb"},
			Sources: []Citation{{Source: "src-pm"}}}},
		Notes: []Note{n1, n2, n3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("migrated case:\n%s\nwant\n%s", encode(t, got), encode(t, want))
	}
	assertUnchanged(t, path, before)

	// Saving writes the current version.
	out := filepath.Join(t.TempDir(), "migrated.casefile")
	if err := Save(out, got); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	if !bytes.Contains(data, []byte(fmt.Sprintf(`"version": %d,`, FormatVersion))) {
		t.Errorf("saved migrated case is not the current version")
	}
}

func TestMigrateRefusesBadVersion1(t *testing.T) {
	v1, err := os.ReadFile(filepath.Join("testdata", "v1.casefile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ from, to, want string }{
		{`"date": "2022-07"`, `"date": "2022-7-x"`, `events[0].date: "2022-7-x" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{`"date": "2022-07"`, `"date": "2022-02-30"`, "events[0].date: day 30 is not in February 2022"},
		{`"date": "2022-07"`, `"date": "2022-07-01-01"`, "is not YYYY, YYYY-MM or YYYY-MM-DD"},
		{`"target": "case"`, `"target": ":n"`, `notes[0].target ":n" names no kind`},
		{`"target": "actor:rama"`, `"target": "actor:nobody"`, `note "On Rama.": target "nobody" does not exist`},
		// The migrated data is not what the user wrote: no line and column.
		{`"kind": "person"`, `"kind": 7`, `actor "Edi Rama": case.actors[1].kind holds a number where text belongs, e.g. "person"`},
	} {
		bad := strings.Replace(string(v1), tt.from, tt.to, 1)
		_, err := Decode([]byte(bad))
		wantErr(t, err, tt.want)
		if err != nil && strings.Contains(err.Error(), "line ") {
			t.Errorf("error %q gives a line of the migrated data, which is not the file", err)
		}
	}
}

// assertUnchanged fails the test unless path still holds exactly want.
func assertUnchanged(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s afterwards: %v", path, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s changed", path)
	}
}

func TestLoadRefuses(t *testing.T) {
	good := string(encode(t, sampleCase()))
	// The sample as written says the current version.
	cur := fmt.Sprintf(`"version": %d`, FormatVersion)
	tests := []struct {
		name, content string
		want          []string
	}{
		{"newer version", strings.Replace(good, cur, fmt.Sprintf(`"version": %d`, FormatVersion+1), 1),
			[]string{fmt.Sprintf("version %d, newer than version %d", FormatVersion+1, FormatVersion), "update Casefile"}},
		{"version 0", strings.Replace(good, cur, `"version": 0`, 1), []string{"version 0 is not valid"}},
		{"version not a number", strings.Replace(good, cur, `"version": "2"`, 1), []string{`the file's "version" holds text where a whole number belongs`}},
		{"version a fraction", strings.Replace(good, cur, `"version": 2.5`, 1),
			[]string{`the file's "version" holds the number 2.5 where a whole number belongs`}},
		{"format not text", strings.Replace(good, `"format": "casefile"`, `"format": 7`, 1),
			[]string{`the file's "format" holds a number where text belongs`}},
		{"other format", strings.Replace(good, `"format": "casefile"`, `"format": "stix"`, 1),
			[]string{`format is "stix", not "casefile"`}},
		{"no format", strings.Replace(good, `"format": "casefile",`, ``, 1), []string{`no "format" and "version"`}},
		{"no version", strings.Replace(good, cur+",", ``, 1), []string{`no "format" and "version"`}},
		{"no case", `{"format": "casefile", "version": 2}`, []string{`no "case"`}},
		{"null case", `{"format": "casefile", "version": 2, "case": null}`, []string{`no "case"`}},
		{"trailing data", good + `{"format": "casefile"}`, []string{"more data after the case, at line"}},
		{"trailing garbage", good + "x", []string{"more data after the case"}},
		{"two cases", good + good, []string{"more data after the case"}},
		{"unknown field", strings.Replace(good, `"quote": `, `"qoute": "typo", "quote": `, 1),
			[]string{`unknown field "qoute"`, "newer Casefile or have been mistyped"}},
		{"unknown top-level field", strings.Replace(good, cur+",", cur+`, "extra": true,`, 1),
			[]string{`unknown field "extra"`}},
		{"wrong type", strings.Replace(good, `"year": 2022`, `"year": "2022"`, 1),
			[]string{`source "Statement of the Prime Minister": case.sources[0].date.year holds text where a whole number belongs, e.g. 2022 (line 22, column 19)`}},
		{"wrong type, named", strings.Replace(good, `"kind": "state"`, `"kind": 3`, 1),
			[]string{`actor "Albania": case.actors[0].kind holds a number where text belongs, e.g. "person" (line `}},
		{"wrong type, bool", strings.Replace(good, `"title": "Albania cuts ties with Iran"`, `"title": true`, 1),
			[]string{`case: title holds true where text belongs (line `}},
		{"wrong type, list", strings.Replace(good, `"marking": "TLP:AMBER"`, `"marking": []`, 1),
			[]string{`case: marking holds a list where text belongs, e.g. "TLP:AMBER" (line `}},
		{"bad time", strings.Replace(good, `"created": "2022-09-07T09:00:00Z"`, `"created": "2022-09-07"`, 1),
			[]string{`case: created holds "2022-09-07" where an RFC 3339 time belongs, e.g. "2022-09-07T09:00:00Z" (line `}},
		{"time not text", strings.Replace(good, `"created": "2022-09-07T09:00:00Z"`, `"created": 5`, 1),
			[]string{`case: created holds a number where an RFC 3339 time belongs`}},
		{"duplicate ids", strings.Replace(good, `"id": "irn"`, `"id": "alb"`, 1),
			[]string{`id "alb" is also used by actor "Albania"; ids must be unique`}},
		{"dangling reference", strings.Replace(good, `"speaker": "rama"`, `"speaker": "ram"`, 1),
			[]string{`statement "Rama on proportionality": speaker "ram" does not exist`}},
		{"invalid UTF-8", strings.Replace(good, "Albania cuts", "Alb\xe9nia cuts", 1),
			[]string{"not valid UTF-8", "line 6, column 18"}},
		{"truncated", good[:len(good)/2], []string{"ends too soon"}},
		{"truncated in header", `{"format": "casefile", "vers`, []string{"ends too soon"}},
		{"syntax error", strings.Replace(good, `"title": "Albania cuts ties with Iran",`, `"title": "Albania cuts ties with Iran"`, 1),
			[]string{"not valid JSON at line 7, column 5: invalid character '\"' after object key:value pair"}},
		{"empty", "", []string{"the file is empty; it holds no case"}},
		{"only a byte-order mark", "\xef\xbb\xbf", []string{"the file is empty; it holds no case"}},
		{"only white space", " \r\n\t\n", []string{"the file is empty; it holds no case"}},
		{"byte-order mark and white space", "\xef\xbb\xbf\r\n", []string{"the file is empty; it holds no case"}},
		{"array", "[1, 2]", []string{"not a JSON object"}},
		{"string", `"casefile"`, []string{"not a JSON object"}},
		{"binary", "\x00\x01\x02", []string{"not a JSON object"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "case.casefile", tt.content)
			c, err := Load(path)
			if c != nil {
				t.Errorf("Load returned a case")
			}
			wantErr(t, err, append([]string{"cannot load " + path + ": "}, tt.want...)...)
			var le *LoadError
			if !errors.As(err, &le) || le.Path != path {
				t.Errorf("error %#v is not a *LoadError for the path", err)
			}
			assertUnchanged(t, path, []byte(tt.content))
			if _, err := os.Stat(BackupPath(path)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("loading made a backup")
			}
		})
	}
}

func TestLoadMissingAndFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "nothing.casefile"))
	wantErr(t, err, "nothing.casefile: no such file or directory")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v is not ErrNotExist", err)
	}
	_, err = Load(dir)
	wantErr(t, err, "cannot load "+dir+": it is a folder, not a file; choose a case file")
}

func TestDecodeRefusesOversizedData(t *testing.T) {
	data := make([]byte, MaxFileSize+1)
	_, err := Decode(data)
	// Rounded to the nearest tenth it would read 64.0 MB, "more than the 64 MB".
	wantErr(t, err, "the file is 64.1 MB, more than the 64 MB a case file may be")
}

func TestTooBigNeverPrintsTheLimit(t *testing.T) {
	for size, want := range map[int64]string{
		MaxFileSize + 1:            "64.1 MB",
		MaxFileSize + 1<<20/10:     "64.1 MB",
		MaxFileSize + 1<<20/10 + 1: "64.2 MB",
		65 << 20:                   "65.0 MB",
		1 << 40:                    "1048576.0 MB",
	} {
		wantErr(t, tooBig(size), "the file is "+want+", more than the 64 MB")
	}
}

func TestLoadEmptyFilePointsToBackupWhenThereIsOne(t *testing.T) {
	path := writeFile(t, "case.casefile", "")
	_, err := Load(path)
	wantErr(t, err, "cannot load "+path+": the file is empty; it holds no case")
	if strings.Contains(err.Error(), ".bak") {
		t.Errorf("error %q points to a backup that does not exist", err)
	}
	if err := os.WriteFile(BackupPath(path), encode(t, sampleCase()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	wantErr(t, err, "the file is empty; it holds no case. If a save was interrupted, its previous version may be in case.casefile.bak")
}

func TestLoadZeroedFileSaysSoAndPointsToBackup(t *testing.T) {
	path := writeFile(t, "case.casefile", strings.Repeat("\x00", 8192))
	if err := os.WriteFile(BackupPath(path), encode(t, sampleCase()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	wantErr(t, err, "only zero bytes, as a crash can leave a file")
	wantErr(t, err, "its previous version may be in case.casefile.bak")
}

func TestLoadRefusesOversizedFile(t *testing.T) {
	// A sparse file: its size costs no disk.
	path := writeFile(t, "big.casefile", `{"format": "casefile", "version": 2, "case": {`)
	if err := os.Truncate(path, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	wantErr(t, err, "more than the 64 MB a case file may be")
	if info, _ := os.Stat(path); info.Size() != MaxFileSize+1 {
		t.Errorf("file size changed to %d", info.Size())
	}
}

func TestDecodeAcceptsWhatEncodeWrites(t *testing.T) {
	c := sampleCase()
	got, err := Decode(encode(t, c))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Errorf("decoded case differs")
	}
	// A hand-edited file may start with a byte-order mark and use CRLF.
	withBOM := "\xef\xbb\xbf" + strings.ReplaceAll(string(encode(t, c)), "\n", "\r\n")
	if got, err := Decode([]byte(withBOM)); err != nil || !reflect.DeepEqual(got, c) {
		t.Errorf("file with a byte-order mark and CRLF line ends: %v", err)
	}
	// Field order and whitespace are free: format and version may come last.
	compact := `{"case": ` + string(encode(t, c)[strings.Index(string(encode(t, c)), `"case": `)+8:len(encode(t, c))-2]) +
		`, "version": 2, "format": "casefile"}`
	if _, err := Decode([]byte(compact)); err != nil {
		t.Errorf("format and version after the case: %v", err)
	}
}
