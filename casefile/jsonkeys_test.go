package casefile_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// keyLine finds the keys of a file as Encode writes it, one a line.
var keyLine = regexp.MustCompile(`(?m)^(\s*)"([a-z_0-9]+)": `)

// TestLoadRefusesEveryUnknownKey checks Decode's fast path, which decodes
// with json.Unmarshal and looks for unknown keys itself, against
// json.Decoder's DisallowUnknownFields: a key renamed, recased or added
// anywhere in a generated case is refused exactly when the decoder says
// it is unknown, and never silently dropped.
func TestLoadRefusesEveryUnknownKey(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	for seed := range uint64(n) {
		c, _ := casegen.Case(seed)
		var buf bytes.Buffer
		if err := casefile.Encode(&buf, c); err != nil {
			t.Fatal(err)
		}
		good := buf.String()
		r := rand.New(rand.NewPCG(seed, 7))
		keys := keyLine.FindAllStringSubmatchIndex(good, -1)
		m := keys[r.IntN(len(keys))]
		key := good[m[4]:m[5]]
		for key == "format" || key == "version" { // the header, which readHeader checks first
			m = keys[r.IntN(len(keys))]
			key = good[m[4]:m[5]]
		}
		var bad, how string
		switch r.IntN(3) {
		case 0:
			bad, how = good[:m[4]]+key+"x"+good[m[5]:], "renamed "+key
		case 1: // encoding/json matches keys case aside: still known
			bad, how = good[:m[4]]+strings.ToUpper(key)+good[m[5]:], "upper-cased "+key
		default:
			bad, how = good[:m[0]]+good[m[2]:m[3]]+`"zz_extra": 1,`+"\n"+good[m[0]:], "added a key before "+key
		}
		unknown := decoderSaysUnknown(t, bad)
		_, err := casefile.Decode([]byte(bad))
		switch {
		case unknown && err == nil:
			t.Fatalf("seed %d: %s: the decoder finds an unknown field, but Decode took the file", seed, how)
		case unknown && !strings.Contains(err.Error(), "unknown") && !strings.Contains(err.Error(), "not a field"):
			t.Fatalf("seed %d: %s: Decode refused it but does not say the field is unknown: %v", seed, how, err)
		case !unknown && err != nil:
			t.Fatalf("seed %d: %s: no unknown field, but Decode refused it: %v", seed, how, err)
		}
	}
}

// decoderSaysUnknown decodes data as the reference does: json.Decoder,
// unknown fields disallowed.
func decoderSaysUnknown(t *testing.T, data string) bool {
	t.Helper()
	var f struct {
		Format  string         `json:"format"`
		Version int            `json:"version"`
		Case    *casefile.Case `json:"case"`
	}
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&f)
	return err != nil && strings.Contains(err.Error(), "unknown field")
}
