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
// gives a version of three numbers.
func Parse(data []byte) (Info, error) {
	var info Info
	md, err := toml.Decode(string(data), &info)
	if err != nil {
		return Info{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	d := info.Details
	switch {
	case d.Name == "" || d.ID == "":
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] needs Name and ID")
	case md.IsDefined("Details", "Build"):
		// fyne package would put it in the .exe's version strings, so the
		// .exe would say a version that --version does not.
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] Build is a second version number that only Windows would show; remove it and change Version instead")
	case !versionPattern.MatchString(d.Version):
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] Version is %q; write it as three numbers, such as \"1.2.3\"", d.Version)
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
// it, four numbers: the version's three and 0. (FyneApp.toml has no Build:
// fyne package, which counts it up and puts it in the version strings, is
// not what builds the Windows program; a build number would be a second
// version, shown by Windows and nowhere else.)
func (i Info) WindowsVersion() [4]uint16 {
	var v [4]uint16
	m := versionPattern.FindStringSubmatch(i.Details.Version)
	for n := 0; n < 3 && m != nil; n++ {
		var x uint16
		fmt.Sscan(m[n+1], &x)
		v[n] = x
	}
	return v
}
