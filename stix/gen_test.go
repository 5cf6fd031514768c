package stix

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// fullCase is a random valid case in which, over a few dozen seeds, every
// field of every kind holds a value: casegen's marked case, with what it
// leaves empty filled in (ranges, claimed dates, gradings, source texts
// and spans, chart positions, kept objects, times with offsets), and for
// some seeds released at a random limit. TestGeneratorCoversEveryField
// fails when a field added to the case is never set here, so that the
// round trip is tested on it too.
func fullCase(seed uint64) *casefile.Case {
	c, _ := casegen.Case(seed)
	g := &filler{r: rand.New(rand.NewPCG(seed, 0x5717)), c: c, released: seed%3 == 2}
	g.fill()
	if g.released {
		limit := casefile.Markings[g.r.IntN(len(casefile.Markings))]
		if c.Marking.Rank() > 1 && len(c.Judgments) > 0 {
			// A judgment released without some of its evidence.
			limit = casefile.Markings[g.r.IntN(c.Marking.Rank()-1)]
			c.Judgments[0].Marking = casefile.TLPClear
			c.Sources[0].Marking = c.Marking
		}
		r, _ := casefile.Release(c, limit)
		casefile.ReleaseKept(c, r)
		return r
	}
	return c
}

type filler struct {
	r        *rand.Rand
	c        *casefile.Case
	released bool // the case is to be released
}

func (g *filler) one(n int) bool { return g.r.IntN(n) == 0 }

func (g *filler) marking() casefile.Marking {
	i := g.r.IntN(g.c.Marking.Rank() + 1)
	if i == 0 {
		return ""
	}
	return casefile.Markings[i-1]
}

// date is a random valid date: any precision, qualifier, range, inference
// and words.
func (g *filler) date() casefile.Date {
	d := casefile.Day(1990+g.r.IntN(35), 1+g.r.IntN(12), 1+g.r.IntN(28))
	switch g.r.IntN(3) {
	case 0:
		d.Day = 0
	case 1:
		d.Month, d.Day = 0, 0
	}
	switch g.r.IntN(4) {
	case 0:
		d.Qualifier = casefile.Qualifiers[g.r.IntN(len(casefile.Qualifiers))]
	case 1: // a range, from its start to a later end
		end := casefile.Day(d.Year+1+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28))
		if g.one(2) {
			end.Day = 0
		}
		if g.one(3) {
			d.Qualifier = casefile.About
		}
		if g.one(3) {
			end.Qualifier = casefile.About
		}
		d = casefile.Range(d, end)
	}
	d.Inferred = g.one(3)
	if g.one(2) {
		d.AsStated = fmt.Sprintf("as stated %d", g.r.IntN(1000))
	}
	return d
}

// claims are two or three dates the case's sources differ on.
func (g *filler) claims() []casefile.DateClaim {
	var out []casefile.DateClaim
	for i := range 2 + g.r.IntN(2) {
		d := g.later(g.date(), i) // not all the same
		out = append(out, casefile.DateClaim{Date: d, Source: g.c.Sources[g.r.IntN(len(g.c.Sources))].ID})
	}
	return out
}

// later is d moved n years on, a range's end with it.
func (g *filler) later(d casefile.Date, n int) casefile.Date {
	d.Year += n
	if d.IsRange() {
		d.To.Year += n
	}
	return d
}

func (g *filler) grading() casefile.Grading {
	var gr casefile.Grading
	if !g.one(4) {
		gr.Reliability = casefile.Reliabilities[g.r.IntN(6)]
	}
	if !g.one(4) {
		gr.Credibility = casefile.Credibilities[g.r.IntN(6)]
	}
	return gr
}

// when is a time with nanoseconds in a zone east or west of UTC: the case
// file keeps it so, and so must the round trip.
func (g *filler) when() time.Time {
	zone := time.FixedZone("", (g.r.IntN(25)-12)*3600)
	return time.Date(2020+g.r.IntN(5), time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1e9), zone)
}

