package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/quotes"
)

// quoteProposal is a statement proposed from a quotation in a source: the
// words as printed, where they are, who the text says said them, how and
// when.
type quoteProposal struct {
	quote string
	span  casefile.Span
	parts []casefile.Span // a quotation split by its attribution has several
	// partTexts and partParas are each part's words and paragraph.
	partTexts []string
	partParas []int
	para      int
	// speakerID is the case's actor the speaker matched; with none, speaker
	// and role are what the text calls them, for a new actor.
	speakerID     string
	speaker, role string
	verb, channel string
	dateWords     string
	date          casefile.Date
}

// newActor reports whether the proposal names a speaker the case lacks.
func (p quoteProposal) newActor() bool { return p.speakerID == "" && p.speaker != "" }

// speakerText says who is proposed: "Edi Rama", or "new actor: Adrienne
// Watson, National Security Council spokesperson".
func (p quoteProposal) speakerText(c *casefile.Case) string {
	switch {
	case p.speakerID != "":
		return c.ActorName(p.speakerID)
	case p.speaker == "":
		return "no speaker found"
	case p.role != "":
		return "new actor: " + p.speaker + ", " + p.role
	}
	return "new actor: " + p.speaker
}

// knownActors are the case's actors as the quote finder matches speakers.
func knownActors(c *casefile.Case) []quotes.Actor {
	out := make([]quotes.Actor, len(c.Actors))
	for i, a := range c.Actors {
		out[i] = quotes.Actor{ID: a.ID, Names: append([]string{a.Name}, a.Aliases...), Kind: string(a.Kind)}
	}
	return out
}

// propose turns the quotations found in a text into statements proposed
// for a source. A quotation that gives no date or channel takes those of
// the same speaker's quotation before it: "she said" in the paragraph
// after "said in a White House statement on Wednesday" was said then too.
// in is the text they were found in, offset where it starts in the
// source's text, in runes, and firstPara the number of its first paragraph.
func propose(c *casefile.Case, src casefile.Source, found []quotes.Quote, in string, offset, firstPara int) []quoteProposal {
	type said struct{ words, channel string }
	last := map[string]said{}
	var out []quoteProposal
	actors := indexActors(c)
	var text *textIndex // of what the quotations were found in, for those in parts
	for _, q := range found {
		if !q.IsStatement() {
			continue
		}
		p := quoteProposal{quote: q.Text, para: q.Paragraph + firstPara - 1, speaker: q.Speaker, role: q.Role,
			verb: q.Verb, channel: q.Channel, dateWords: q.DateWords}
		for _, part := range q.Parts {
			p.parts = append(p.parts, casefile.Span{Start: part.Start + offset, End: part.End + offset})
		}
		if len(q.Parts) > 1 {
			if text == nil {
				text = newTextIndex(in)
			}
			for _, part := range q.Parts {
				p.partTexts = append(p.partTexts, text.slice(part.Start, part.End))
				p.partParas = append(p.partParas, text.para(part.Start)+firstPara-1)
			}
		}
		if sp := q.Span(); len(q.Parts) > 0 {
			p.span = casefile.Span{Start: sp.Start + offset, End: sp.End + offset}
		}
		p.speakerID = speakerFor(actors, q)
		key := p.speakerID
		if key == "" {
			key = casefile.Fold(p.speaker)
		}
		if p.dateWords == "" && p.channel == "" {
			p.dateWords, p.channel = last[key].words, last[key].channel
		} else if key != "" {
			last[key] = said{p.dateWords, p.channel}
		}
		p.channel = channelWords(p.channel)
		p.date = dateFor(p.dateWords, src.Date)
		out = append(out, p)
	}
	return out
}

// speakerFor is the case's actor a quotation's speaker is: the one the
// finder matched, or one named so (name or alias, case and accents aside).
func speakerFor(actors *actorIndex, q quotes.Quote) string {
	if q.ActorID != "" && actors.ids[q.ActorID] {
		return q.ActorID
	}
	if q.Speaker == "" {
		return ""
	}
	return actors.named(q.Speaker)
}

// channelWords is a channel as a statement records it: "in a White House
// statement" is "White House statement".
func channelWords(s string) string {
	s = strings.TrimSpace(s)
	for _, lead := range []string{"in an ", "in a ", "in the ", "in ", "on ", "via ", "through a ", "during a ", "at a ", "at an ", "at the ", "at "} {
		if len(s) > len(lead) && strings.EqualFold(s[:len(lead)], lead) {
			return strings.TrimSpace(s[len(lead):])
		}
	}
	return s
}

