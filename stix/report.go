package stix

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Report says what an import did: what it mapped to Casefile's items, what
// it kept verbatim, what was in the case already, and anything else the
// analyst should know (properties Casefile has no place for, markings it
// cannot read, a marking it raised).
type Report struct {
	Name    string // the bundle, as Options named it
	Objects int    // objects in the bundle
	// Mapped counts the items the import added, by the plural of their
	// kind: "actors", "relations", "statements", "events", "notes",
	// "sources".
	Mapped map[string]int
	// Kept counts the objects kept verbatim, by STIX type.
	Kept map[string]int
	// Present counts the items and kept objects the case held already,
	// left as they were, by the plural of their kind ("kept objects").
	Present map[string]int
	// Skipped counts the objects that are Casefile's own bookkeeping
	// (its extension's definition, the TLP 2.0 definitions, the parts of
	// an item), which the next export writes again.
	Skipped int
	// Notes are the rest worth knowing, in sentences.
	Notes []string
	// Marking is the case's marking after the import; Raised the one it
	// had before, when the import raised it.
	Marking, Raised casefile.Marking
}

func (r *Report) note(format string, a ...any) { r.Notes = append(r.Notes, fmt.Sprintf(format, a...)) }

// Summary says in a sentence or two what was mapped and kept: "Imported 6
// actors, 7 relations and 1 source; kept 53 objects Casefile has no
// equivalent for (12 indicators, …), which the next STIX export writes
// back."
func (r Report) Summary() string {
	var parts []string
	for _, k := range []struct{ plural, one string }{{"actors", "actor"}, {"relations", "relation"}, {"statements", "statement"},
		{"events", "event"}, {"notes", "note"}, {"sources", "source"}} {
		if n := r.Mapped[k.plural]; n > 0 {
			parts = append(parts, casefile.Count(n, k.one, k.plural))
		}
	}
	s := "Imported nothing Casefile holds as an item"
	if len(parts) > 0 {
		s = "Imported " + casefile.JoinAnd(parts)
	}
	if n := total(r.Kept); n > 0 {
		var kinds []string
		for _, t := range slices.Sorted(maps.Keys(r.Kept)) {
			kinds = append(kinds, casefile.Count(r.Kept[t], t, plural(t)))
		}
		s += fmt.Sprintf("; kept %s Casefile has no equivalent for (%s), listed under Kept from import and written back by the next STIX export",
			casefile.Count(n, "object", "objects"), strings.Join(kinds, ", "))
	}
	if n := total(r.Present); n > 0 {
		var kinds []string
		for _, k := range slices.Sorted(maps.Keys(r.Present)) {
			kinds = append(kinds, fmt.Sprintf("%d %s", r.Present[k], k))
		}
		s += "; the case held " + strings.Join(kinds, ", ") + " already, left as they were"
	}
	return s + "."
}

// Lines are the summary and the notes, a line each.
func (r Report) Lines() []string { return append([]string{r.Summary()}, r.Notes...) }

func (r Report) String() string { return strings.Join(r.Lines(), "\n") }

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// plural is a STIX type's plural, for counts: "indicators", "malware".
func plural(t string) string {
	switch {
	case t == "malware" || t == "infrastructure" || strings.HasSuffix(t, "-data") || t == "software":
		return t
	case strings.HasSuffix(t, "s") || strings.HasSuffix(t, "x"):
		return t + "es"
	case strings.HasSuffix(t, "y") && !strings.HasSuffix(t, "ey"):
		return t[:len(t)-1] + "ies"
	}
	return t + "s"
}
