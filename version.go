package main

import (
	_ "embed"

	"github.com/casefile/casefile/internal/appinfo"
)

// fyneAppTOML is FyneApp.toml, the one place Casefile's version is written:
// --version and the About box print it from here, and scripts/package.sh
// reads the same file for the packages' names, the .desktop entry and the
// Windows executable's version resource.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

var version = appinfo.MustParse(fyneAppTOML).Details.Version
