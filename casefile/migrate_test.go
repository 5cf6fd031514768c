package casefile_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// Every earlier version opens with the content it was written with: a
// file of version 2 or later reads field for field as its JSON says (each
// later version only added fields), version 1 as TestLoadMigratesVersion1
// spells out, and each saves as the current version and opens again
// unchanged.
func TestEveryEarlierVersionOpensUnchanged(t *testing.T) {
	for v := 1; v < casefile.FormatVersion; v++ {
		path := filepath.Join("testdata", "v"+strconv.Itoa(v)+".casefile")
		before, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("no test file of version %d: %v", v, err)
		}
		got, err := casefile.Load(path)
		if err != nil {
			t.Fatalf("version %d: %v", v, err)
		}
		if v >= 2 { // later versions only added fields
			var plain struct{ Case *casefile.Case }
			if err := json.Unmarshal(before, &plain); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, plain.Case) {
				t.Errorf("version %d file opened as\n%+v\nwant\n%+v", v, got, plain.Case)
			}
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
			t.Errorf("opening the version %d file changed it", v)
		}
		out := filepath.Join(t.TempDir(), "saved.casefile")
		if err := casefile.Save(out, got); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(out)
		if !bytes.Contains(data, []byte(`"version": `+strconv.Itoa(casefile.FormatVersion)+",")) {
			t.Errorf("version %d saved as %.40q, not the current version", v, data)
		}
		again, err := casefile.Load(out)
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Errorf("version %d saved and opened again differs (%v)", v, err)
		}
	}
}

// A version 2 file needs no rewriting to be read as the current version, so its
// problems still name the line and column where they are.
func TestVersion2ProblemsKeepTheirPlace(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "v2.casefile"))
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(data, []byte(`"speaker": "rama"`), []byte(`"speaker": "nobody"`), 1)
	if bytes.Equal(bad, data) {
		t.Fatal("the version 2 test file has no statement spoken by rama")
	}
	_, err = casefile.Decode(bad)
	if err == nil || !strings.Contains(err.Error(), `speaker "nobody" does not exist`) || !strings.Contains(err.Error(), "(line ") {
		t.Errorf("a bad speaker in a version 2 file: %v", err)
	}
}
