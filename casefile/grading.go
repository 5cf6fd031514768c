package casefile

import "fmt"

// Reliability is the Admiralty code's grade of a source, A to F.
type Reliability string

// Credibility is the Admiralty code's grade of a piece of information, 1 to 6.
type Credibility int

var reliabilityLabels = map[Reliability]string{
	"A": "Completely reliable",
	"B": "Usually reliable",
	"C": "Fairly reliable",
	"D": "Not usually reliable",
	"E": "Unreliable",
	"F": "Reliability cannot be judged",
}

var credibilityLabels = map[Credibility]string{
	1: "Confirmed by other sources",
	2: "Probably true",
	3: "Possibly true",
	4: "Doubtful",
	5: "Improbable",
	6: "Truth cannot be judged",
}

// Reliabilities and Credibilities list the grades in order.
var (
	Reliabilities = []Reliability{"A", "B", "C", "D", "E", "F"}
	Credibilities = []Credibility{1, 2, 3, 4, 5, 6}
)

// Label is the standard label ("Usually reliable"), or "" for no grade.
func (r Reliability) Label() string { return reliabilityLabels[r] }

// Valid reports whether r is empty (ungraded) or A–F.
func (r Reliability) Valid() bool { return r == "" || reliabilityLabels[r] != "" }

// Label is the standard label ("Probably true"), or "" for no grade.
func (c Credibility) Label() string { return credibilityLabels[c] }

// Valid reports whether c is 0 (ungraded) or 1–6.
func (c Credibility) Valid() bool { return c == 0 || credibilityLabels[c] != "" }

// Grading is an Admiralty (NATO) grading: the source's reliability and the
// information's credibility. The zero Grading means not graded.
type Grading struct {
	Reliability Reliability `json:"reliability,omitempty"`
	Credibility Credibility `json:"credibility,omitempty"`
}

// IsZero reports whether the item is ungraded.
func (g Grading) IsZero() bool { return g.Reliability == "" && g.Credibility == 0 }

// Code is the short form, "B2". A grading with one half has that half
// alone, "B" or "3": a letter is always a reliability and a digit always a
// credibility, so neither needs a placeholder ("-3" reads as minus three).
func (g Grading) Code() string {
	code := string(g.Reliability)
	if g.Credibility != 0 {
		code += fmt.Sprint(int(g.Credibility))
	}
	return code
}

// String is the grading in words: "B2 — usually reliable, probably true",
// "reliability B — usually reliable" or "credibility 3 — possibly true"
// when only one half is graded, or "not graded".
func (g Grading) String() string {
	switch {
	case g.IsZero():
		return "not graded"
	case g.Credibility == 0:
		return "reliability " + g.Code() + " — " + lowerFirst(g.Reliability.Label())
	case g.Reliability == "":
		return "credibility " + g.Code() + " — " + lowerFirst(g.Credibility.Label())
	}
	return g.Code() + " — " + lowerFirst(g.Reliability.Label()) + ", " + lowerFirst(g.Credibility.Label())
}

// Check reports an invalid grade, or nil.
func (g Grading) Check() error {
	if !g.Reliability.Valid() {
		return fmt.Errorf("reliability %q is not A–F", g.Reliability)
	}
	if !g.Credibility.Valid() {
		return fmt.Errorf("credibility %d is not 1–6", g.Credibility)
	}
	return nil
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
