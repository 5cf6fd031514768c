package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// casefileTheme is Fyne's own theme with one change: the grey of disabled
// text, which Casefile also uses for secondary text (dates, kinds, counts,
// who wrote a note), is one that reads easily rather than one that all
// but vanishes. Secondary text used to be italic, but a third face costs
// Fyne about 9 MB (the face and a system fallback for it), a fifth of the
// window's own memory; a read-only case's text, shown disabled, gains too.
type casefileTheme struct{ fyne.Theme }

var (
	mutedOnDark  = color.NRGBA{R: 0xa0, G: 0xa0, B: 0xa0, A: 0xff}
	mutedOnLight = color.NRGBA{R: 0x6a, G: 0x6a, B: 0x6a, A: 0xff}
)

// withMutedGrey is base (Fyne's default theme, or the one the user chose)
// with casefileTheme's grey.
func withMutedGrey(base fyne.Theme) fyne.Theme {
	if _, done := base.(casefileTheme); done {
		return base
	}
	return casefileTheme{base}
}

func (t casefileTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		if v == theme.VariantLight {
			return mutedOnLight
		}
		return mutedOnDark
	}
	return t.Theme.Color(n, v)
}