func (g *filler) fill() {
	c := g.c
	c.Created = g.when()
	c.Modified = c.Created.Add(time.Duration(g.r.IntN(1000)) * time.Hour)
	for i := range c.Sources {
		s := &c.Sources[i]
		s.Date = g.date()
		s.Reliability = casefile.Reliabilities[g.r.IntN(6)]
		if g.one(2) {
			s.URL = fmt.Sprintf("https://example.org/%d?q=%d", i, g.r.IntN(99))
		}
		if i == 0 || g.one(2) {
			s.Text = casefile.NewSourceText(fmt.Sprintf("The ministry said “%d” on Wednesday.\nA second paragraph.", g.r.IntN(1e6)), "article.txt", "txt")
			s.Text.Imported = g.when()
		}
	}
	span := func(ct *casefile.Citation) {
		if src, ok := c.Source(ct.Source); ok && src.Text != nil {
			ct.Span = casefile.Span{Start: 4, End: 4 + 1 + g.r.IntN(8)}
		}
	}
	for i := range c.Actors {
		a := &c.Actors[i]
		if g.one(2) {
			a.Chart = &casefile.ChartPos{X: float64(g.r.IntN(2000)) / 3, Y: -float64(g.r.IntN(500)) / 7}
		}
		for j := range a.Sources {
			span(&a.Sources[j])
		}
	}
	if len(c.Actors) > 0 {
		// A state, a hostile group and a group kept with its STIX id, as
		// an import from another platform leaves one.
		c.Actors[0].Kind = casefile.KindState
		c.Actors[0].Name = []string{"Albania", "Iran", "Atlantis"}[g.r.IntN(3)]
		c.Actors = append(c.Actors, casefile.Actor{ID: "intrusion-set--" + uuid5(fmt.Sprint("apt", g.r.Int())), Name: "APT " + fmt.Sprint(g.r.IntN(99)),
			Kind: casefile.KindGroup, Aliases: []string{"Comment Crew"}, Marking: g.marking()})
		c.Relations = append(c.Relations, casefile.Relation{ID: "rel-attack", From: c.Actors[len(c.Actors)-1].ID, To: c.Actors[0].ID,
			Type: casefile.RelAttacked, Start: casefile.Day(2022, 7, 15), Inferred: true, Marking: g.marking()})
		if len(c.Actors) > 2 {
			c.Relations = append(c.Relations, casefile.Relation{ID: "rel-based", From: c.Actors[1].ID, To: c.Actors[0].ID,
				Type: casefile.RelBasedIn, Description: "Based there."})
		}
	}
	for i := range c.Relations {
		r := &c.Relations[i]
		r.Sources = append(r.Sources[:0:0], r.Sources...)
		if g.one(2) {
			r.Start = g.date()
			if r.Start.Qualifier == casefile.Since {
				r.Start.Qualifier = casefile.After
			}
			if g.one(2) {
				r.End = g.later(g.date(), 0)
				if r.End.Qualifier == casefile.Since {
					r.End.Qualifier = casefile.Until
				}
				r.End = g.later(r.End, r.Start.Year+40-r.End.Year) // well after the start
			}
		}
		for j := range r.Sources {
			span(&r.Sources[j])
		}
		r.Inferred = r.Inferred || g.one(3)
		r.Type = casefile.RelationType([]string{string(r.Type), "funds", "attributed to", string(r.Type)}[g.r.IntN(4)])
	}
	for i := range c.Statements {
		s := &c.Statements[i]
		if g.one(3) {
			s.Date, s.Dates = casefile.Date{}, g.claims()
		} else {
			s.Date = g.date()
		}
		s.Grading = g.grading()
		span(&s.Source)
		if g.one(4) {
			s.Quote = "A quote with\ttabs,\nlines, “quotes”, <html> & \\ \u2028 and emoji 🙂"
		}
	}
	for i := range c.Events {
		ev := &c.Events[i]
		if g.one(3) {
			ev.Date, ev.Dates = casefile.Date{}, g.claims()
		} else {
			ev.Date = g.date()
		}
		ev.Inferred = g.one(2)
		ev.Grading = g.grading()
		if g.one(3) {
			ev.Description = ""
		}
		ev.Sources = append(ev.Sources[:0:0], ev.Sources...)
		for j := range ev.Sources {
			span(&ev.Sources[j])
		}
	}
	for i := range c.Notes {
		n := &c.Notes[i]
		n.Author = []string{"", "A. Analyst", "B. Writer"}[g.r.IntN(3)]
		n.Created = g.when()
		n.Modified = n.Created.Add(time.Duration(g.r.IntN(100)) * time.Minute)
		if g.one(4) {
			n.Created, n.Modified = time.Time{}, time.Time{}
		}
	}
	g.kept()
	g.assessment()
	if g.one(2) {
		hex := func() string { return fmt.Sprintf("%064x", g.r.Uint64()) }
		c.Exports = append(c.Exports, casefile.ExportRecord{At: g.when(), File: "briefing.pdf", Format: "pdf",
			Sections: []string{"actors", "statements"}, Limit: g.marking(), SHA256: hex(), Content: hex()})
	}
}

