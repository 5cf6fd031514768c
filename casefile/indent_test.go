package casefile

import (
	"bytes"
	"encoding/json"
	"testing"
)

// referenceEncode is how Encode laid out files before it had its own
// indentation: the output must stay byte for byte the same.
func referenceEncode(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestEncodeLayoutMatchesJSONIndent(t *testing.T) {
	tricky := sampleCase()
	tricky.Summary = `quotes " and \ and \" and \\" and {"a": [1, 2]}, <html> & tabs	and
newlines`
	tricky.Tags = []string{}
	tricky.Notes[0].Body = "ends in a backslash \\"
	for _, c := range []*Case{sampleCase(), tricky, New("Empty", ""), Synthetic(100, 3), {}} {
		want := referenceEncode(t, file{Format: FormatName, Version: FormatVersion, Case: c})
		if got := encode(t, c); !bytes.Equal(got, want) {
			t.Errorf("%q: Encode differs from json's indentation:\n%s\n---\n%s", c.Title, got, want)
		}
	}
}

func TestIndentWriterAcrossWrites(t *testing.T) {
	// However the compact JSON is split, the layout is the same.
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	c := sampleCase()
	c.Summary = `a \" b \\ c "quoted" {}[]`
	if err := enc.Encode(file{Format: FormatName, Version: FormatVersion, Case: c}); err != nil {
		t.Fatal(err)
	}
	want := referenceEncode(t, file{Format: FormatName, Version: FormatVersion, Case: c})
	src := compact.Bytes()
	for _, size := range []int{1, 2, 3, 7, 64, 1000} {
		var out bytes.Buffer
		iw := newIndentWriter(&out)
		for i := 0; i < len(src); i += size {
			if _, err := iw.Write(src[i:min(i+size, len(src))]); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(out.Bytes(), want) {
			t.Errorf("written %d bytes at a time: layout differs", size)
		}
	}
}

// FuzzEncodeLayout checks Encode's layout against json.Indent's for any
// text in the case's fields.
func FuzzEncodeLayout(f *testing.F) {
	f.Add(`a \" b`, "ends in \\", "{[,:]}")
	f.Add("", "\x00\xff", `"`)
	f.Fuzz(func(t *testing.T, summary, body, tag string) {
		c := sampleCase()
		c.Summary, c.Notes[0].Body, c.Tags = summary, body, append(c.Tags, tag)
		c.Actors[0].Aliases = []string{tag, summary}
		want := referenceEncode(t, file{Format: FormatName, Version: FormatVersion, Case: c})
		if got := encode(t, c); !bytes.Equal(got, want) {
			t.Fatalf("layout differs:\n%s\n---\n%s", got, want)
		}
	})
}
