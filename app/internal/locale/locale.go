// Package locale keeps Fyne from reporting an error at start-up on systems
// whose locale is C.UTF-8 (the default of many containers and minimal
// installs). Fyne's language package reads the locale while it is being
// initialised and cannot parse "C" as a language. This package has no
// imports outside the standard library and an import path that sorts
// before Fyne's locale dependencies, so Go initialises it first; it then
// names English as the message language, which is what the C locale means.
// Nothing changes when a real locale or LANGUAGE is set.
package locale

import (
	"os"
	"strings"
)

func init() {
	Normalize()
}

// Normalize sets LANGUAGE=en when the locale that governs messages is
// C.<charset>, the one form that Fyne cannot parse.
func Normalize() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