// assessment adds the analyst's judgments, hypotheses and the matrix of
// evidence against them, and the conflicts a merge left.
func (g *filler) assessment() {
	c := g.c
	if g.one(4) {
		return
	}
	var links []casefile.EvidenceLink
	for _, s := range c.Sources {
		links = append(links, casefile.EvidenceLink{Item: s.ID, Kind: casefile.EvidenceSource, Supports: g.one(2)})
	}
	c.Judgments = append(c.Judgments, casefile.Judgment{ID: "jdg1", Text: "The state very likely did it.", Likelihood: casefile.Likelihoods[g.r.IntN(len(casefile.Likelihoods))],
		Confidence: casefile.Confidences[g.r.IntN(len(casefile.Confidences))], Basis: "The sources.", Evidence: links, Marking: g.marking()})
	c.Hypotheses = append(c.Hypotheses, casefile.Hypothesis{ID: "hyp1", Text: "The state did it.", Marking: g.marking()},
		casefile.Hypothesis{ID: "hyp2", Text: "Someone else did."})
	weight := float64(g.r.IntN(20)) / 2
	c.Matrix = append(c.Matrix, casefile.MatrixRow{Item: c.Sources[0].ID, Weight: &weight,
		Ratings: map[string]casefile.Rating{"hyp1": casefile.Consistent, "hyp2": casefile.RatingValues[g.r.IntN(len(casefile.RatingValues))]}})
	if g.one(2) && !g.released { // a case with conflicts is not released
		c.Conflicts = append(c.Conflicts,
			casefile.Conflict{Kind: "case", Field: "title", Base: json.RawMessage(`"Base title"`), Ours: json.RawMessage(`"Our title"`), Theirs: json.RawMessage(`"Their title"`), Both: true},
			casefile.Conflict{Kind: "sources", ID: c.Sources[0].ID, Field: "title", Ours: json.RawMessage(`"Ours"`), Theirs: json.RawMessage(`"Theirs"`)})
	}
}

