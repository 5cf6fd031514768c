package export

// sectionWriter is a briefing format: one method per section. The PDF and
// the Markdown briefing both walk sectionTable, so that a section added,
// renamed or reordered is so in every format.
type sectionWriter interface {
	cover() error
	summary() error
	judgments() error
	contents() error
	actors() error
	chart() error
	hypotheses() error
	statements() error
	background() error
	timeline() error // drawn at the top of background
	collectedNotes() error
	sources() error
}

// sectionTable lists the sections in briefing order with the heading each
// prints ("" for the cover, which has none) and the method that writes it.
var sectionTable = []struct {
	section Section
	heading string
	write   func(sectionWriter) error
}{
	{SectionCover, "", sectionWriter.cover},
	{SectionSummary, "Bottom line up front", sectionWriter.summary},
	{SectionJudgments, "Key judgments", sectionWriter.judgments},
	{SectionContents, "Contents", sectionWriter.contents},
	{SectionActors, "Key actors", sectionWriter.actors},
	{SectionChart, "Link chart", sectionWriter.chart},
	{SectionHypotheses, "Competing hypotheses", sectionWriter.hypotheses},
	{SectionStatements, "Statements", sectionWriter.statements},
	{SectionBackground, "Background", sectionWriter.background},
	{SectionNotes, "Analyst notes", sectionWriter.collectedNotes},
	{SectionSources, "Sources", sectionWriter.sources},
}

// heading is the section's heading.
func heading(s Section) string {
	for _, e := range sectionTable {
		if e.section == s {
			return e.heading
		}
	}
	return string(s)
}

// writeSections writes the sections opt asks for, in briefing order,
// calling after (when not nil) after each.
func writeSections(w sectionWriter, opt Options, after func() error) error {
	for _, e := range sectionTable {
		if !opt.Has(e.section) {
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
