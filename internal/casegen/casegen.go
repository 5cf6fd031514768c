// Package casegen makes random, valid cases for property tests: every
// portion carries a random marking (or none) and every text field a unique
// token, so a test can tell, word by word, which portions an export holds.
// It also says, from the rules in docs/case-format.md ("Releases") and
// independently of casefile.Release, which tokens a release at a limit
// must hold and which it must not.
package casegen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Token is where a token sits: the portion whose word it is (an item's id,
// or "title" or "summary" for the case's) and, for a citation's locator,
// the source cited, without which it is not shown.
type Token struct {
	Portion string
	Cites   string
	// Shown is false for fields a briefing does not print (a source's
	// description, an actor's description): a release must not hold
	// them when withheld, but a briefing need not when kept.
	Shown bool
}

type gen struct {
	r      *rand.Rand
	c      *casefile.Case
	n      int
	tokens map[string]Token
}

// tok returns a new token for a field of portion, recorded as shown or not.
func (g *gen) tok(portion string, shown bool) string {
	g.n++
	t := fmt.Sprintf("tk%05dq", g.n)
	g.tokens[t] = Token{Portion: portion, Shown: shown}
	return t
}

func (g *gen) marking() casefile.Marking {
	i := g.r.IntN(g.c.Marking.Rank() + 1)
	if i == 0 {
		return ""
	}
	return casefile.Markings[i-1]
}

func (g *gen) pick(ids []string) string { return ids[g.r.IntN(len(ids))] }

func (g *gen) some(ids []string, except string) []string {
	var out []string
	for _, id := range ids {
		if id != except && g.r.IntN(3) == 0 {
			out = append(out, id)
		}
	}
	return out
}

func (g *gen) cites(owner string, sources []string) []casefile.Citation {
	var out []casefile.Citation
	for _, s := range g.some(sources, "") {
		ct := casefile.Citation{Source: s}
		if g.r.IntN(2) == 0 {
			ct.Locator = g.tok(owner, false)
			g.tokens[ct.Locator] = Token{Portion: owner, Cites: s}
		}
		out = append(out, ct)
	}
	return out
}

func (g *gen) date() casefile.Date {
	d := casefile.Day(2000+g.r.IntN(25), 1+g.r.IntN(12), 1+g.r.IntN(28))
	switch g.r.IntN(3) {
	case 0:
		d.Day = 0
	case 1:
		d.Month, d.Day = 0, 0
	}
	return d
}

// Case makes a random valid case from seed and the tokens in it.
func Case(seed uint64) (*casefile.Case, map[string]Token) {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x7c0a)), tokens: map[string]Token{}}
	t0 := time.Date(2022, 9, 8, 10, 30, 0, 0, time.UTC)
	c := &casefile.Case{ID: "case", Analyst: "An Analyst", Created: t0, Modified: t0,
		Marking: casefile.Markings[g.r.IntN(len(casefile.Markings))]}
	g.c = c
	c.Title = "Case " + g.tok("title", true)
	c.TitleMarking = g.marking()
	c.Tags = []string{g.tok("title", true)}
	if g.r.IntN(4) > 0 {
		c.Summary = "Bottom line " + g.tok("summary", true) + "."
		c.SummaryMarking = g.marking()
	}

	var sources, actors, statements []string
	for i := range 1 + g.r.IntN(4) {
		id := fmt.Sprintf("src%d", i)
		sources = append(sources, id)
		c.Sources = append(c.Sources, casefile.Source{ID: id, Title: "Source " + g.tok(id, true),
			Publisher: g.tok(id, true), Description: g.tok(id, false), Date: g.date(), Marking: g.marking()})
	}
	for i := range 1 + g.r.IntN(6) {
		id := fmt.Sprintf("act%d", i)
		a := casefile.Actor{ID: id, Name: "Actor " + g.tok(id, true), Kind: casefile.ActorKinds[g.r.IntN(len(casefile.ActorKinds))],
			Role: g.tok(id, true), Description: g.tok(id, false), Aliases: []string{g.tok(id, false)},
			Sources: g.cites(id, sources), Marking: g.marking()}
		if len(actors) > 0 && g.r.IntN(2) == 0 {
			a.Affiliation = g.pick(actors)
		}
		actors = append(actors, id)
		c.Actors = append(c.Actors, a)
	}
	if len(actors) > 1 {
		for i := range g.r.IntN(6) {
			id := fmt.Sprintf("rel%d", i)
			from := g.pick(actors)
			to := g.pick(actors)
			for to == from {
				to = g.pick(actors)
			}
			c.Relations = append(c.Relations, casefile.Relation{ID: id, From: from, To: to,
				Type: casefile.RelationTypes[g.r.IntN(len(casefile.RelationTypes))], Description: g.tok(id, true),
				Start: g.date(), Sources: g.cites(id, sources), Marking: g.marking()})
		}
	}
	for i := range g.r.IntN(8) {
		id := fmt.Sprintf("st%d", i)
		s := casefile.Statement{ID: id, Title: "Statement " + g.tok(id, true), Speaker: g.pick(actors),
			Quote: "Said " + g.tok(id, true) + ".", Context: g.tok(id, true), Channel: g.tok(id, true),
			Date: g.date(), Source: casefile.Citation{Source: g.pick(sources)},
			Grading: casefile.Grading{Reliability: "B", Credibility: 2}, Marking: g.marking()}
		s.Date.AsStated = g.tok(id, true)
		if g.r.IntN(2) == 0 {
			s.Source.Locator = g.tok(id, true)
			g.tokens[s.Source.Locator] = Token{Portion: id, Cites: s.Source.Source, Shown: true}
		}
		s.Addressees = g.some(actors, s.Speaker)
		if len(statements) > 0 && g.r.IntN(2) == 0 {
			s.RespondsTo = g.pick(statements)
		}
		statements = append(statements, id)
		c.Statements = append(c.Statements, s)
	}
	var events []string
	for i := range g.r.IntN(6) {
		id := fmt.Sprintf("ev%d", i)
		events = append(events, id)
		c.Events = append(c.Events, casefile.Event{ID: id, Title: "Event " + g.tok(id, true), Description: g.tok(id, true),
			Date: g.date(), Actors: g.some(actors, ""), Sources: g.cites(id, sources), Marking: g.marking()})
	}
	for i := range g.r.IntN(6) {
		id := fmt.Sprintf("note%d", i)
		var target casefile.Target
		switch k := g.r.IntN(4); {
		case k == 1:
			target = casefile.Target{Kind: casefile.OnActor, ID: g.pick(actors)}
		case k == 2 && len(statements) > 0:
			target = casefile.Target{Kind: casefile.OnStatement, ID: g.pick(statements)}
		case k == 3 && len(events) > 0:
			target = casefile.Target{Kind: casefile.OnEvent, ID: g.pick(events)}
		default:
			target = casefile.Target{Kind: casefile.OnCase}
		}
		c.Notes = append(c.Notes, casefile.Note{ID: id, Target: target, Body: "Note " + g.tok(id, true) + ".",
			Created: t0, Modified: t0, Marking: g.marking()})
	}
	return c, g.tokens
}

