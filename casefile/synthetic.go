package casefile

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
)

var syntheticWords = strings.Fields(`the ministry said attack cyber government response
diplomatic relations council statement security ally condemns threat infrastructure
proportionate regime decision support accountable network services data systems
Shqipëri Tiranë përgjigje “quoted” … — international community precedent`)

// Synthetic returns a valid case of n statements with n/10 (at least one)
// each of actors, events and notes, and a few sources, for benchmarks and
// load tests. The same n and seed always give the same case.
func Synthetic(n int, seed uint64) *Case {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	id := func(kind string, i int) string { return fmt.Sprintf("%s-%06d", kind, i) }
	text := func(words int) string {
		w := make([]string, words)
		for i := range w {
			w[i] = syntheticWords[r.IntN(len(syntheticWords))]
		}
		return strings.Join(w, " ")
	}
	tenth := max(n/10, 1)
	t := time.Date(2022, 9, 7, 12, 0, 0, 0, time.UTC)
	c := &Case{
		ID: id("case", n), Title: fmt.Sprintf("Synthetic case of %d statements", n), Summary: text(60),
		Analyst: "Synthetic Analyst", Created: t, Modified: t, Marking: TLPAmber, Tags: []string{"synthetic"},
	}
	kinds := ActorKinds
	for i := range 5 {
		c.Sources = append(c.Sources, Source{ID: id("source", i), Title: "Source " + text(4), Publisher: "Publisher",
			Date: Day(2022, 1+i, 1), Reliability: Reliabilities[i%len(Reliabilities)]})
	}
	cite := func() []Citation { return []Citation{{Source: id("source", r.IntN(5))}} }
	for i := range tenth {
		a := Actor{ID: id("actor", i), Name: fmt.Sprintf("Actor %d %s", i, text(2)), Kind: kinds[i%len(kinds)],
			Role: text(3), Description: text(20), Sources: cite()}
		if i > 0 && i%3 == 0 {
			a.Affiliation = id("actor", r.IntN(i))
		}
		c.Actors = append(c.Actors, a)
		if i > 0 {
			c.Relations = append(c.Relations, Relation{ID: id("relation", i), From: a.ID, To: id("actor", r.IntN(i)),
				Type: RelationTypes[i%len(RelationTypes)], Start: Year(2000 + i%22), Sources: cite()})
		}
	}
	date := func() Date {
		d := Day(2000+r.IntN(23), 1+r.IntN(12), 1+r.IntN(28))
		switch r.IntN(6) {
		case 0:
			d.Day = 0
		case 1:
			d.Month, d.Day, d.Qualifier = 0, 0, About
		case 2:
			d.Inferred = true
		}
		return d
	}
	for i := range n {
		s := Statement{ID: id("statement", i), Title: fmt.Sprintf("Statement %d", i), Speaker: id("actor", r.IntN(tenth)),
			Quote: text(20 + r.IntN(60)), Context: text(10), Date: date(), Channel: "statement",
			Source: Citation{Source: id("source", r.IntN(5))}, Grading: Grading{Reliabilities[r.IntN(6)], Credibilities[r.IntN(6)]},
			Marking: Markings[r.IntN(3)]}
		if i > 0 && i%4 == 0 {
			s.RespondsTo = id("statement", r.IntN(i))
		}
		c.Statements = append(c.Statements, s)
	}
	for i := range tenth {
		c.Events = append(c.Events, Event{ID: id("event", i), Title: "Event " + text(5), Description: text(30), Date: date(),
			Actors: []string{id("actor", r.IntN(tenth))}, Sources: cite(), Marking: Markings[r.IntN(3)]})
	}
	for i := range tenth {
		target := Target{Kind: OnCase}
		if n > 0 { // with no statements every note is on the case
			target = Target{Kind: OnStatement, ID: id("statement", r.IntN(n))}
		}
		if i%5 == 0 {
			target = Target{Kind: OnCase}
		}
		c.Notes = append(c.Notes, Note{ID: id("note", i), Target: target, Author: c.Analyst, Created: t, Modified: t,
			Body: "## Assessment " + fmt.Sprint(i) + "\n\n" + text(30) + "\n\n- *" + text(5) + "*\n- **" + text(4) + "**\n"})
	}
	return c
}

// proseWords mix one- to four-byte runes, as pasted source texts do.
var proseWords = []string{
	"the", "ministry", "said", "Tiranë", "Shqipëri", "cyberattack", "—", "“prepared", "plan”", "Iran’s",
	"ایران", "قطع", "数据", "中心", "Ελλάδα", "Москва", "🙂", "attribution", "of", "and", "ties", "c.", "2022",
}

// SyntheticText is exactly size bytes of valid UTF-8 prose in paragraphs,
// the same for the same seed: long texts for tests and benchmarks of
// what shows, edits and stores them.
func SyntheticText(size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, uint64(size)))
	var b strings.Builder
	b.Grow(size + 16)
	for i := 0; b.Len() < size; i++ {
		switch {
		case i > 0 && r.IntN(120) == 0:
			b.WriteString("\n\n")
		case i > 0:
			b.WriteByte(' ')
		}
		b.WriteString(proseWords[r.IntN(len(proseWords))])
	}
	s := b.String()
	cut := size
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + strings.Repeat(".", size-cut)
}
