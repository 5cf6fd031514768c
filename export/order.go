package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// What the PDF and the Markdown briefing share: the order of statements and
// events, where each note goes, and the wording of dates and relations.

// statementGroup is the statements of one speaker, or all of them when the
// briefing is chronological (speaker "").
type statementGroup struct {
	speaker    string
	statements []casefile.Statement
}

func orderedStatements(c *casefile.Case, order StatementOrder) []statementGroup {
	all := byDate(c.Statements, casefile.Statement.OrderDate)
	if order != BySpeaker {
		return []statementGroup{{statements: all}}
	}
	index := map[string]int{}
	var groups []statementGroup
	for _, a := range c.Actors {
		index[a.ID] = len(groups)
		groups = append(groups, statementGroup{speaker: a.ID})
	}
	for _, s := range all {
		i, ok := index[s.Speaker]
		if !ok {
			index[s.Speaker] = len(groups)
			i = len(groups)
			groups = append(groups, statementGroup{speaker: s.Speaker})
		}
		groups[i].statements = append(groups[i].statements, s)
	}
	return slices.DeleteFunc(groups, func(g statementGroup) bool { return len(g.statements) == 0 })
}

func orderedEvents(c *casefile.Case) []casefile.Event {
	return byDate(c.Events, casefile.Event.OrderDate)
}

// byDate is a copy of items in the order their dates give them
// (Date.Compare: undated last, ties in case order), each date's key
// worked out once.
func byDate[T any](items []T, date func(T) casefile.Date) []T {
	keys := make([]uint64, len(items))
	order := make([]int, len(items))
	for i := range items {
		keys[i], order[i] = date(items[i]).OrderKey(), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	out := make([]T, len(items))
	for i, j := range order {
		out[i] = items[j]
	}
	return out
}

// notePlan says where each note goes: beside its item (inline) or in the
// notes section, which also takes the inline notes whose item's section is
// left out.
type notePlan struct {
	inline    map[casefile.Target][]casefile.Note
	collected []casefile.Note
}

func planNotes(c *casefile.Case, opt Options) notePlan {
	p := notePlan{inline: map[casefile.Target][]casefile.Note{}}
	host := map[casefile.TargetKind]Section{
		casefile.OnCase:      SectionSummary,
		casefile.OnActor:     SectionActors,
		casefile.OnStatement: SectionStatements,
		casefile.OnEvent:     SectionBackground,
	}
	// When page one holds the key judgments, it has no room for the notes
	// on the case: they go with the other notes, where the judgments'
	// references to them lead.
	caseNotesApart := judgmentsLead(c, opt)
	for _, n := range c.Notes {
		if opt.Notes == NotesInline && opt.Has(host[n.Target.Kind]) && !(n.Target.Kind == casefile.OnCase && caseNotesApart) {
			t := n.Target
			if t.Kind == casefile.OnCase {
				t.ID = ""
			}
			p.inline[t] = append(p.inline[t], n)
		} else {
			p.collected = append(p.collected, n)
		}
	}
	return p
}

func (p notePlan) on(kind casefile.TargetKind, id string) []casefile.Note {
	return p.inline[casefile.Target{Kind: kind, ID: id}]
}

// briefingDate is the date the briefing speaks for: the case's last change,
// so the same case always gives the same briefing.
func briefingDate(c *casefile.Case) string {
	if c.Modified.IsZero() {
		return "undated"
	}
	return c.Modified.UTC().Format("2 January 2006")
}

func noteDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006")
}

// caseIndex finds a case's items by id in constant time; casefile's own
// lookups scan, which a briefing of thousands of statements cannot afford
// once per statement.
type caseIndex struct {
	c          *casefile.Case
	actors     map[string]int
	statements map[string]int
	sources    map[string]int
	quotes     map[string]casefile.QuoteCheck // by statement id
	refs       *evidenceRefs                  // the briefing's references, by which items cite sources
	link       func(label string) string      // a reference as the format links it; nil: as it is
	unsourced  map[string]bool                // the items that cite no source, before any release
}

func newCaseIndex(c *casefile.Case) *caseIndex {
	ix := &caseIndex{c: c, actors: make(map[string]int, len(c.Actors)),
		statements: make(map[string]int, len(c.Statements)), sources: make(map[string]int, len(c.Sources))}
	for i, a := range c.Actors {
		ix.actors[a.ID] = i
	}
	for i, s := range c.Statements {
		ix.statements[s.ID] = i
	}
	for i, s := range c.Sources {
		ix.sources[s.ID] = i
	}
	ix.quotes = c.CheckQuotes()
	return ix
}

// quotesChecked is the cover's account of the quotes checked against their
// sources' texts: "12 of 12 verified in their sources", or "" when no
// source holds a text.
func (ix *caseIndex) quotesChecked() string {
	verified, notFound, noText := 0, 0, 0
	for _, ch := range ix.quotes {
		switch ch.Status {
		case casefile.Verified:
			verified++
		case casefile.NotFound:
			notFound++
		default:
			noText++
		}
	}
	if verified+notFound == 0 {
		return ""
	}
	line := fmt.Sprintf("%d of %d verified in their sources", verified, verified+notFound)
	if notFound > 0 {
		line += fmt.Sprintf("; %d not found, marked where they are quoted", notFound)
	}
	if noText > 0 {
		line += fmt.Sprintf("; %d cite a source whose text the case does not hold", noText)
	}
	return line
}

