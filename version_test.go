package main

import (
	"os"
	"strings"
	"testing"

	"github.com/casefile/casefile/internal/appinfo"
)

// FyneApp.toml is the one source of the version and the id: the program
// prints its version, and its app id (where Fyne keeps the preferences)
// is the one the .desktop entry is named after.
func TestVersionComesFromFyneAppTOML(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := appinfo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if version != info.Details.Version {
		t.Errorf("version is %q; FyneApp.toml says %q", version, info.Details.Version)
	}
	if appID != info.Details.ID {
		t.Errorf("appID is %q; FyneApp.toml says %q", appID, info.Details.ID)
	}
	want := "casefile " + info.Details.Version + " "
	if r := run(t, "--version"); r.code != 0 || !strings.HasPrefix(r.stdout, want) {
		t.Errorf("casefile --version: exit %d, %q; want 0 and %q…", r.code, r.stdout, want)
	}
	if r := run(t, "--help"); !strings.HasPrefix(r.stdout, "Casefile "+info.Details.Version+":") {
		t.Errorf("casefile --help begins %q; want the version %s", strings.SplitN(r.stdout, "\n", 2)[0], info.Details.Version)
	}
}
