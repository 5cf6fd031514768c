package stix

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// encoded is the case as its case file holds it, for comparing cases
// field by field.
func encoded(t testing.TB, c *casefile.Case) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// roundTrip exports c, imports the bundle and checks that the case came
// back identical, every field.
func roundTrip(t *testing.T, what string, c *casefile.Case) []byte {
	t.Helper()
	data, err := Export(c)
	if err != nil {
		t.Fatalf("%s: export: %v", what, err)
	}
	back, rep, err := Import(data, nil)
	if err != nil {
		t.Fatalf("%s: import of its own export: %v", what, err)
	}
	want, got := encoded(t, c), encoded(t, back)
	if !bytes.Equal(want, got) {
		t.Errorf("%s: the case did not come back identical (report: %s)\n%s", what, rep, firstDifference(want, got))
	}
	return data
}

// firstDifference shows where two texts first differ, with context.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-300)
	return "want …" + string(a[lo:min(len(a), i+200)]) + "\n got …" + string(b[lo:min(len(b), i+200)])
}

func TestDefaultCaseRoundTrip(t *testing.T) {
	roundTrip(t, "the default case", defaultCase(t))
}

// Round trip: export then import gives back an identical case, every
// field, for generated cases of every kind of content, released ones
// among them; and every bundle validates.
func TestRoundTripProperty(t *testing.T) {
	n := uint64(60)
	if testing.Short() {
		n = 15
	}
	for seed := range n {
		c := fullCase(seed)
		data := roundTrip(t, fmt.Sprintf("generated case %d", seed), c)
		mustValidate(t, fmt.Sprintf("generated case %d", seed), data)
		again, err := Export(c)
		if err != nil || !bytes.Equal(data, again) {
			t.Errorf("generated case %d: a second export differs (%v)", seed, err)
		}
		if t.Failed() {
			t.Fatalf("seed %d failed", seed)
		}
	}
}

// A case large enough to be written and read in parallel chunks exports
// to the same bytes every time and imports back identical.
func TestLargeCaseRoundTrip(t *testing.T) {
	c := casefile.Synthetic(2500, 7)
	data := roundTrip(t, "a synthetic case of 2,500 statements", c)
	again, err := Export(c)
	if err != nil || !bytes.Equal(data, again) {
		t.Errorf("a second export differs (%v)", err)
	}
	if testing.Short() {
		return
	}
	mustValidate(t, "a synthetic case of 2,500 statements", data)
}