// Expect sorts the tokens of c for a release at limit, by the rules of
// docs/case-format.md: out are the tokens of portions withheld (which the
// release must not hold anywhere), in those of portions kept (which it must
// hold where it shows the field), and highest is the most restricted
// marking among the portions kept.
func Expect(c *casefile.Case, tokens map[string]Token, limit casefile.Marking) (in, out []string, highest casefile.Marking) {
	kept := Kept(c, limit)
	for t, tk := range tokens {
		ok := kept[tk.Portion] && (tk.Cites == "" || kept[tk.Cites])
		switch {
		case ok && tk.Shown:
			in = append(in, t)
		case !ok:
			out = append(out, t)
		}
	}
	l := lifted(c)
	for p, ok := range kept {
		if ok {
			highest = highest.Max(l[p])
		}
	}
	return in, out, highest
}

// Kept says for every portion (item ids, "title", "summary") whether a
// release at limit keeps it.
func Kept(c *casefile.Case, limit casefile.Marking) map[string]bool {
	l := lifted(c)
	kept := map[string]bool{}
	for p := range l {
		kept[p] = l[p].Rank() <= limit.Rank()
	}
	if c.Summary == "" {
		delete(kept, "summary")
	}
	return kept
}

// lifted is each portion's marking for release: its own or the case's,
// raised for a relation to its actors', for a statement to its speaker's,
// and for a note to what it annotates.
func lifted(c *casefile.Case) map[string]casefile.Marking {
	eff := func(m casefile.Marking) casefile.Marking {
		if m == "" {
			return c.Marking
		}
		return m
	}
	l := map[string]casefile.Marking{"title": eff(c.TitleMarking), "summary": eff(c.SummaryMarking)}
	for _, x := range c.Sources {
		l[x.ID] = eff(x.Marking)
	}
	for _, x := range c.Actors {
		l[x.ID] = eff(x.Marking)
	}
	for _, x := range c.Relations {
		l[x.ID] = eff(x.Marking).Max(l[x.From]).Max(l[x.To])
	}
	for _, x := range c.Statements {
		l[x.ID] = eff(x.Marking).Max(l[x.Speaker])
	}
	for _, x := range c.Events {
		l[x.ID] = eff(x.Marking)
	}
	for _, x := range c.Notes {
		l[x.ID] = eff(x.Marking)
		if x.Target.Kind != casefile.OnCase {
			l[x.ID] = l[x.ID].Max(l[x.Target.ID])
		}
	}
	return l
}
