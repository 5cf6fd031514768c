package appinfo

import (
	"os"
	"strings"
	"testing"
)

func TestFyneAppTOMLParses(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if info.Details.Name != "Casefile" || info.Details.Icon == "" || info.LinuxAndBSD.Comment == "" || len(info.LinuxAndBSD.Categories) == 0 {
		t.Errorf("FyneApp.toml gives %+v; want the name, icon, comment and categories the packages use", info)
	}
}

func TestParseRefusesWhatWindowsCannotHold(t *testing.T) {
	for version, want := range map[string]string{
		"1.2":        "three numbers",
		"v1.2.3":     "three numbers",
		"1.2.3-beta": "three numbers",
		"01.2.3":     "three numbers",
		"1.2.65536":  "three numbers",
	} {
		_, err := Parse([]byte("[Details]\nName = \"X\"\nID = \"x.y\"\nVersion = \"" + version + "\"\n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Version %q: error %v; want one saying %q", version, err, want)
		}
	}
	if _, err := Parse([]byte("[Details]\nName = \"X\"\nID = \"x.y\"\nVersion = \"1.2.3\"\nBuild = 7\n")); err == nil || !strings.Contains(err.Error(), "remove it") {
		t.Errorf("a Build: error %v; want one saying to remove it, as a second version", err)
	}
	if _, err := Parse([]byte("[Details\n")); err == nil {
		t.Error("a broken file parsed")
	}
}

func TestWindowsVersionIsTheVersionAndZero(t *testing.T) {
	info, err := Parse([]byte("[Details]\nName = \"X\"\nID = \"x.y\"\nVersion = \"10.0.234\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := info.WindowsVersion(); got != [4]uint16{10, 0, 234, 0} {
		t.Errorf("WindowsVersion() = %v; want [10 0 234 0]", got)
	}
}
