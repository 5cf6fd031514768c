package picture

import (
	"os"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/gvlayout"
)

// The tests lay out in-process, with the engine the helper runs; one test
// (TestHelperProcess) goes through the helper itself.
func TestMain(m *testing.M) {
	restore := SetEngine(&gvlayout.Engine{})
	code := m.Run()
	restore()
	os.Exit(code)
}

func defaultCase(t testing.TB) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