// quoteMark is what a statement's byline adds about its quote: a
// warning when the quote is not in its source's text, or "".
func (ix *caseIndex) quoteMark(s casefile.Statement) string {
	if ix.quotes[s.ID].Status == casefile.NotFound {
		return "NOT FOUND in the source's text"
	}
	return ""
}

func (ix *caseIndex) actor(id string) (*casefile.Actor, bool) {
	i, ok := ix.actors[id]
	if !ok {
		return nil, false
	}
	return &ix.c.Actors[i], true
}

func (ix *caseIndex) statement(id string) (*casefile.Statement, bool) {
	i, ok := ix.statements[id]
	if !ok {
		return nil, false
	}
	return &ix.c.Statements[i], true
}

// actorName is as casefile.Case.ActorName: the name, or the id in quotes.
func (ix *caseIndex) actorName(id string) string {
	if a, ok := ix.actor(id); ok {
		return a.Name
	}
	return `"` + id + `"`
}

// relationWords is a relation in words with its dates: "Edi Rama leads
// Albania (from 2013 until 2024)".
func (ix *caseIndex) relationWords(r casefile.Relation) string {
	s := ix.actorName(r.From) + " " + string(r.Type) + " " + ix.actorName(r.To)
	if when := r.Period(); when != "" {
		s += ", " + when
	}
	if r.Inferred {
		s += " — the analyst's inference"
	}
	return s
}

func (ix *caseIndex) source(id string) (casefile.Source, bool) {
	if i, ok := ix.sources[id]; ok {
		return ix.c.Sources[i], true
	}
	return casefile.Source{}, false
}

// dateWords words an item's date with the source's own words: "7 Sep
// 2022 (as stated: “Wednesday”)", or where the sources differ, every
// claim with its source: "20 Aug 2022 per N1; 22 Aug 2022 per
// silicon.co.uk". Never one date for several.
func (ix *caseIndex) dateWords(d casefile.Date, claims []casefile.DateClaim) string {
	if len(claims) == 0 {
		return d.String() + asStated(d)
	}
	parts := ix.claimWords(claims)
	return strings.Join(parts, "; ")
}

// claimWords words each claim: "20 Aug 2022 per N1".
func (ix *caseIndex) claimWords(claims []casefile.DateClaim) []string {
	names := casefile.ClaimNames(claims, ix.source)
	parts := make([]string, len(claims))
	for i, cl := range claims {
		parts[i] = cl.Date.String() + asStated(cl.Date) + " per " + names[i]
	}
	return parts
}

// datesText is an item's date, or its claims, without the source's words.
func (ix *caseIndex) datesText(d casefile.Date, claims []casefile.DateClaim) string {
	if len(claims) == 0 {
		return d.String()
	}
	return casefile.ClaimsText(claims, ix.source)
}

func (ix *caseIndex) sourceTitle(id string) string {
	if i, ok := ix.sources[id]; ok {
		return ix.c.Sources[i].Title
	}
	return id
}

func (ix *caseIndex) actorNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = ix.actorName(id)
	}
	return strings.Join(names, ", ")
}

// asStated is the source's own words for a date, " (as stated: “In
// July”)", when they say more than the date itself.
func asStated(d casefile.Date) string {
	if d.AsStated == "" || strings.EqualFold(strings.TrimSpace(d.AsStated), d.Text()) {
		return ""
	}
	return " (as stated: “" + d.AsStated + "”)"
}

func reliabilityWords(r casefile.Reliability) string {
	if r == "" {
		return "reliability not graded"
	}
	return string(r) + " — " + strings.ToLower(r.Label()[:1]) + r.Label()[1:]
}

// tlpMeaning is what each TLP 2.0 label allows, in FIRST's words, shortened.
var tlpMeaning = map[casefile.Marking]string{
	casefile.TLPClear:       "Disclosure is not limited.",
	casefile.TLPGreen:       "Limited disclosure: may be shared within the community, not publicly.",
	casefile.TLPAmber:       "Limited disclosure: recipients may share it only within their organisation and its clients, on a need-to-know basis.",
	casefile.TLPAmberStrict: "Limited disclosure: recipients may share it only within their own organisation.",
	casefile.TLPRed:         "For the eyes and ears of individual recipients only; no further disclosure.",
}

func holdings(c *casefile.Case) string {
	parts := []string{plural(len(c.Actors), "actor"), plural(len(c.Statements), "statement"), plural(len(c.Events), "event"),
		plural(len(c.Sources), "source"), plural(len(c.Notes), "analyst note")}
	if n := len(c.Judgments); n > 0 {
		parts = append(parts, plural(n, "key judgment"))
	}
	if n := len(c.Hypotheses); n > 0 {
		parts = append(parts, casefile.Count(n, "hypothesis", "hypotheses"))
	}
	return casefile.JoinAnd(parts)
}

func plural(n int, word string) string { return casefile.Count(n, word, word+"s") }
