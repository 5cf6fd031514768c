package casefile

import (
	"fmt"
	"image/color"
)

// Marking is a Traffic Light Protocol 2.0 label.
type Marking string

// The TLP 2.0 labels, least to most restricted.
const (
	TLPClear       Marking = "TLP:CLEAR"
	TLPGreen       Marking = "TLP:GREEN"
	TLPAmber       Marking = "TLP:AMBER"
	TLPAmberStrict Marking = "TLP:AMBER+STRICT"
	TLPRed         Marking = "TLP:RED"
)

// Markings lists the labels from least to most restricted.
var Markings = []Marking{TLPClear, TLPGreen, TLPAmber, TLPAmberStrict, TLPRed}

// Rank orders markings: 1 for CLEAR up to 5 for RED, 0 for none or unknown.
func (m Marking) Rank() int {
	for i, k := range Markings {
		if k == m {
			return i + 1
		}
	}
	return 0
}

// Valid reports whether m is one of the five TLP 2.0 labels.
func (m Marking) Valid() bool { return m.Rank() > 0 }

// Check reports an unknown label, or nil. An empty marking is allowed on
// items (they take the case's marking) and checked separately on the case.
func (m Marking) Check() error {
	if m != "" && !m.Valid() {
		return fmt.Errorf("marking %q is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED", string(m))
	}
	return nil
}

// Color is the label's text colour as FIRST's TLP 2.0 standard prescribes;
// labels are set on a black background (see Background).
func (m Marking) Color() color.NRGBA {
	switch m {
	case TLPRed:
		return color.NRGBA{0xFF, 0x2B, 0x2B, 0xFF}
	case TLPAmber, TLPAmberStrict:
		return color.NRGBA{0xFF, 0xC0, 0x00, 0xFF}
	case TLPGreen:
		return color.NRGBA{0x33, 0xFF, 0x00, 0xFF}
	default:
		return color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	}
}

// Background is the colour TLP labels are set on: black.
func (m Marking) Background() color.NRGBA { return color.NRGBA{0, 0, 0, 0xFF} }

// Max returns the more restricted of two markings.
func (m Marking) Max(o Marking) Marking {
	if o.Rank() > m.Rank() {
		return o
	}
	return m
}
