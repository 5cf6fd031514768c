// Package appinfo reads FyneApp.toml, the one file where Casefile's name, id
// and version are written. The program embeds it (main's version.go) and
// prints its version in --version and the About box; scripts/package.sh
// reads it, through scripts/pkgtool, for the tarball's name, the .desktop
// entry and the Windows executable's version resource.
package appinfo

import (
	"fmt"
	"regexp"

	"github.com/BurntSushi/toml"
)

// Info is what FyneApp.toml says about the application (the fields Casefile
// uses; fyne package reads the same file).
type Info struct {
	Website string
	Details struct {
		Icon    string
		Name    string
		ID      string
		Version string
		Build   int
	}
	LinuxAndBSD struct {
		GenericName string
		Comment     string
		Categories  []string
		Keywords    []string
	}
}

// versionPattern is a release version: three numbers, as Windows' version
// resource and fyne package need them.
var versionPattern = regexp.MustCompile(`^(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})$`)

// Parse reads FyneApp.toml's text and checks that it names the app and
// gives a version of three numbers and a build number.
func Parse(data []byte) (Info, error) {
	var info Info
	if _, err := toml.Decode(string(data), &info); err != nil {
		return Info{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	d := info.Details
	switch {
	case d.Name == "" || d.ID == "":
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] needs Name and ID")
	case !versionPattern.MatchString(d.Version):
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] Version is %q; write it as three numbers, such as \"1.2.3\"", d.Version)
	case d.Build < 1 || d.Build > 65535:
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] Build is %d; it is a number from 1 to 65535", d.Build)
	}
	return info, nil
}

// MustParse is Parse for the copy embedded in the program, which the tests
// check: it panics on an error.
func MustParse(data []byte) Info {
	info, err := Parse(data)
	if err != nil {
		panic(err)
	}
	return info
}

// WindowsVersion is the version as Windows' fixed version resource holds
// it, four numbers: the version and the build.
func (i Info) WindowsVersion() [4]uint16 {
	var v [4]uint16
	m := versionPattern.FindStringSubmatch(i.Details.Version)
	for n := 0; n < 3 && m != nil; n++ {
		var x uint16
		fmt.Sscan(m[n+1], &x)
		v[n] = x
	}
	v[3] = uint16(i.Details.Build)
	return v
}
