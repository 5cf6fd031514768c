package export

import (
	"strings"

	"github.com/casefile/casefile/casefile"
)

func (b *briefing) cover() error {
	if judgmentsLead(b.c, b.opt) {
		return b.compactCover()
	}
	b.newPage()
	b.cover1 = true
	b.y = b.top + 18
	b.text("BRIEFING", "B", 11, colorMuted)
	b.y += 2
	b.text(b.c.Title, "B", 24, colorBody)
	b.y += 6
	b.badge(16, 10) // the marking, large, as the reader's first sight
	b.y += 12
	b.text(b.coverLegend(), "I", 9.5, colorMuted)
	if r := b.c.Release; r != nil {
		b.text("Releasable version at "+string(r.Limit)+". "+r.Sentence(), "I", 9.5, colorMuted)
	}
	b.y += 8

	facts := [][2]string{
		{"Date", briefingDate(b.c)},
		{"Analyst", b.c.Analyst},
		{"Holds", holdings(b.c)},
		{"Quotes", b.ix.quotesChecked()},
	}
	if len(b.c.Tags) > 0 {
		facts = append(facts, [2]string{"Tags", strings.Join(b.c.Tags, ", ")})
	}
	for _, f := range facts {
		if f[1] == "" {
			continue
		}
		top := b.y
		b.textAt(f[0], "B", 10.5, colorMuted, b.left, 28)
		b.y = top
		b.textAt(f[1], "", 10.5, colorBody, b.left+30, b.contentWidth()-30)
		b.y += 1.5
	}
	return b.tick()
}

// coverLegend is what the cover says beside the marking: what the
// marking allows, and the legend's word on markings.
func (b *briefing) coverLegend() string {
	return tlpMeaning[b.marking] + " " + b.leg.onCover()
}

// intro holds a line that introduces what follows (see hold): a note
// under a heading, such as what a release withheld.
func (b *briefing) intro(s string) {
	b.holdText(s, "I", 8.5, colorMuted, b.left, b.contentWidth(), markLabel)
}

// missing is a section's line saying it has no items, all it holds then,
// or how many a release withheld, introducing those it shows.
func (b *briefing) missing(plural string, shown int, empty string) {
	switch line := b.c.Release.Missing(plural, shown, empty); {
	case line == "":
	case shown == 0:
		b.text(line, "I", 10, colorMuted)
	default:
		b.holdText(line, "I", 10, colorMuted, b.left, b.contentWidth(), markLabel)
	}
}

func (b *briefing) summary() error {
	b.startSection(SectionSummary, false)
	size := 11.5
	if judgmentsLead(b.c, b.opt) {
		size = 10 // page one holds the key judgments too
	}
	for _, para := range paragraphs(b.c.Summary) {
		b.text(para, "", size, colorBody)
		b.gap(2)
	}
	if strings.TrimSpace(b.c.Summary) == "" {
		b.text("The case has no summary yet.", "I", 11, colorMuted)
	}
	return b.inlineNotes(casefile.OnCase, "")
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// actors lists the actors, a line or so each, then their relations in
// words.
func (b *briefing) actors() error {
	b.startSection(SectionActors, false)
	b.missing("actors", len(b.c.Actors), "The case names no actors.")
	items := make([][]span, len(b.c.Actors))
	for i, a := range b.c.Actors {
		items[i] = b.actorSpans(a)
		if err := b.tick(); err != nil {
			return err
		}
	}
	b.columnList(items, 9.5, "•")
	if err := b.relations(); err != nil {
		return err
	}
	var withNotes []casefile.Actor
	for _, a := range b.c.Actors {
		if len(b.notes.on(casefile.OnActor, a.ID)) > 0 {
			withNotes = append(withNotes, a)
		}
	}
	if len(withNotes) > 0 {
		b.heading("Notes on actors", 12.5)
		for _, a := range withNotes {
			b.holdText(a.Name, "B", 10.5, colorBody, b.left, b.contentWidth(), markLabel)
			if err := b.inlineNotes(casefile.OnActor, a.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// actorSpans is an actor's line: the name in bold, its other names, its
// kind, role and affiliation: "Edi Rama (Rama) · person · Prime Minister
// of Albania · affiliated with Albania".
func (b *briefing) actorSpans(a casefile.Actor) []span {
	spans := []span{{text: a.Name, style: "B"}}
	rest := ""
	if other := a.OtherNames(); len(other) > 0 {
		rest = " (" + strings.Join(other, ", ") + ")"
	}
	parts := []string{string(a.Kind)}
	if a.Role != "" {
		parts = append(parts, a.Role)
	}
	if a.Affiliation != "" {
		parts = append(parts, "affiliated with "+b.ix.actorName(a.Affiliation))
	}
	return append(spans, span{text: rest + " · " + strings.Join(parts, " · ")})
}

// relations lists the relations, each a line or two: the relation in
// words, then what the analyst says of it in italics.
func (b *briefing) relations() error {
	if len(b.c.Relations) == 0 {
		return nil
	}
	b.gap(12.5 * 0.35)
	b.holdHeading(relationsHeading, 12.5, 1)
	b.gap(1)
	items := make([][]span, len(b.c.Relations))
	for i, r := range b.c.Relations {
		items[i] = []span{{text: b.ix.relationWords(r) + "."}}
		if r.Description != "" {
			items[i] = append(items[i], span{text: " " + r.Description, style: "I"})
		}
		if err := b.tick(); err != nil {
			return err
		}
	}
	b.columnList(items, 9.5, "•")
	return nil
}

// bullet lays out a list item: the marker hangs left of the text, drawn
// with its first line.
func (b *briefing) bullet(spans []span, size, x float64, marker string) {
	b.hold(0, func() {
		b.color(colorBody)
		b.font("", size)
		b.pdf.Text(x+0.5, b.y+0.5*lineHeight(size)+0.3*size*ptToMM, marker)
	})
	indent := max(5, b.textWidth("", size, marker)+2)
	b.color(colorBody)
	b.block(spans, size, x+indent, b.right-x-indent, nil)
}

func bold(spans []span) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		s.style = addStyle(s.style, "B")
		out[i] = s
	}
	return out
}

func italic(spans []span) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		s.style = addStyle(s.style, "I")
		out[i] = s
	}
	return out
}

func addStyle(style, add string) string {
	if strings.Contains(style, add) {
		return style
	}
	if style+add == "IB" {
		return "BI"
	}
	return style + add
}

func (b *briefing) sources() error {
	b.startSection(SectionSources, false)
	b.missing("sources", len(b.c.Sources), "The case cites no sources.")
	for _, s := range b.c.Sources {
		b.gap(2.5)
		b.atNext(func() { b.anchor(s.ID) })
		b.holdText(b.labelled(s.ID, s.Title), "B", 10.5, colorBody, b.left, b.contentWidth(), markLabel)
		var meta []string
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		meta = append(meta, s.Date.String(), "Reliability: "+reliabilityWords(s.Reliability))
		meta = withMarking(b.c, meta, s.Marking)
		b.text(strings.Join(meta, " · "), "", 9, colorMuted)
		if s.URL != "" {
			b.text(s.URL, "", 9, colorLink)
		}
		if s.Description != "" {
			b.text(s.Description, "", 9.5, colorBody)
		}
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}
