package export

import "github.com/casefile/casefile/casefile"

// sectionWriter is a briefing format: one method per section. The PDF and
// the Markdown briefing both walk sectionTable, so that a section added,
// renamed or reordered is so in every format.
type sectionWriter interface {
	cover() error
	summary() error
	judgments() error
	contents() error
	chart() error
	timeline() error
	hypotheses() error
	actors() error
	statements() error
	background() error
	collectedNotes() error
	sources() error
}

// sectionTable lists the sections in briefing order with the heading each
// prints ("" for the cover, which has none) and the method that writes it:
// page one's bottom line and judgments, the contents, the pictures and the
// hypotheses, then the evidence they rest on and its sources.
var sectionTable = []struct {
	section Section
	heading string
	write   func(sectionWriter) error
}{
	{SectionCover, "", sectionWriter.cover},
	{SectionSummary, "Bottom line up front", sectionWriter.summary},
	{SectionJudgments, "Key judgments", sectionWriter.judgments},
	{SectionContents, "Contents", sectionWriter.contents},
	{SectionChart, "Link chart", sectionWriter.chart},
	{SectionTimeline, "Timeline", sectionWriter.timeline},
	{SectionHypotheses, "Competing hypotheses", sectionWriter.hypotheses},
	{SectionActors, "Key actors", sectionWriter.actors},
	{SectionStatements, "Statements", sectionWriter.statements},
	{SectionBackground, "Background", sectionWriter.background},
	{SectionNotes, "Analyst notes", sectionWriter.collectedNotes},
	{SectionSources, "Sources", sectionWriter.sources},
}

// relationsHeading heads the relations, under Key actors; the contents
// lists it too, as the relations run to pages of their own.
const relationsHeading = "Relations"

// heading is the section's heading.
func heading(s Section) string {
	for _, e := range sectionTable {
		if e.section == s {
			return e.heading
		}
	}
	return string(s)
}

// briefingPlan is what a briefing of a case prints, worked out before it
// is written, the same for every format.
type briefingPlan struct {
	c     *casefile.Case
	opt   Options
	notes notePlan
}

// shown says whether the briefing prints the section: it is asked for
// and has something to say.
func (p briefingPlan) shown(s Section) bool {
	if !p.opt.Has(s) {
		return false
	}
	switch s {
	case SectionJudgments, SectionHypotheses:
		return assessmentShown(p.c, s)
	case SectionNotes:
		return len(p.notes.collected) > 0 || p.opt.Notes == NotesCollected
	case SectionChart:
		return chartDrawn
	case SectionTimeline:
		return timelineShown(p.c)
	}
	return true
}

// contentsEntry is a line of the contents: a heading, and its level
// (0 a section, 1 a part of one).
type contentsEntry struct {
	title string
	level int
}

// contents lists the headings the contents gives, in briefing order:
// those of what follows it (page one, before it, is read already).
func (p briefingPlan) contents() []contentsEntry {
	var out []contentsEntry
	after := false
	for _, e := range sectionTable {
		if e.section == SectionContents {
			after = true
			continue
		}
		if !after || !p.shown(e.section) {
			continue
		}
		out = append(out, contentsEntry{title: e.heading})
		if e.section == SectionActors && len(p.c.Relations) > 0 {
			out = append(out, contentsEntry{title: relationsHeading, level: 1})
		}
	}
	return out
}

// writeSections writes the sections the plan shows, in briefing order,
// calling after (when not nil) after each.
func writeSections(w sectionWriter, p briefingPlan, after func() error) error {
	for _, e := range sectionTable {
		if !p.shown(e.section) {
			continue
		}
		if err := e.write(w); err != nil {
			return err
		}
		if after != nil {
			if err := after(); err != nil {
				return err
			}
		}
	}
	return nil
}
