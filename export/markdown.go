package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Markdown writes the briefing as Markdown, for wikis: the same sections as
// the PDF, the marking at the top and the bottom, quotations as ">" blocks
// and the notes' own Markdown passed through with headings demoted to fit.
func Markdown(w io.Writer, c *casefile.Case, opt Options) error {
	opt, err := opt.Normalized()
	if err != nil {
		return err
	}
	from := provenanceOf(c, opt)
	unsourced := unsourcedItems(c)
	c, marking := Releasable(c, opt.MaxMarking)
	m := &mdWriter{w: bufio.NewWriter(w), c: c, ix: newCaseIndex(c), opt: opt, notes: planNotes(c, opt), marking: marking,
		refs: newEvidenceRefs(c, opt), leg: legendState{legend: legendOf(c)}}
	m.ix.refs, m.ix.unsourced = m.refs, unsourced
	m.ix.link = func(l string) string { return "[" + l + "](#" + strings.ToLower(l) + ")" }
	m.plan = briefingPlan{c: c, opt: opt, notes: m.notes}
	m.linef("**%s**", marking)
	m.blank()
	m.linef("# %s", oneLine(c.Title))
	m.blank()
	if err := writeSections(m, m.plan, nil); err != nil {
		return err
	}
	if m.plan.shown(SectionCover) {
		m.linef("*Case %s*", markdownEscaper.Replace(oneLine(c.ID))) // as the PDF's cover has it in its footer
		m.blank()
	}
	m.linef("%s", from.comment()) // which case, which content: `casefile verify` reads it
	m.blank()
	m.linef("---")
	m.blank()
	m.linef("**%s**", marking)
	if m.err != nil {
		return m.err
	}
	return m.w.Flush()
}

type mdWriter struct {
	w       *bufio.Writer
	c       *casefile.Case
	ix      *caseIndex
	opt     Options
	notes   notePlan
	plan    briefingPlan
	marking casefile.Marking // the banner's
	refs    *evidenceRefs    // the references by which the assessment cites evidence ("S4")
	leg     legendState      // what the briefing says once rather than on every item
	err     error
}

// section writes a section's heading, and under it what of the legend
// is due there (legendState.at).
func (m *mdWriter) section(s Section) {
	m.linef("## %s", heading(s))
	m.blank()
	if s == SectionContents {
		return // the grading key follows its list
	}
	if l := m.leg.at(s); l != "" {
		m.linef("*%s*", l)
		m.blank()
	}
}

func (m *mdWriter) linef(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format+"\n", args...)
	}
}

func (m *mdWriter) blank() { m.linef("") }

// missing says, in italics, that the case has no items of a kind or how
// many of them a release withheld (casefile.ReleaseInfo.Missing).
func (m *mdWriter) missing(plural string, shown int, empty string) {
	if line := m.c.Release.Missing(plural, shown, empty); line != "" {
		m.linef("*%s*", line)
		m.blank()
	}
}

// oneLine keeps a heading or list item on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// oneLines is each of parts on one line.
func oneLines(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = oneLine(p)
	}
	return out
}

// quoteBlock writes a verbatim quotation as a ">" block, keeping its line
// breaks and escaping what Markdown would otherwise read as formatting, so
// a wiki shows every character as spoken.
func (m *mdWriter) quoteBlock(text string) {
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			m.linef(">")
		} else {
			m.linef("> %s", escapeMarkdown(l))
		}
	}
	m.blank()
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)

