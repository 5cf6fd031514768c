package export

import (
	"fmt"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Section is one part of a briefing.
type Section string

// Briefing sections, in the order a briefing prints them.
const (
	SectionCover      Section = "cover"
	SectionSummary    Section = "summary"
	SectionContents   Section = "contents"
	SectionActors     Section = "actors"
	SectionStatements Section = "statements"
	SectionBackground Section = "background"
	SectionNotes      Section = "notes"
	SectionSources    Section = "sources"
)

// Sections lists every section in briefing order (sectionTable's).
var Sections = []Section{SectionCover, SectionSummary, SectionJudgments, SectionContents, SectionChart, SectionTimeline,
	SectionHypotheses, SectionActors, SectionStatements, SectionBackground, SectionNotes, SectionSources}

// StatementOrder is how the statements section is ordered.
type StatementOrder string

// Statement orders.
const (
	Chronological StatementOrder = "chronological"
	BySpeaker     StatementOrder = "speaker"
)

// NotePlacement is where analyst notes go.
type NotePlacement string

// Note placements: beside what they annotate, or all in the notes section.
const (
	NotesInline    NotePlacement = "inline"
	NotesCollected NotePlacement = "collected"
)

// Paper is a page size.
type Paper string

// Paper sizes.
const (
	A4     Paper = "A4"
	Letter Paper = "Letter"
)

// Options control a briefing. The zero Options is a full A4 briefing with
// chronological statements, notes inline, nothing left out for marking.
type Options struct {
	Sections       []Section        // nil means all, in briefing order
	StatementOrder StatementOrder   // "" means Chronological
	Notes          NotePlacement    // "" means NotesInline
	Paper          Paper            // "" means A4
	MaxMarking     casefile.Marking // releasable export: leave out items marked above this; "" keeps all

	// from is what the export was made from, worked out by WriteFile
	// before it releases the case (see Provenance).
	from Provenance
}

// Normalized fills in defaults and checks every option, saying what is
// allowed when one is wrong.
func (o Options) Normalized() (Options, error) {
	if o.Sections == nil {
		o.Sections = Sections
	}
	for _, s := range o.Sections {
		if !containsSection(Sections, s) {
			return o, fmt.Errorf("unknown section %q; choose from %s", s, joinSections(Sections))
		}
	}
	switch o.StatementOrder {
	case "":
		o.StatementOrder = Chronological
	case Chronological, BySpeaker:
	default:
		return o, fmt.Errorf("unknown statement order %q; choose chronological or speaker", o.StatementOrder)
	}
	switch o.Notes {
	case "":
		o.Notes = NotesInline
	case NotesInline, NotesCollected:
	default:
		return o, fmt.Errorf("unknown note placement %q; choose inline or collected", o.Notes)
	}
	switch strings.ToLower(string(o.Paper)) {
	case "", "a4":
		o.Paper = A4
	case "letter":
		o.Paper = Letter
	default:
		return o, fmt.Errorf("unknown paper size %q; choose A4 or Letter", o.Paper)
	}
	if o.MaxMarking != "" && !o.MaxMarking.Valid() {
		return o, fmt.Errorf("unknown marking %q; choose TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED", o.MaxMarking)
	}
	return o, nil
}

// ParseSections reads a comma-separated list of section names.
func ParseSections(s string) ([]Section, error) {
	if strings.TrimSpace(s) == "" || s == "all" {
		return nil, nil
	}
	var out []Section
	for _, name := range strings.Split(s, ",") {
		sec := Section(strings.ToLower(strings.TrimSpace(name)))
		if !containsSection(Sections, sec) {
			return nil, fmt.Errorf("unknown section %q; choose from %s", name, joinSections(Sections))
		}
		out = append(out, sec)
	}
	return out, nil
}

// Has reports whether the options include a section.
func (o Options) Has(s Section) bool { return o.Sections == nil || containsSection(o.Sections, s) }

func containsSection(list []Section, s Section) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func joinSections(list []Section) string {
	names := make([]string, len(list))
	for i, s := range list {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