// kept adds objects an import from another platform would have kept: a
// marked indicator, an unmarked malware, the relationship between them,
// one from the group above to the malware, a TLP 1.0 definition and an
// observable that uses it.
func (g *filler) kept() {
	c := g.c
	if g.one(5) {
		return
	}
	id := func(t string) string { return t + "--" + uuid5(fmt.Sprint(t, g.r.Int())) }
	ind, mal, obs := id("indicator"), id("malware"), id("ipv4-addr")
	tlp := casefile.TLPMarkingID(casefile.Markings[g.r.IntN(c.Marking.Rank())])
	objs := []string{
		`{"type":"indicator","spec_version":"2.1","id":"` + ind + `","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","name":"C2 address","pattern":"[ipv4-addr:value = '198.51.100.3']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z","object_marking_refs":["` + tlp + `"]}`,
		`{"type":"malware","spec_version":"2.1","id":"` + mal + `","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","name":"Poison Ivy","is_family":true}`,
		`{"type":"relationship","spec_version":"2.1","id":"` + id("relationship") + `","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","relationship_type":"indicates","source_ref":"` + ind + `","target_ref":"` + mal + `","object_marking_refs":["` + tlp + `"]}`,
		`{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:GREEN","definition":{"tlp":"green"}}`,
		`{"type":"ipv4-addr","spec_version":"2.1","id":"` + obs + `","value":"198.51.100.3","object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]}`,
	}
	for _, a := range c.Actors {
		if strings.HasPrefix(a.ID, "intrusion-set--") {
			objs = append(objs, `{"type":"relationship","spec_version":"2.1","id":"`+id("relationship")+`","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","relationship_type":"uses","source_ref":"`+a.ID+`","target_ref":"`+mal+`"}`)
		}
	}
	if c.Marking.Rank() < casefile.TLPGreen.Rank() {
		objs = objs[:3] // the observable is GREEN, above a CLEAR case
	}
	for _, o := range objs {
		c.Kept = append(c.Kept, json.RawMessage(o))
	}
}

// TestGeneratorCoversEveryField fails when a field of the case, at any
// depth, holds its zero value in every case fullCase makes: a field added
// to casefile later must be given values here, so that the round trip is
// tested on it (and a field the mapping drops is caught).
func TestGeneratorCoversEveryField(t *testing.T) {
	leaves := map[string]bool{}
	leafPaths(reflect.TypeFor[casefile.Case](), "Case", leaves)
	set := map[string]bool{}
	for seed := range uint64(60) {
		markSet(reflect.ValueOf(fullCase(seed)).Elem(), "Case", set)
	}
	var never []string
	for p := range leaves {
		if !set[p] {
			never = append(never, p)
		}
	}
	sort.Strings(never)
	if len(never) > 0 {
		t.Errorf("fullCase never sets %s; give each a value in gen_test.go so that the STIX round trip covers it", strings.Join(never, ", "))
	}
}

// leafPaths lists the paths of every leaf of t: "Case.Actors[].Chart.X".
func leafPaths(t reflect.Type, path string, out map[string]bool) {
	switch t.Kind() {
	case reflect.Pointer:
		leafPaths(t.Elem(), path, out)
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() {
			out[path] = true
			return
		}
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				leafPaths(f.Type, path+"."+f.Name, out)
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			out[path] = true
			return
		}
		leafPaths(t.Elem(), path+"[]", out)
	case reflect.Map:
		leafPaths(t.Elem(), path+"{}", out)
	default:
		out[path] = true
	}
}

// markSet notes the leaves of v that hold a value.
func markSet(v reflect.Value, path string, set map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			markSet(v.Elem(), path, set)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			if !v.IsZero() {
				set[path] = true
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				markSet(v.Field(i), path+"."+v.Type().Field(i).Name, set)
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if v.Len() > 0 {
				set[path] = true
			}
			return
		}
		for i := range v.Len() {
			markSet(v.Index(i), path+"[]", set)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			markSet(v.MapIndex(k), path+"{}", set)
		}
	default:
		if !v.IsZero() {
			set[path] = true
		}
	}
}

// Every generated case is valid, or the tests on it prove nothing.
func TestGeneratedCasesAreValid(t *testing.T) {
	for seed := range uint64(60) {
		c := fullCase(seed)
		if ps := append(append(c.Validate(), c.CheckKept()...), c.CheckConflicts()...); len(ps) > 0 {
			t.Fatalf("seed %d makes an invalid case: %v", seed, ps)
		}
	}
}