// escapeMarkdown escapes inline formatting characters and a line start
// that would begin a heading, list or quotation.
func escapeMarkdown(line string) string {
	line = markdownEscaper.Replace(line)
	t := strings.TrimLeft(line, " ")
	switch {
	case strings.HasPrefix(t, "#"), strings.HasPrefix(t, ">"), strings.HasPrefix(t, "- "), strings.HasPrefix(t, "+ "):
		return line[:len(line)-len(t)] + `\` + t
	case numberedMarker(t) != "":
		n := len(numberedMarker(t)) - 1
		return line[:len(line)-len(t)] + t[:n] + `\` + t[n:]
	}
	return line
}

func (m *mdWriter) cover() error {
	c, marking := m.c, m.marking
	m.linef("- **Marking:** %s — %s %s", marking, tlpMeaning[marking], m.leg.onCover())
	if r := c.Release; r != nil {
		m.linef("- **Releasable version at %s:** %s", r.Limit, r.Sentence())
	}
	m.linef("- **Date:** %s", briefingDate(c))
	if c.Analyst != "" {
		m.linef("- **Analyst:** %s", oneLine(c.Analyst))
	}
	m.linef("- **Holds:** %s", holdings(c))
	if q := m.ix.quotesChecked(); q != "" {
		m.linef("- **Quotes:** %s", q)
	}
	if len(c.Tags) > 0 {
		m.linef("- **Tags:** %s", strings.Join(c.Tags, ", "))
	}
	m.blank()
	return m.err
}

func (m *mdWriter) summary() error {
	m.section(SectionSummary)
	for _, p := range paragraphs(m.c.Summary) {
		m.linef("%s", p)
		m.blank()
	}
	m.inlineNotes(casefile.OnCase, "")
	return m.err
}

func (m *mdWriter) contents() error {
	m.section(SectionContents)
	for _, e := range m.plan.contents() {
		m.linef("%s- [%s](#%s)", strings.Repeat("  ", e.level), e.title, anchor(e.title))
	}
	m.blank()
	if l := m.leg.at(SectionContents); l != "" {
		m.linef("*%s*", l)
		m.blank()
	}
	return m.err
}

// sourceLine is a source line of parts joined by " · ", flagged
// "**Unsourced**" first when the item cites no source.
func sourceLine(parts []string, unsourced bool) string {
	if unsourced {
		parts = append([]string{"**" + unsourcedWord + "**"}, parts...)
	}
	return strings.Join(parts, " · ")
}

// anchor is the heading's anchor as GitHub and most wikis make it.
func anchor(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 0x7f:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cell escapes a table cell.
func cell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

func (m *mdWriter) actors() error {
	c := m.c
	m.section(SectionActors)
	m.missing("actors", len(c.Actors), "The case names no actors.")
	if len(c.Actors) > 0 {
		m.linef("| Name | Kind | Role | Affiliation |")
		m.linef("|---|---|---|---|")
		for _, a := range c.Actors {
			name := a.Name
			if other := a.OtherNames(); len(other) > 0 {
				name += " (" + strings.Join(other, ", ") + ")"
			}
			aff := ""
			if a.Affiliation != "" {
				aff = m.ix.actorName(a.Affiliation)
			}
			m.linef("| %s | %s | %s | %s |", cell(name), a.Kind, cell(a.Role), cell(aff))
		}
		m.blank()
	}
	if len(c.Relations) > 0 {
		m.linef("### %s", relationsHeading)
		m.blank()
		for _, r := range c.Relations {
			line := m.ix.relationWords(r)
			if r.Description != "" {
				line += ". " + r.Description
			}
			m.linef("- %s", oneLine(line))
		}
		m.blank()
	}
	for _, a := range c.Actors {
		if len(m.notes.on(casefile.OnActor, a.ID)) > 0 {
			m.linef("### Notes on %s", oneLine(a.Name))
			m.blank()
			m.inlineNotes(casefile.OnActor, a.ID)
		}
	}
	return m.err
}

func (m *mdWriter) statements() error {
	c := m.c
	m.section(SectionStatements)
	m.missing("statements", len(c.Statements), "The case holds no statements.")
	level := "###"
	for _, g := range orderedStatements(c, m.opt.StatementOrder) {
		if g.speaker != "" {
			m.linef("### %s", oneLine(m.ix.speakerTitle(g.speaker)))
			m.blank()
			level = "####"
		}
		for _, s := range g.statements {
			m.anchorLine(s.ID)
			m.linef("%s %s", level, oneLine(m.labelled(s.ID, s.Title)))
			m.blank()
			who := m.ix.actorName(s.Speaker)
			if a, ok := m.ix.actor(s.Speaker); ok && a.Role != "" {
				who += ", " + a.Role
			}
			parts, unsourced := m.ix.sourcing(s.ID, statementCites(s), s.Grading)
			if q := m.ix.quoteMark(s); q != "" {
				parts = append(parts, q)
			}
			meta := append([]string{"**" + oneLine(who) + "**"}, oneLines(m.ix.statementMeta(s))...)
			m.linef("%s", sourceLine(append(meta, parts...), unsourced))
			m.blank()
			if s.Context != "" {
				m.linef("%s", oneLine(s.Context))
				m.blank()
			}
			m.quoteBlock(s.Quote)
			if r, ok := m.ix.statement(s.RespondsTo); ok && m.ix.respondsRef(s) == "" {
				m.linef("Responds to: %s (%s, %s)", oneLine(r.Title), m.ix.actorName(r.Speaker), m.ix.datesText(r.Date, r.Dates))
				m.blank()
			}
			m.inlineNotes(casefile.OnStatement, s.ID)
		}
	}
	return m.err
}

func (m *mdWriter) background() error {
	c := m.c
	m.section(SectionBackground)
	m.missing("events", len(c.Events), "The case records no background events.")
	for _, e := range orderedEvents(c) {
		title := e.Title
		if e.Inferred {
			title += " (the analyst's inference)"
		}
		date := oneLine(m.ix.dateWords(e.Date, e.Dates))
		ref := ""
		if l := m.refs.of(e.ID); l != "" {
			ref = ` · ` + l + `<a id="` + strings.ToLower(l) + `"></a>`
		}
		m.linef("- **%s** — **%s**%s", date, oneLine(title), ref)
		if e.Description != "" {
			m.linef("  %s", oneLine(e.Description))
		}
		var meta []string
		if len(e.Actors) > 0 {
			meta = append(meta, "Actors: "+m.ix.actorNames(e.Actors))
		}
		parts, unsourced := m.ix.sourcing(e.ID, e.Sources, e.Grading)
		m.linef("  *%s*", sourceLine(withMarking(c, append(meta, parts...), e.Marking), unsourced))
		notes := m.notes.on(casefile.OnEvent, e.ID)
		if len(notes) > 0 {
			m.blank()
			for _, n := range notes {
				m.note(n, "  ", 4)
			}
		}
	}
	m.blank()
	return m.err
}

func (m *mdWriter) collectedNotes() error {
	if len(m.notes.collected) == 0 && m.opt.Notes == NotesInline {
		return nil // every note is beside what it annotates
	}
	m.section(SectionNotes)
	for _, n := range m.notes.collected {
		m.linef("### %s", oneLine(m.labelled(n.ID, "On "+m.c.TargetName(n.Target))))
		m.blank()
		m.note(n, "", 4)
	}
	return m.err
}

func (m *mdWriter) inlineNotes(kind casefile.TargetKind, id string) {
	for _, n := range m.notes.on(kind, id) {
		m.note(n, "", 5)
	}
}

// note writes a note's byline and its Markdown, indented by indent and with
// its headings demoted to start at level top.
func (m *mdWriter) note(n casefile.Note, indent string, top int) {
	meta := []string{m.labelled(n.ID, "Analyst’s note")}
	if l := m.refs.of(n.ID); l != "" {
		meta[0] = `<a id="` + strings.ToLower(l) + `"></a>` + meta[0]
	}
	meta = append(meta, noteMeta(m.c, n)...)
	m.linef("%s*%s*", indent, strings.Join(meta, " · "))
	m.linef("")
	for _, l := range demoteHeadings(n.Body, top) {
		if l == "" {
			m.linef("")
		} else {
			m.linef("%s%s", indent, l)
		}
	}
	m.blank()
}

// demoteHeadings shifts a note's headings so its highest becomes level top
// (none deeper than 6), leaving fenced code alone.
func demoteHeadings(body string, top int) []string {
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n"), "\n")
	levels := make([]int, len(lines))
	highest := 7
	inFence := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inFence = !inFence
			continue
		}
		if !inFence {
			levels[i] = headingLevel(t)
			if levels[i] > 0 {
				highest = min(highest, levels[i])
			}
		}
	}
	for i, n := range levels {
		if n > 0 {
			t := strings.TrimSpace(lines[i])
			lines[i] = strings.Repeat("#", min(6, n-highest+top)) + t[n:]
		}
	}
	return lines
}

func (m *mdWriter) sources() error {
	m.section(SectionSources)
	m.missing("sources", len(m.c.Sources), "The case cites no sources.")
	for _, s := range m.c.Sources {
		meta := []string{}
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		meta = append(meta, s.Date.String(), "Reliability: "+reliabilityWords(s.Reliability))
		meta = withMarking(m.c, meta, s.Marking)
		title := "**" + oneLine(s.Title) + "**"
		if s.URL != "" {
			title = "**[" + oneLine(s.Title) + "](" + s.URL + ")**"
		}
		if l := m.refs.of(s.ID); l != "" {
			title = `<a id="` + strings.ToLower(l) + `"></a>` + l + " · " + title
		}
		m.linef("- %s — %s", title, strings.Join(meta, " · "))
		if s.Description != "" {
			m.linef("  %s", oneLine(s.Description))
		}
	}
	m.blank()
	return m.err
}
