package stix

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Export writes the case as a STIX 2.1 bundle: the case as a report whose
// object_refs hold everything in it, actors as identities (a state with
// its country's location), threat actors or intrusion sets, relations as
// relationships, statements and notes as notes, events as OpenCTI's event
// objects (event.go), sources as external references, and the objects
// kept from an import as they came.
// Every object carries its TLP 2.0 marking and Casefile's extension, and
// ids are UUIDv5s of the case's and the items' ids: the same case always
// gives the same bytes.
//
// For a releasable export, c is the copy export.Releasable made, with
// casefile.ReleaseKept applied: the bundle holds what the copy holds, and
// of the kept objects only those its limit allows.
func Export(c *casefile.Case) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(estimate(c))
	if err := ExportTo(&b, c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ExportTo writes the bundle Export makes to out, a piece at a time.
func ExportTo(out io.Writer, c *casefile.Case) error {
	e := newExporter(c)
	e.out = out
	return e.bundle()
}

// exporter writes one bundle.
type exporter struct {
	c   *casefile.Case
	w   jsonWriter
	x   *extEncoder
	out io.Writer
	err error // the first error writing to out

	created, modified string // the case's times, for items that have none
	reportID          string
	analystID         string

	actorIDs   map[string]string // actor id -> the id of the object standing for it
	actorTypes map[string]string // actor id -> that object's type
	stateParts map[string][2]string
	stAt       map[string]int // a statement's id -> its place
	eventIDs   map[string]string
	sources    map[string]*casefile.Source
	cites      map[string]citeParts // by source id; only read once made
	// By an actor's id, its place in the case; by that place, its
	// object's id, name and marking (the statements' hot path).
	actorAt    map[string]int
	actorRefs  []string
	actorNames []string
	actorMarks []casefile.Marking
	// By a statement's place, its object's id and marking.
	stRefs  []string
	stMarks []casefile.Marking
	// By a relation's, note's and event's place, its object's id (and an
	// event's, by its actor's place, the id of the relationship from the
	// actor to it, "" for none): each a SHA-1, made once for all the
	// places that name it.
	relIDs, noteIDs []string
	eventLinks      [][]string
	// marks are each item's marking as a release treats it (its own or
	// the case's, lifted to what it depends on), by id: what its object
	// carries.
	marks map[string]casefile.Marking

	// dateTexts are the words of dates the statements' abstracts give,
	// made once each (a writer of statements has its own).
	dateTexts map[uint64]string // by dateKey

	used [6]bool // markings used, by rank
	kept []keptOut
	// keptLinks are the pairs of objects a kept relationship joins
	// (linkKey), which the export does not join again.
	keptLinks map[string]bool
}

// keptOut is a kept object as the bundle writes it.
type keptOut struct {
	raw      []byte
	id       string
	unmarked bool // marked with the case's marking by the export
}

func newExporter(c *casefile.Case) *exporter {
	e := &exporter{c: c, x: newExtEncoder(),
		actorIDs: make(map[string]string, len(c.Actors)), actorTypes: make(map[string]string, len(c.Actors)),
		stateParts: map[string][2]string{}, stAt: make(map[string]int, len(c.Statements)),
		eventIDs: make(map[string]string, len(c.Events)), sources: make(map[string]*casefile.Source, len(c.Sources)),
		dateTexts: map[uint64]string{}}
	created, modified := c.Created, c.Modified
	if created.IsZero() {
		created = modified
	}
	if modified.Before(created) {
		modified = created
	}
	e.created, e.modified = stamp(created), stamp(modified)
	e.reportID = objectID("report", c.ID, "case", c.ID)
	if strings.TrimSpace(c.Analyst) != "" {
		e.analystID = objectID("identity", c.ID, "analyst", c.ID)
	}
	e.cites = make(map[string]citeParts, len(c.Sources))
	for i := range c.Sources {
		e.sources[c.Sources[i].ID] = &c.Sources[i]
		e.cites[c.Sources[i].ID] = e.makeCiteParts(&c.Sources[i])
	}
	hostile := hostileGroups(c)
	for _, a := range c.Actors {
		typ := actorType(a, hostile)
		e.actorTypes[a.ID] = typ
		e.actorIDs[a.ID] = objectID(typ, c.ID, "actor", a.ID)
		if a.Kind == casefile.KindState {
			if typ == "location" {
				e.stateParts[a.ID] = [2]string{objectID("identity", c.ID, "state-identity", a.ID), e.actorIDs[a.ID]}
			} else {
				e.stateParts[a.ID] = [2]string{e.actorIDs[a.ID], objectID("location", c.ID, "state-location", a.ID)}
			}
		}
	}
	e.stRefs = make([]string, len(c.Statements))
	parallel(len(c.Statements), 1024, func(lo, hi int) { // a SHA-1 each
		for i := lo; i < hi; i++ {
			e.stRefs[i] = objectID("note", c.ID, "statement", c.Statements[i].ID)
		}
	})
	for i, s := range c.Statements {
		e.stAt[s.ID] = i
	}
	for _, ev := range c.Events {
		e.eventIDs[ev.ID] = objectID(eventType, c.ID, "event", ev.ID)
	}
	e.relIDs = make([]string, len(c.Relations))
	for i, r := range c.Relations {
		e.relIDs[i] = objectID("relationship", c.ID, "relation", r.ID)
	}
	e.noteIDs = make([]string, len(c.Notes))
	for i, n := range c.Notes {
		e.noteIDs[i] = objectID("note", c.ID, "note", n.ID)
	}
	e.eventLinks = make([][]string, len(c.Events))
	for i, ev := range c.Events {
		e.eventLinks[i] = make([]string, len(ev.Actors))
		for j, a := range ev.Actors {
			if e.actorIDs[a] != "" {
				e.eventLinks[i][j] = e.eventActorID(ev.ID, a)
			}
		}
	}
	e.liftMarkings()
	return e
}

// liftMarkings gives every item the marking a release gives it, as
// casefile's RelationMarking, StatementMarking and NoteMarking do, by
// maps rather than by their searches of the case.
func (e *exporter) liftMarkings() {
	c := e.c
	e.actorAt = make(map[string]int, len(c.Actors))
	e.actorRefs = make([]string, len(c.Actors))
	e.actorNames = make([]string, len(c.Actors))
	e.actorMarks = make([]casefile.Marking, len(c.Actors))
	e.marks = make(map[string]casefile.Marking, len(c.Actors)+len(c.Relations)+len(c.Events)+len(c.Notes))
	for i, a := range c.Actors {
		e.actorAt[a.ID] = i
		e.actorRefs[i], e.actorNames[i], e.actorMarks[i] = e.actorIDs[a.ID], a.Name, c.EffectiveMarking(a.Marking)
		e.marks[a.ID] = e.actorMarks[i]
	}
	actor := func(id string) casefile.Marking { return e.marks[id] } // "" for no actor
	for _, r := range c.Relations {
		e.marks[r.ID] = c.EffectiveMarking(r.Marking).Max(actor(r.From)).Max(actor(r.To))
	}
	e.stMarks = make([]casefile.Marking, len(c.Statements))
	for i, s := range c.Statements {
		m := c.EffectiveMarking(s.Marking)
		if a, ok := e.actorAt[s.Speaker]; ok {
			m = m.Max(e.actorMarks[a])
		}
		e.stMarks[i] = m
	}
	for _, ev := range c.Events {
		e.marks[ev.ID] = c.EffectiveMarking(ev.Marking)
	}
	for _, n := range c.Notes {
		m := c.EffectiveMarking(n.Marking)
		switch n.Target.Kind {
		case casefile.OnCase:
		case casefile.OnStatement:
			if i, ok := e.stAt[n.Target.ID]; ok {
				m = m.Max(e.stMarks[i])
			}
		default:
			m = m.Max(e.marks[n.Target.ID])
		}
		e.marks[n.ID] = m
	}
}

// actorRef is the id of the object standing for an actor, and its name;
// "" for no actor.
func (e *exporter) actorRef(id string) (ref, name string) {
	if i, ok := e.actorAt[id]; ok {
		return e.actorRefs[i], e.actorNames[i]
	}
	return "", ""
}

// stamp is a STIX timestamp: UTC, to the millisecond; the zero time is the
// Unix epoch, since every object needs one.
func stamp(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// hostileGroups says which groups the case shows to be hostile, and as
// what: a group that attacked someone is an intrusion set, one that
// someone designates a terrorist a threat actor.
func hostileGroups(c *casefile.Case) map[string]string {
	groups := map[string]bool{}
	for _, a := range c.Actors {
		if a.Kind == casefile.KindGroup {
			groups[a.ID] = true
		}
	}
	h := map[string]string{}
	for _, r := range c.Relations {
		switch {
		case r.Type == casefile.RelAttacked && groups[r.From]:
			h[r.From] = "intrusion-set"
		case r.Type == casefile.RelDesignatesTerrorist && groups[r.To] && h[r.To] == "":
			h[r.To] = "threat-actor"
		}
	}
	return h
}

// actorType is the STIX type of the object standing for an actor: the
// type of its id when it came from a bundle as one that stands for an
// actor, else threat-actor or intrusion-set for a hostile group, else
// identity (a state's country location comes beside it).
func actorType(a casefile.Actor, hostile map[string]string) string {
	switch t := casefile.STIXType(a.ID); t {
	case "identity", "threat-actor", "intrusion-set", "campaign":
		return t
	case "location":
		if a.Kind == casefile.KindState {
			return t
		}
	}
	if h := hostile[a.ID]; h != "" && a.Kind == casefile.KindGroup {
		return h
	}
	return "identity"
}

// bundle writes the whole bundle, one object a line.
func (e *exporter) bundle() error {
	c := e.c
	e.collectMarkings()
	e.collectKept()
	w := &e.w
	w.b = newChunkBuffer(2 * flushAt)
	defer func() { chunkBuffers.Put(&w.b) }()
	w.b = append(w.b, `{"type":"bundle","id":"bundle--`...)
	w.b = append(w.b, uuid5("bundle\x00"+c.ID+"\x00"+e.modified)...)
	w.b = append(w.b, `","objects":[`...)
	w.comma = false
	e.line()
	writeExtensionDefinition(w)
	for rank, used := range e.used {
		if used {
			e.line()
			writeTLP2(w, casefile.Markings[rank-1])
		}
	}
	e.line()
	if err := e.report(); err != nil {
		return err
	}
	if e.analystID != "" {
		e.line()
		e.analyst()
	}
	for i := range c.Actors {
		if err := e.actor(&c.Actors[i]); err != nil {
			return err
		}
	}
	for i := range c.Relations {
		if err := e.relation(i); err != nil {
			return err
		}
	}
	if err := e.statements(); err != nil {
		return err
	}
	for i := range c.Events {
		if err := e.event(i); err != nil {
			return err
		}
	}
	for i := range c.Notes {
		if err := e.note(i); err != nil {
			return err
		}
	}
	for i := range c.Judgments {
		e.judgment(&c.Judgments[i])
	}
	for _, k := range e.kept {
		e.line()
		w.raw(k.raw)
	}
	w.b = append(w.b, "\n]}\n"...)
	e.flush()
	return e.err
}

// flushAt is how much of the bundle the exporter holds before it writes
// it out.
const flushAt = 256 << 10

func (e *exporter) flush() {
	if e.err == nil && len(e.w.b) > 0 {
		_, e.err = e.out.Write(e.w.b)
	}
	e.w.b = e.w.b[:0]
}

// estimate is about how many bytes the bundle takes, to allocate once.
func estimate(c *casefile.Case) int {
	n := 1500*(len(c.Actors)+len(c.Relations)+len(c.Events)+len(c.Notes)) + statementsSize(c.Statements)
	for _, ev := range c.Events {
		n += 2 * len(ev.Description)
	}
	for _, nt := range c.Notes {
		n += len(nt.Body)
	}
	for _, k := range c.Kept {
		n += len(k)
	}
	return n
}

// statementsSize is about how many bytes the statements' objects take.
func statementsSize(ss []casefile.Statement) int {
	n := 1700 * len(ss)
	for _, s := range ss {
		n += len(s.Quote) + len(s.Context) + 2*len(s.Title)
	}
	return n
}

// line starts the next object on a line of its own.
func (e *exporter) line() {
	if len(e.w.b) >= flushAt {
		e.flush()
	}
	if e.w.comma {
		e.w.b = append(e.w.b, ',')
	}
	e.w.b = append(e.w.b, '\n')
	e.w.comma = false
}

// collectMarkings notes every marking an object will carry, so that the
// bundle defines each.
func (e *exporter) collectMarkings() {
	c := e.c
	use := func(m casefile.Marking) {
		if m.Valid() {
			e.used[m.Rank()] = true
		}
	}
	use(c.Marking)
	use(c.EffectiveMarking(c.TitleMarking))
	if c.Summary != "" {
		use(c.EffectiveMarking(c.SummaryMarking))
	}
	for _, m := range e.marks {
		use(m)
	}
	for _, m := range e.stMarks {
		use(m)
	}
	for _, j := range c.Judgments {
		use(c.EffectiveMarking(j.Marking))
	}
}

// header writes an object's first properties.
// All are plain (Casefile's own words, ids and timestamps), and every
// object has them: they go in as few appends as may be.
func (e *exporter) header(typ, id, created, modified string) {
	w := &e.w
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(append(w.b, `{"type":"`...), typ...)
	w.b = append(append(w.b, `","spec_version":"2.1","id":"`...), id...)
	w.b = append(append(w.b, `","created":"`...), created...)
	w.b = append(append(w.b, `","modified":"`...), modified...)
	w.b = append(w.b, '"')
	w.comma = true
}

// marking writes object_marking_refs for m.
func (e *exporter) marking(m casefile.Marking) {
	if id := casefile.TLPMarkingID(m); id != "" {
		w := &e.w
		if w.comma {
			w.b = append(w.b, ',')
		}
		w.b = append(append(w.b, `"object_marking_refs":["`...), id...)
		w.b = append(w.b, `"]`...)
		w.comma = true
	}
}

// extensionSchema is what the extension-definition says of the extension.
const extensionSchema = `Casefile's own properties of an object, in its entry named for what the object stands for: ` +
	`"case" (on the report), "actor", "relation", "statement", "event" or "note", each holding the item's fields in the ` +
	`Casefile case file format (docs/case-format.md) but those the standard properties hold: an actor's name and ` +
	`description, a statement's quote (content), a note's body (content), the case's title (name), summary ` +
	`(description), marking and items. "part_of" marks an object that belongs to another item (a state's country ` +
	`location, the analyst's identity, the relationship from an event's actor to it). On the report, "kept" lists the objects the case keeps verbatim from an import ` +
	`and "kept_unmarked" those of them the export marked with the case's marking, which they take in the case. ` +
	`docs/stix.md in the Casefile sources gives the mapping.`

// writeExtensionDefinition writes the definition of Casefile's extension.
func writeExtensionDefinition(w *jsonWriter) {
	w.open('{')
	w.strField("type", "extension-definition")
	w.strField("spec_version", "2.1")
	w.strField("id", extensionID)
	w.strField("created", "2025-01-01T00:00:00.000Z")
	w.strField("modified", "2025-01-01T00:00:00.000Z")
	w.strField("name", "Casefile")
	w.strField("description", "What a Casefile case holds that STIX 2.1 has no property for: a date's precision, qualifier and "+
		"inference, the dates sources differ on, a statement's channel and what it responds to, Admiralty gradings, "+
		"portion markings and the analyst's own notes.")
	w.strField("schema", extensionSchema)
	w.strField("version", "1.0.0")
	w.strList("extension_types", []string{"property-extension"})
	w.close('}')
}

// collectKept prepares the kept objects: compact, each marked with the
// case's marking when it has no TLP marking of its own (a reader must not
// take it for unrestricted), and without those a release may not hold or
// that refer to an object the bundle does not hold (an item deleted since
// the import).
func (e *exporter) collectKept() {
	c := e.c
	if len(c.Kept) == 0 {
		return
	}
	defs := c.KeptDefinitions()
	objs := make([]casefile.KeptObject, 0, len(c.Kept))
	raws := make([][]byte, 0, len(c.Kept))
	have := e.objectIDs()
	for _, raw := range c.Kept {
		o, err := casefile.ParseKept(raw, defs)
		if err != nil || have[o.ID] || casefile.IsTLP2MarkingID(o.ID) {
			continue
		}
		if c.Release != nil && !o.IsMarkingDefinition() && (o.TLP == "" || o.TLP.Rank() > c.Release.Limit.Rank()) {
			continue // casefile.ReleaseKept marks each; one it did not is not for this release
		}
		objs = append(objs, o)
		raws = append(raws, raw)
		have[o.ID] = true
	}
	// Leave out what refers to what is not there, until nothing does.
	out := make([]bool, len(objs))
	for changed := true; changed; {
		changed = false
		for i, o := range objs {
			if out[i] {
				continue
			}
			for _, ref := range o.Refs {
				if !have[ref] {
					out[i], changed = true, true
					delete(have, o.ID)
					break
				}
			}
		}
	}
	for i, o := range objs {
		if out[i] {
			continue
		}
		k := keptOut{id: o.ID}
		raw := compactJSON(nil, raws[i])
		if o.TLP == "" && !o.IsMarkingDefinition() {
			raw = markKept(raw, c.Marking)
			k.unmarked = true
			e.used[c.Marking.Rank()] = true
		}
		for _, ref := range o.MarkingRefs {
			if casefile.IsTLP2MarkingID(ref) {
				m, _ := casefile.TLPOfMarkingID(ref)
				e.used[m.Rank()] = true
			}
		}
		k.raw = compactJSON(nil, raw)
		e.kept = append(e.kept, k)
		if o.Type == "relationship" {
			e.linkKept(raws[i])
		}
	}
}

// linkKept notes the pair of objects a kept relationship joins.
func (e *exporter) linkKept(raw []byte) {
	var r struct {
		Source string `json:"source_ref"`
		Target string `json:"target_ref"`
	}
	if json.Unmarshal(raw, &r) == nil {
		if e.keptLinks == nil {
			e.keptLinks = map[string]bool{}
		}
		e.keptLinks[linkKey(r.Source, r.Target)] = true
	}
}

// objectIDs is the id of every object the bundle writes for the case's
// items.
func (e *exporter) objectIDs() map[string]bool {
	c := e.c
	have := make(map[string]bool, 2*(len(c.Actors)+len(c.Relations)+len(c.Statements)+len(c.Events)+len(c.Notes))+8)
	have[e.reportID], have[extensionID] = true, true
	if e.analystID != "" {
		have[e.analystID] = true
	}
	for rank, used := range e.used {
		if used {
			have[casefile.TLPMarkingID(casefile.Markings[rank-1])] = true
		}
	}
	for _, id := range e.actorIDs {
		have[id] = true
	}
	for _, p := range e.stateParts {
		have[p[0]], have[p[1]] = true, true
		have[e.locatedAtID(p)] = true
	}
	for _, id := range e.relIDs {
		have[id] = true
	}
	for _, id := range e.stRefs {
		have[id] = true
	}
	for _, id := range e.eventIDs {
		have[id] = true
	}
	for _, links := range e.eventLinks {
		for _, id := range links {
			have[id] = true
		}
	}
	for _, id := range e.noteIDs {
		have[id] = true
	}
	for _, j := range c.Judgments {
		have[e.judgmentID(j)] = true
	}
	return have
}

func (e *exporter) judgmentID(j casefile.Judgment) string {
	return objectID("note", e.c.ID, "judgment", j.ID)
}

func (e *exporter) locatedAtID(parts [2]string) string {
	return objectID("relationship", e.c.ID, "state-located-at", parts[0])
}

// report writes the case as a report.
func (e *exporter) report() error {
	c := e.c
	w := &e.w
	e.header("report", e.reportID, e.created, e.modified)
	if e.analystID != "" {
		w.strField("created_by_ref", e.analystID)
	}
	w.strField("name", c.Title)
	w.optStr("description", c.Summary)
	w.strList("report_types", []string{"threat-report"})
	w.strField("published", e.modified)
	w.optStrList("labels", c.Tags)
	w.key("object_refs")
	w.open('[')
	n := 0
	ref := func(id string) {
		if len(w.b) >= flushAt { // a large case's report names a hundred thousand objects
			e.flush()
		}
		w.plain(id)
		n++
	}
	if e.analystID != "" {
		ref(e.analystID)
	}
	for _, a := range c.Actors {
		primary := e.actorIDs[a.ID]
		ref(primary)
		if p, ok := e.stateParts[a.ID]; ok {
			other := p[1]
			if other == primary {
				other = p[0]
			}
			ref(other)
			ref(e.locatedAtID(p))
		}
	}
	for _, id := range e.relIDs {
		ref(id)
	}
	for _, id := range e.stRefs {
		ref(id)
	}
	for i, ev := range c.Events {
		ref(e.eventIDs[ev.ID])
		for j, a := range ev.Actors {
			if id := e.eventLinks[i][j]; id != "" && (len(e.keptLinks) == 0 || !e.keptLinks[linkKey(e.actorIDs[a], e.eventIDs[ev.ID])]) {
				ref(id)
			}
		}
	}
	for _, id := range e.noteIDs {
		ref(id)
	}
	for _, j := range c.Judgments {
		ref(e.judgmentID(j))
	}
	for _, k := range e.kept {
		ref(k.id)
	}
	if n == 0 {
		ref(extensionID) // object_refs may not be empty; a case with no items has only this
	}
	w.close(']')
	e.marking(c.Marking)
	var granular [][2]string
	if m := c.EffectiveMarking(c.TitleMarking); m != c.Marking {
		granular = append(granular, [2]string{casefile.TLPMarkingID(m), "name"})
		if len(c.Tags) > 0 {
			granular = append(granular, [2]string{casefile.TLPMarkingID(m), "labels"})
		}
	}
	if m := c.EffectiveMarking(c.SummaryMarking); c.Summary != "" && m != c.Marking {
		granular = append(granular, [2]string{casefile.TLPMarkingID(m), "description"})
	}
	if len(granular) > 0 {
		w.key("granular_markings")
		w.open('[')
		for _, g := range granular {
			w.open('{')
			w.strField("marking_ref", g[0])
			w.strList("selectors", []string{g[1]})
			w.close('}')
		}
		w.close(']')
	}
	if len(c.Sources) > 0 {
		w.key("external_references")
		w.open('[')
		for i := range c.Sources {
			e.sourceReference(&c.Sources[i], false, "")
		}
		w.close(']')
	}
	var ids, unmarked []string
	for _, k := range e.kept {
		ids = append(ids, k.id)
		if k.unmarked {
			unmarked = append(unmarked, k.id)
		}
	}
	err := e.x.writeExtension(w, extCase, reflect.ValueOf(c).Elem(), caseFields, func() {
		w.optStrList(extKept, ids)
		w.optStrList(extKeptUnmarked, unmarked)
	})
	w.close('}')
	return err
}

// analyst writes the identity of the case's analyst, who made the report.
func (e *exporter) analyst() {
	w := &e.w
	e.header("identity", e.analystID, e.created, e.modified)
	w.strField("name", e.c.Analyst)
	w.strField("identity_class", "individual")
	w.strList("roles", []string{"analyst"})
	e.marking(e.c.Marking)
	writePartOf(w, e.c.ID, "analyst")
	w.close('}')
}

// sourceReference writes an external reference to a source: in full for
// the report's list, and as a citation, at a place in it (locator), for
// an item.
func (e *exporter) sourceReference(s *casefile.Source, cited bool, locator string) {
	w := &e.w
	w.open('{')
	name := strings.TrimSpace(s.Publisher)
	if name == "" {
		name = strings.TrimSpace(s.Title)
	}
	if name == "" || name == "cve" || name == "capec" {
		name += " (source)" // those two name registries whose references need their ids
	}
	w.strField("source_name", name)
	desc := s.Title
	switch {
	case cited:
		if locator != "" {
			desc += ", " + locator
		}
	default: // the report lists each source in full
		if !s.Date.IsZero() {
			desc += " (" + s.Date.String() + ")"
		}
		if s.Reliability != "" {
			desc += "; source reliability " + string(s.Reliability) + " — " + strings.ToLower(s.Reliability.Label()[:1]) + s.Reliability.Label()[1:]
		}
		if s.Description != "" {
			desc += ". " + s.Description
		}
	}
	w.strField("description", desc)
	w.optStr("url", s.URL)
	if s.Text != nil && len(s.Text.SHA256) == 64 {
		w.key("hashes")
		w.open('{')
		w.strField("SHA-256", s.Text.SHA256)
		w.close('}')
	}
	w.close('}')
}

// citations writes external_references for an item's citations.
func (e *exporter) citations(cs ...casefile.Citation) {
	w := &e.w
	n := 0
	for _, ct := range cs {
		p, ok := e.cites[ct.Source]
		if !ok {
			continue
		}
		if n == 0 {
			w.key("external_references")
			w.open('[')
		}
		n++
		if w.comma {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, p.head...)
		if ct.Locator != "" {
			w.b = append(w.b, ", "...)
			w.b = appendStringBody(w.b, ct.Locator)
		}
		w.b = append(w.b, p.tail...)
		w.comma = true
	}
	if n > 0 {
		w.close(']')
	}
}

// citeParts are a source's external reference as a citation writes it:
// all but the locator, which goes between head and tail.
type citeParts struct{ head, tail []byte }

// makeCiteParts makes a source's parts once, for every citation of it, by
// writing the reference with a marker for the locator.
func (e *exporter) makeCiteParts(s *casefile.Source) citeParts {
	w := jsonWriter{}
	saved := e.w
	e.w = w
	e.sourceReference(s, true, "\x00")
	b := e.w.b
	e.w = saved
	// The description ends in the marker; the url and hashes after it
	// cannot hold one.
	cut := bytes.LastIndex(b, []byte(`, \u0000`))
	return citeParts{head: b[:cut], tail: b[cut+len(`, \u0000`):]}
}

// grading writes an Admiralty grading as STIX's confidence (by the STIX
// 2.1 Admiralty Credibility mapping), OpenCTI's reliability and MISP's
// admiralty-scale tags.
func (e *exporter) grading(g casefile.Grading) {
	w := &e.w
	cred := int(g.Credibility)
	if cred < 0 || cred >= len(confidence) {
		cred = 0
	}
	if conf := confidence[cred]; conf != 0 {
		w.intField("confidence", conf)
	}
	rel := reliabilityIndex(g.Reliability)
	if rel >= 0 {
		w.plainField("x_opencti_reliability", openCTIReliability[rel])
	}
	if rel < 0 && cred == 0 {
		return
	}
	w.key("labels")
	w.open('[')
	if rel >= 0 {
		w.raw(mispReliability[rel])
	}
	if cred != 0 {
		w.raw(mispCredibility[cred])
	}
	w.close(']')
}
