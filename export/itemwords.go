package export

import (
	"slices"
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// How both formats word an item's marking, grading and sources. What most
// items share, the case's own marking and "not graded", is said once in
// the legend and left off each item, so that an item's labels are those
// that tell it apart.

// markingWord is an item's marking as the briefing labels it: "" when it
// is the case's own, which the legend states.
func markingWord(c *casefile.Case, m casefile.Marking) string {
	if m = c.EffectiveMarking(m); m == c.Marking {
		return ""
	}
	return string(m)
}

// withMarking appends an item's marking to its parts unless it is the
// case's own.
func withMarking(c *casefile.Case, parts []string, m casefile.Marking) []string {
	if w := markingWord(c, m); w != "" {
		return append(parts, w)
	}
	return parts
}

// noteMeta is a note's author and date, and its marking when it is not
// the case's.
func noteMeta(c *casefile.Case, n casefile.Note) []string {
	var meta []string
	if n.Author != "" {
		meta = append(meta, n.Author)
	}
	if d := noteDate(n.Modified); d != "" {
		meta = append(meta, d)
	}
	return withMarking(c, meta, n.Marking)
}

// legend is what the briefing says once rather than on every item.
type legend struct {
	marking string // "Items are TLP:GREEN and not graded unless marked otherwise."
	grading string // what the grading codes used stand for, or ""
}

func legendOf(c *casefile.Case) legend {
	ungraded := false
	var letters []casefile.Reliability
	var digits []casefile.Credibility
	note := func(g casefile.Grading) {
		ungraded = ungraded || g.IsZero()
		if g.Reliability != "" && !slices.Contains(letters, g.Reliability) {
			letters = append(letters, g.Reliability)
		}
		if g.Credibility != 0 && !slices.Contains(digits, g.Credibility) {
			digits = append(digits, g.Credibility)
		}
	}
	for _, s := range c.Statements {
		note(s.Grading)
	}
	for _, e := range c.Events {
		note(e.Grading)
	}
	for _, s := range c.Sources {
		if s.Reliability != "" && !slices.Contains(letters, s.Reliability) {
			letters = append(letters, s.Reliability)
		}
	}
	l := legend{marking: "Items are " + string(c.Marking) + " unless marked otherwise."}
	if ungraded {
		l.marking = "Items are " + string(c.Marking) + " and not graded unless marked otherwise."
	}
	if len(letters)+len(digits) == 0 {
		return l
	}
	slices.Sort(letters)
	slices.Sort(digits)
	var parts []string
	for _, r := range letters {
		parts = append(parts, string(r)+" "+strings.ToLower(r.Label()[:1])+r.Label()[1:])
	}
	var used []string
	if len(parts) > 0 {
		used = append(used, strings.Join(parts, ", "))
	}
	parts = nil
	for _, d := range digits {
		parts = append(parts, strconv.Itoa(int(d))+" "+strings.ToLower(d.Label()[:1])+d.Label()[1:])
	}
	if len(parts) > 0 {
		used = append(used, strings.Join(parts, ", "))
	}
	l.grading = "Gradings are Admiralty codes: the source’s reliability (A–F), then the information’s credibility (1–6); " +
		"“A1, from a C source” adds the reliability of the source cited. Here " + strings.Join(used, "; ") + "."
	return l
}

// legendState is the legend and what of it a briefing has said.
type legendState struct {
	legend
	saidMarking, saidGrading bool
}

// onCover is the legend's word on markings, which the cover says beside
// the marking.
func (l *legendState) onCover() string {
	l.saidMarking = true
	return l.marking
}

// at is what of the legend is said at s: the grading key with the
// contents; and in a briefing without a cover or contents, the word on
// markings in its first section, the grading key in the first whose
// items show gradings.
func (l *legendState) at(s Section) string {
	var parts []string
	if !l.saidMarking && s != SectionContents {
		parts = append(parts, l.marking)
		l.saidMarking = true
	}
	if !l.saidGrading && l.grading != "" && (s == SectionContents || s == SectionStatements || s == SectionBackground) {
		parts = append(parts, l.grading)
		l.saidGrading = true
	}
	return strings.Join(parts, " ")
}

// gradingWords is an item's grading beside the reliability of the sources
// it cites: "A1, from a C source", "A1", "from B and C sources", or ""
// when neither is graded (which the legend says).
func (ix *caseIndex) gradingWords(g casefile.Grading, cites []casefile.Citation) string {
	var rel []string
	for _, ct := range cites {
		if s, ok := ix.source(ct.Source); ok && s.Reliability != "" && !slices.Contains(rel, string(s.Reliability)) {
			rel = append(rel, string(s.Reliability))
		}
	}
	from := ""
	switch len(rel) {
	case 0:
	case 1:
		from = "from " + article(rel[0]) + " " + rel[0] + " source"
	default:
		from = "from " + casefile.JoinAnd(rel) + " sources"
	}
	switch {
	case g.IsZero():
		return from
	case from == "":
		return g.Code()
	}
	return g.Code() + ", " + from
}

// article is "a" or "an" before a grade's letter as it is read aloud.
func article(letter string) string {
	if strings.ContainsAny(letter[:1], "AEF") {
		return "an"
	}
	return "a"
}

// sourcing is what a statement's or an event's source line says: its
// sources by reference ("Source: R1, para. 2") and its grading beside
// theirs, each a part; unsourced says the item cites no source at all,
// which the line flags first ("Unsourced").
func (ix *caseIndex) sourcing(id string, cites []casefile.Citation, g casefile.Grading) (parts []string, unsourced bool) {
	switch {
	case len(cites) > 0:
		word := "Source: "
		if len(cites) > 1 && cites[0].Source != cites[len(cites)-1].Source {
			word = "Sources: "
		}
		parts = append(parts, word+casefile.CitationsText(cites, ix.sourceRef))
	case ix.c.Release != nil && !ix.unsourced[id]:
		parts = append(parts, "Source withheld above "+string(ix.c.Release.Limit))
	default:
		unsourced = true
	}
	if w := ix.gradingWords(g, cites); w != "" {
		parts = append(parts, w)
	}
	return parts, unsourced
}

// speakerTitle heads a speaker's statements: "Edi Rama — Prime Minister
// of Albania".
func (ix *caseIndex) speakerTitle(id string) string {
	if a, ok := ix.actor(id); ok && a.Role != "" {
		return ix.actorName(id) + " — " + a.Role
	}
	return ix.actorName(id)
}

// statementMeta is the parts of a statement's byline after its speaker:
// its date, channel and addressees, its marking when it is not the
// case's, and whom it answers by reference.
func (ix *caseIndex) statementMeta(s casefile.Statement) []string {
	meta := []string{ix.dateWords(s.Date, s.Dates)}
	if s.Channel != "" {
		meta = append(meta, s.Channel)
	}
	if len(s.Addressees) > 0 {
		meta = append(meta, "to "+ix.actorNames(s.Addressees))
	}
	meta = withMarking(ix.c, meta, s.Marking)
	if r := ix.respondsRef(s); r != "" {
		meta = append(meta, r)
	}
	return meta
}

// respondsRef is whom a statement answers as its byline says it, by the
// reference the briefing prints before that statement: "responds to S3";
// "" when it answers none, or the briefing prints no references.
func (ix *caseIndex) respondsRef(s casefile.Statement) string {
	if _, ok := ix.statement(s.RespondsTo); !ok || s.RespondsTo == "" {
		return ""
	}
	if l := ix.ref(s.RespondsTo); l != "" {
		return "responds to " + l
	}
	return ""
}

// statementCites is a statement's citation as a list: none when it
// cites no source.
func statementCites(s casefile.Statement) []casefile.Citation {
	if s.Source.Source == "" {
		return nil
	}
	return []casefile.Citation{s.Source}
}

// unsourcedWord flags an item that cites no source.
const unsourcedWord = "Unsourced"

// sourceRef names a source as a citation does: its reference ("R1")
// where the briefing prints references, else its title.
func (ix *caseIndex) sourceRef(id string) string {
	if l := ix.ref(id); l != "" {
		return l
	}
	return ix.sourceTitle(id)
}

// ref is the item's reference as the format links it ("[S4](#s4)" in
// Markdown), or "" where the briefing prints none.
func (ix *caseIndex) ref(id string) string {
	l := ix.refs.of(id)
	if l == "" || ix.link == nil {
		return l
	}
	return ix.link(l)
}

// unsourcedItems are the statements and events of c, the case as given
// before any release, that cite no source: a release that withheld an
// item's source does not make it unsourced.
func unsourcedItems(c *casefile.Case) map[string]bool {
	out := map[string]bool{}
	for _, s := range c.Statements {
		if s.Source.Source == "" {
			out[s.ID] = true
		}
	}
	for _, e := range c.Events {
		if len(e.Sources) == 0 {
			out[e.ID] = true
		}
	}
	return out
}
