package stix

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Events go as OpenCTI's own event objects, which OpenCTI both writes
// (opencti-graphql, modules/event/event-converter.ts: name, description,
// event_types, start_time, stop_time, aliases, and its extension's
// new-sdo entry) and imports (client-python, pycti/entities/
// opencti_event.py: name, which it requires, description, aliases,
// event_types, start_time, stop_time, with the creator, markings, labels
// and external references). OpenCTI links an event to what it involves by
// relationships, having no property for it, and allows related-to between
// any two of its objects (checkStixCoreRelationshipMapping): an event's
// actors are related-to relationships from each actor to it.
//
// An import makes an event of any event object that refers to nothing but
// the organisations OpenCTI shares it with: OpenCTI's, and OASIS's event of
// the incident extension when it refers to no sighting or changed object
// (then it is kept, whole). The end of that one is end_time.

const (
	eventType = "event"
	// openCTIExtension is OpenCTI's extension-definition, which declares
	// its own object types (event among them) and properties; OpenCTI's
	// exports name it without holding it.
	openCTIExtension = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
)

// openCTIUntilEnd is the time OpenCTI writes for an end it does not know.
var openCTIUntilEnd = time.Date(5138, 11, 16, 9, 46, 40, 0, time.UTC)

// event writes the event at place i as OpenCTI's event object, and a
// relationship from each of its actors to it.
func (e *exporter) event(i int) error {
	w, ev := &e.w, &e.c.Events[i]
	id := e.eventIDs[ev.ID]
	e.line()
	e.header(eventType, id, e.created, e.modified)
	w.strField("name", ev.Title)
	w.optStr("description", eventDescription(e.c, ev))
	start, stop := eventTimes(ev.Date)
	w.optStr("start_time", start)
	w.optStr("stop_time", stop)
	e.grading(ev.Grading)
	e.citations(ev.Sources...)
	e.marking(e.marks[ev.ID])
	w.key("extensions")
	w.open('{')
	w.key(openCTIExtension)
	w.open('{')
	w.plainField("extension_type", "new-sdo")
	w.close('}')
	err := e.x.writeEntry(w, extEvent, reflect.ValueOf(ev).Elem(), eventFields, nil)
	w.close('}')
	w.close('}')
	if err != nil {
		return err
	}
	for j, a := range ev.Actors {
		ref := e.actorIDs[a]
		if ref == "" || len(e.keptLinks) > 0 && e.keptLinks[linkKey(ref, id)] {
			continue // an actor a release left out; a kept relationship links them already
		}
		e.line()
		e.header("relationship", e.eventLinks[i][j], e.created, e.modified)
		w.plainField("relationship_type", "related-to")
		w.plainField("source_ref", ref)
		w.plainField("target_ref", id)
		// It says the actor took part: as restricted as either.
		e.marking(e.marks[ev.ID].Max(e.marks[a]))
		writePartOf(w, ev.ID, "event-actor")
		w.close('}')
	}
	return nil
}

// eventActorID is the id of the relationship from an event's actor to it.
func (e *exporter) eventActorID(event, actor string) string {
	return objectID("relationship", e.c.ID, "event-actor", event+"\x00"+actor)
}

// linkKey names the pair of objects a relationship joins, either way.
func linkKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

// eventTimes are an event's start_time and stop_time: the first moment
// its date can denote and the last (the end of its last day, so that a
// reader who takes the day of each gets the date back), each left out when
// the date leaves that side open or is not known (as when the sources
// differ on it).
func eventTimes(d casefile.Date) (start, stop string) {
	if d.IsZero() || d.Check() != nil {
		return "", ""
	}
	if d.StartBound() != casefile.BoundOpen {
		start = stamp(d.Earliest())
	}
	if d.EndBound() != casefile.BoundOpen {
		stop = stamp(d.Latest().AddDate(0, 0, 1).Add(-time.Millisecond))
	}
	return start, stop
}

