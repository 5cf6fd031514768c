// Command pkgtool makes and checks the parts of Casefile's packages that
// come from FyneApp.toml, so that scripts/package.sh and
// scripts/package-test.sh read the name, id and version from that one file:
//
//	go run ./scripts/pkgtool env                 # name=… id=… version=… for the shell
//	go run ./scripts/pkgtool desktop             # the .desktop entry
//	go run ./scripts/pkgtool icons DIR           # the icon at the standard sizes, DIR/NxN/apps/ID.png
//	go run ./scripts/pkgtool check-icons DIR     # each size there, of its size
//	go run ./scripts/pkgtool check-desktop FILE  # an entry that names this version and the icon
//	go run ./scripts/pkgtool syso OUT.syso       # Casefile.exe's icon, version and manifest, for go build
//	go run ./scripts/pkgtool check-exe FILE.exe  # a PE32+ GUI program with the icon and this version
//	go run ./scripts/pkgtool zip OUT.zip DIR     # DIR and what it holds, zipped
//
// It reads FyneApp.toml in the current folder, or the one given with -toml.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/casefile/casefile/internal/appinfo"
)

// iconSizes are the hicolor sizes the icon is installed at: those desktop
// menus, docks and file managers ask for.
var iconSizes = []int{16, 22, 24, 32, 48, 64, 128, 256, 512}

func main() {
	tomlPath := flag.String("toml", "FyneApp.toml", "the FyneApp.toml to read")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: pkgtool [-toml FyneApp.toml] env | desktop | icons DIR | check-icons DIR | check-desktop FILE | syso OUT_windows_amd64.syso | check-exe FILE.exe | zip OUT.zip DIR")
	}
	flag.Parse()
	data, err := os.ReadFile(*tomlPath)
	if err != nil {
		fail(err)
	}
	info, err := appinfo.Parse(data)
	if err != nil {
		fail(err)
	}
	args := flag.Args()
	arg := func() string {
		if len(args) != 2 {
			flag.Usage()
			os.Exit(2)
		}
		return args[1]
	}
	if len(args) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	switch args[0] {
	case "env":
		d := info.Details
		fmt.Printf("name=%s id=%s version=%s\n", shellQuote(d.Name), shellQuote(d.ID), shellQuote(d.Version))
	case "desktop":
		fmt.Print(desktopEntry(info))
	case "icons":
		err = writeIcons(info, arg())
	case "check-icons":
		err = checkIcons(info, arg())
	case "check-desktop":
		err = checkDesktop(info, arg())
	case "syso":
		err = writeSyso(info, filepath.Join(filepath.Dir(*tomlPath), "LICENSE"), arg())
	case "check-exe":
		err = checkExe(info, arg())
	case "zip":
		if len(args) != 3 {
			flag.Usage()
			os.Exit(2)
		}
		err = writeZip(args[1], args[2])
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pkgtool:", err)
	os.Exit(1)
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
