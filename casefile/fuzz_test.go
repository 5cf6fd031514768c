package casefile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode checks that Decode never panics on untrusted bytes and that
// whatever it accepts survives a round trip unchanged. Run it with
//
//	go test -run '^$' -fuzz FuzzDecode -fuzztime 60s ./casefile/
func FuzzDecode(f *testing.F) {
	f.Add(encode(f, sampleCase()))
	f.Add(encode(f, New("Empty", "")))
	f.Add(encode(f, Synthetic(3, 1)))
	if v1, err := os.ReadFile(filepath.Join("testdata", "v1.casefile")); err == nil {
		f.Add(v1)
	}
	f.Add([]byte(`{"format":"casefile","version":2,"case":{"id":"c","title":"t","marking":"TLP:RED"}}`))
	f.Add([]byte(`{"format":"casefile","version":1,"case":{"id":"c","title":"t","marking":"TLP:RED",` +
		`"actors":[{"id":"a","name":"A","kind":"state"}],"notes":[{"id":"n","target":"actor:a","body":"x"}],` +
		`"events":[{"id":"e","title":"E","date":"~2014-02"}]}}`))
	f.Add([]byte(`{"version":2,"format":"casefile"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(data)
		if err != nil {
			if c != nil {
				t.Fatalf("Decode returned a case and an error")
			}
			return
		}
		if ps := c.Validate(); ps != nil {
			t.Fatalf("Decode accepted an invalid case: %v", ps)
		}
		once := encode(t, c)
		if ref := referenceEncode(t, file{Format: FormatName, Version: FormatVersion, Case: c}); !bytes.Equal(once, ref) {
			t.Fatalf("Encode's layout differs from json.Indent's:\n%s\n---\n%s", once, ref)
		}
		d, err := Decode(once)
		if err != nil {
			t.Fatalf("re-encoded case does not decode: %v\n%s", err, once)
		}
		if twice := encode(t, d); !bytes.Equal(once, twice) {
			t.Fatalf("round trip changed the case:\n%s\n---\n%s", once, twice)
		}
	})
}