// eventDescription is an event's description, ending in its date in words
// when the times cannot say it (a date about, after or until another, or
// the dates the sources differ on).
func eventDescription(c *casefile.Case, ev *casefile.Event) string {
	d := ev.Date
	firm := len(ev.Dates) == 0 && d.StartBound() == casefile.BoundFirm && d.EndBound() == casefile.BoundFirm
	if firm || d.IsZero() && len(ev.Dates) == 0 {
		return ev.Description
	}
	line := "Date: " + ev.DateText(c) + "."
	if ev.Description == "" {
		return line
	}
	return ev.Description + "\n\n" + line
}

// isImportableEvent reports whether an event object refers to nothing
// but the organisations OpenCTI shares it with, so that an event of
// Casefile's holds all it says.
func isImportableEvent(p *parsed) bool {
	k, err := casefile.ParseKept(p.raw, nil)
	if err != nil {
		return false
	}
	granted := p.o.Granted
	if x := p.o.Extensions.OpenCTI; x != nil {
		granted = append(slices.Clip(granted), x.Granted...)
	}
	for _, ref := range k.Refs {
		if !slices.Contains(granted, ref) {
			return false
		}
	}
	return true
}

// event is the event an object stands for.
func (b *builder) event(p *parsed) casefile.Event {
	o := &p.o
	if p.ext == extEvent {
		ev := *o.Extensions.Casefile.Event
		b.own(ev.ID, ev.Marking)
		return ev
	}
	ev := casefile.Event{ID: o.ID, Title: strings.TrimSpace(o.Name), Description: o.Description,
		Date: eventDate(o.StartTime, cmp.Or(o.StopTime, o.EndTime))}
	if ev.Title == "" {
		ev.Title = "Untitled event"
		if line, _, _ := strings.Cut(strings.TrimSpace(o.Description), "\n"); line != "" {
			ev.Title = clipText(strings.TrimSpace(line), 120)
		}
	}
	ev.Sources = b.cite(o.References.references())
	ev.Grading = gradingOf(o)
	ev.Marking = b.marking(p)
	b.drop(p, "name", "description", "start_time", "stop_time", "end_time", "external_references", "x_opencti_reliability")
	return ev
}

// eventDate is the date an event's times give: the day of each, a range
// when they differ, "until" the end when only that is known.
func eventDate(start, stop string) casefile.Date {
	s, e := dateOf(start), dateOf(stop)
	switch {
	case e.IsZero():
		return s
	case s.IsZero():
		e.Qualifier = casefile.Until
		return e
	case !e.Earliest().After(s.Earliest()):
		return s
	}
	return casefile.Range(s, e)
}

// eventActor adds the actor at one end of a relationship to the event at
// the other, when it joins the two.
func (b *builder) eventActor(from, to itemRef) {
	if from.kind == extEvent {
		from, to = to, from
	}
	i, ok := b.eventAt[to.id]
	if from.kind != extActor || to.kind != extEvent || !ok {
		return
	}
	if ev := &b.c.Events[i]; !slices.Contains(ev.Actors, from.id) {
		ev.Actors = append(ev.Actors, from.id)
	}
}

// gradingOf is the Admiralty grading an object gives in OpenCTI's
// reliability ("B - Usually reliable") and MISP's admiralty-scale tags.
func gradingOf(o *object) casefile.Grading {
	var g casefile.Grading
	if r, _, _ := strings.Cut(strings.TrimSpace(o.OCTIReliability), " "); reliabilityIndex(casefile.Reliability(r)) >= 0 {
		g.Reliability = casefile.Reliability(r)
	}
	for _, l := range o.Labels.strings() {
		if v, ok := strings.CutPrefix(l, `admiralty-scale:source-reliability="`); ok && g.Reliability == "" {
			if r := casefile.Reliability(strings.ToUpper(strings.TrimSuffix(v, `"`))); reliabilityIndex(r) >= 0 {
				g.Reliability = r
			}
		}
		if v, ok := strings.CutPrefix(l, `admiralty-scale:information-credibility="`); ok && len(v) == 2 && v[0] >= '1' && v[0] <= '6' {
			g.Credibility = casefile.Credibility(v[0] - '0')
		}
	}
	return g
}

// clipText cuts a text to at most n bytes, at a character's start.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