// statementsOf are the statements a proposal makes: one, or one for each
// part of a quotation split by its attribution or run over paragraphs,
// since a statement's quote is a passage of its source verbatim.
func (p quoteProposal) statementsOf(c *casefile.Case, src casefile.Source, speakerID string) []casefile.Statement {
	if len(p.partTexts) <= 1 {
		return []casefile.Statement{p.statementFor(c, src, speakerID, p.quote, p.span, p.para, "")}
	}
	var out []casefile.Statement
	for i, part := range p.parts {
		out = append(out, p.statementFor(c, src, speakerID, p.partTexts[i], part, p.partParas[i],
			fmt.Sprintf(" (part %d of %d)", i+1, len(p.parts))))
	}
	return out
}

// statementFor is one statement of a proposal.
func (p quoteProposal) statementFor(c *casefile.Case, src casefile.Source, speakerID, quote string, span casefile.Span, para int, titleTail string) casefile.Statement {
	quote, _ = casefile.TrimQuoteMarks(quote)
	who := p.speaker
	if speakerID != "" {
		who = c.ActorName(speakerID)
	}
	return casefile.Statement{
		Title:   proposedTitle(c, speakerID, who, quote) + titleTail,
		Speaker: speakerID,
		Quote:   quote,
		Date:    p.date,
		Channel: p.channel,
		Source:  casefile.Citation{Source: src.ID, Locator: paraLocator(para), Span: span},
		Grading: casefile.Grading{Reliability: src.Reliability},
	}
}

// titleWords is how many of a quote's words a proposed title takes.
const titleWords = 6

// proposedTitle is a short label for a statement: the speaker's surname,
// or a body's name, and the quote's first words: "Watson: The United
// States strongly condemns Iran’s …".
func proposedTitle(c *casefile.Case, speakerID, who, quote string) string {
	name := who
	a, ok := c.Actor(speakerID)
	person := ok && a.Kind == casefile.KindPerson || !ok && guessKind(who) == casefile.KindPerson
	if f := strings.Fields(who); person && len(f) > 1 {
		name = f[len(f)-1]
	}
	words, cut := strings.CutSuffix(firstWords(quote, titleWords), " …")
	words = strings.TrimRight(words, ",;:")
	if cut {
		words += " …"
	}
	if name == "" {
		return words
	}
	return clip(name, 60) + ": " + words
}

// orgWords mark a speaker's name as a body's rather than a person's.
var (
	govWords = []string{"ministry", "department", "council", "office", "government", "embassy", "white house", "kremlin",
		"pentagon", "agency", "police", "army", "forces", "parliament", "senate", "congress", "commission", "cabinet", "presidency"}
	orgWords = []string{"committee", "organization", "organisation", "association", "union", "foundation", "institute",
		"company", "inc", "corp", "party", "league", "society", "center", "centre", "group", "news", "times", "network", "coalition", "alliance"}
)

// guessKind proposes the kind of a new actor from the name the text gives:
// a ministry is a government body, a committee an organisation, a name of
// two or more capitalised words a person. The analyst can change it.
func guessKind(name string) casefile.ActorKind {
	folded := " " + casefile.Fold(name) + " "
	for _, w := range govWords {
		if strings.Contains(folded, " "+w+" ") {
			return casefile.KindGovernmentBody
		}
	}
	for _, w := range orgWords {
		if strings.Contains(folded, " "+w+" ") {
			return casefile.KindOrganisation
		}
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return casefile.KindOrganisation
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) && !isParticle(w) {
			return casefile.KindOrganisation
		}
	}
	return casefile.KindPerson
}

func isUpper(r rune) bool {
	return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// isParticle is a lower-case word inside a person's name: "Ursula von der Leyen".
func isParticle(w string) bool {
	switch w {
	case "von", "van", "der", "de", "la", "le", "du", "da", "al", "bin", "ibn", "el":
		return true
	}
	return false
}

// newActorFor is the actor a proposal's speaker becomes.
func (p quoteProposal) newActorFor(src casefile.Source) casefile.Actor {
	return casefile.Actor{Name: p.speaker, Kind: guessKind(p.speaker), Role: p.role,
		Sources: []casefile.Citation{{Source: src.ID, Locator: paraLocator(p.para)}}}
}
