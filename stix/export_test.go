package stix

import (
	"bytes"
	"os"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

func defaultCase(t testing.TB) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatalf("the default case does not load: %v", err)
	}
	return c
}

// Done means: the default case exports to a bundle every object of which
// validates.
func TestDefaultCaseExportValidates(t *testing.T) {
	data, err := Export(defaultCase(t))
	if err != nil {
		t.Fatal(err)
	}
	mustValidate(t, "the default case's bundle", data)
	if os.Getenv("STIX_WRITE") != "" {
		os.WriteFile(os.Getenv("STIX_WRITE"), data, 0o644)
	}
}

// Exporting the same case twice gives the same bundle, byte for byte, and
// so does exporting it from a copy loaded afresh.
func TestExportIsDeterministic(t *testing.T) {
	a, err := Export(defaultCase(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Export(defaultCase(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two exports of the default case differ")
	}
}
