package stix

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// identityClass is the STIX identity class of an actor kind.
func identityClass(k casefile.ActorKind) string {
	switch k {
	case casefile.KindPerson:
		return "individual"
	case casefile.KindGroup:
		return "group"
	}
	return "organization"
}

// countryCode is the ISO 3166-1 code of a state by its name, or the name
// itself when Casefile does not know it (STIX asks for the code, but takes
// any text).
func countryCode(a *casefile.Actor) string {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if code := countryCodes[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(n, "the ")))]; code != "" {
			return code
		}
		if len(n) == 2 && countryNames[strings.ToUpper(n)] != "" {
			return strings.ToUpper(n)
		}
	}
	return a.Name
}

// actor writes an actor's object and, for a state, its country's location
// and the relationship between them.
func (e *exporter) actor(a *casefile.Actor) error {
	w := &e.w
	typ, id := e.actorTypes[a.ID], e.actorIDs[a.ID]
	m := e.marks[a.ID]
	government := a.Kind == casefile.KindState || a.Kind == casefile.KindGovernmentBody
	e.line()
	e.header(typ, id, e.created, e.modified)
	w.strField("name", a.Name)
	w.optStr("description", a.Description)
	switch typ {
	case "identity":
		w.plainField("identity_class", identityClass(a.Kind))
		if government {
			w.strList("sectors", []string{"government-national"})
		}
		if a.Role != "" {
			w.strList("roles", []string{a.Role})
		}
		w.optStrList("x_opencti_aliases", a.Aliases)
	case "threat-actor":
		w.optStrList("aliases", a.Aliases)
		if a.Role != "" {
			w.strList("roles", []string{a.Role})
		}
	case "intrusion-set", "campaign":
		w.optStrList("aliases", a.Aliases)
	case "location":
		w.strField("country", countryCode(a))
		w.optStrList("x_opencti_aliases", a.Aliases)
	}
	e.citations(a.Sources...)
	e.marking(m)
	if err := e.x.writeExtension(w, extActor, reflect.ValueOf(a).Elem(), actorFields, nil); err != nil {
		return err
	}
	w.close('}')
	if p, ok := e.stateParts[a.ID]; ok {
		e.line()
		if typ == "location" {
			e.header("identity", p[0], e.created, e.modified)
			w.strField("name", a.Name)
			w.strField("identity_class", "organization")
			w.strList("sectors", []string{"government-national"})
			e.marking(m)
			writePartOf(w, a.ID, "state")
		} else {
			e.header("location", p[1], e.created, e.modified)
			w.strField("name", a.Name)
			w.strField("country", countryCode(a))
			e.marking(m)
			writePartOf(w, a.ID, "country")
		}
		w.close('}')
		e.line()
		e.header("relationship", e.locatedAtID(p), e.created, e.modified)
		w.strField("relationship_type", "located-at")
		w.strField("source_ref", p[0])
		w.strField("target_ref", p[1])
		e.marking(m)
		writePartOf(w, a.ID, "located-at")
		w.close('}')
	}
	return nil
}

// knownRelationships are the relationship types STIX 2.1 and OpenCTI
// define: a relation of one of them is written as it is.
var knownRelationships = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`delivers targets uses beacons-to attributed-to exfiltrates-to compromises downloads
		exploits characterizes analysis-of static-analysis-of dynamic-analysis-of derived-from duplicate-of
		originates-from investigates located-at based-on hosts owns authored-by communicates-with mitigates
		controls has consists-of indicates variant-of impersonates remediates related-to drops part-of
		cooperates-with participates-in publishes amplifies subnarrative-of employed-by resides-in citizen-of
		national-of known-as reports-to supports belongs-to resolves-to subtechnique-of revoked-by detects`) {
		m[t] = true
	}
	return m
}()

// casefileRelationships are the STIX types of Casefile's relation types
// whose names STIX does not use.
var casefileRelationships = map[casefile.RelationType]string{
	casefile.RelMemberOf: "part-of",
	casefile.RelAllyOf:   "cooperates-with",
	casefile.RelAttacked: "targets",
	casefile.RelBasedIn:  "located-at",
}

// relationshipType is the STIX type of a relation and the object it
// points to (a state's country location for located-at): its own type
// when STIX or OpenCTI knows it, the type Casefile's means in STIX, else
// related-to.
func (e *exporter) relationshipType(r *casefile.Relation) (typ, target string) {
	target = e.actorIDs[r.To]
	typ = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(string(r.Type))), " ", "-")
	if !knownRelationships[typ] {
		typ = casefileRelationships[r.Type]
	}
	if typ == "located-at" {
		p, ok := e.stateParts[r.To]
		if !ok {
			return "related-to", target
		}
		target = p[1]
	}
	if typ == "" {
		typ = "related-to"
	}
	return typ, target
}

// relation writes the relation at place i as a relationship.
func (e *exporter) relation(i int) error {
	w, r := &e.w, &e.c.Relations[i]
	from := e.actorIDs[r.From]
	if from == "" || e.actorIDs[r.To] == "" {
		return fmt.Errorf("relation %q joins actors the case does not hold; check the case with casefile validate", r.ID)
	}
	typ, target := e.relationshipType(r)
	e.line()
	e.header("relationship", e.relIDs[i], e.created, e.modified)
	w.plainField("relationship_type", typ)
	desc := r.Description
	if own := strings.ReplaceAll(strings.ToLower(string(r.Type)), " ", "-"); typ == "related-to" && own != typ {
		desc = strings.TrimSpace("Casefile relation: " + string(r.Type) + ". " + desc)
	}
	w.optStr("description", desc)
	w.plainField("source_ref", from)
	w.plainField("target_ref", target)
	start, stop := relationTimes(r.Start, r.End)
	w.optStr("start_time", start)
	w.optStr("stop_time", stop)
	e.citations(r.Sources...)
	e.marking(e.marks[r.ID])
	if err := e.x.writeExtension(w, extRelation, reflect.ValueOf(r).Elem(), relationFields, nil); err != nil {
		return err
	}
	w.close('}')
	return nil
}

// relationTimes are a relation's start_time and stop_time: the first day
// its start can denote and the midnight after the last its end can, each
// left out when the date is unknown or leaves that side open ("until
// 2012" as a start, "after 2020" as an end), and the stop when it would
// not be after the start.
func relationTimes(start, end casefile.Date) (string, string) {
	var from, to time.Time
	if start.Check() == nil && start.StartBound() != casefile.BoundOpen {
		from = start.Earliest()
	}
	if end.Check() == nil && end.EndBound() != casefile.BoundOpen {
		to = end.Latest().AddDate(0, 0, 1)
	}
	s, t := "", ""
	if !from.IsZero() {
		s = stamp(from)
	}
	if !to.IsZero() && (from.IsZero() || to.After(from)) {
		t = stamp(to)
	}
	return s, t
}

// refList writes object_refs: the ids given that are not empty, or the
// report's when none is.
func (e *exporter) refList(ids ...string) {
	w := &e.w
	w.key("object_refs")
	w.open('[')
	n := 0
	for _, id := range ids {
		if id != "" {
			w.plain(id)
			n++
		}
	}
	if n == 0 {
		w.str(e.reportID)
	}
	w.close(']')
}

// dateText words a statement's date, as its DateText does, made once for
// each date a case's statements share.
func (e *exporter) dateText(s *casefile.Statement) string {
	key, ok := dateKey(s.Date)
	if len(s.Dates) > 0 || !ok {
		return s.DateText(e.c)
	}
	t, ok := e.dateTexts[key]
	if !ok {
		t = s.Date.String()
		if len(e.dateTexts) < 1<<12 {
			e.dateTexts[key] = t
		}
	}
	return t
}

// dateKey packs a date into a number, when it has no words of its own and
// its fields fit: the same date, the same number.
func dateKey(d casefile.Date) (uint64, bool) {
	q := slices.Index(casefile.Qualifiers, d.Qualifier)
	if d.AsStated != "" || q < 0 || uint(d.Year) >= 1<<14 || uint(d.To.Year) >= 1<<14 ||
		uint(d.Month) > 12 || uint(d.To.Month) > 12 || uint(d.Day) > 31 || uint(d.To.Day) > 31 {
		return 0, false
	}
	k := uint64(d.Year) | uint64(d.Month)<<14 | uint64(d.Day)<<18 | uint64(q)<<23 |
		uint64(d.To.Year)<<26 | uint64(d.To.Month)<<40 | uint64(d.To.Day)<<44
	if d.To.About {
		k |= 1 << 49
	}
	if d.Inferred {
		k |= 1 << 50
	}
	return k, true
}

// statementRef is the id of the object standing for a statement; "" for
// none.
func (e *exporter) statementRef(id string) string {
	if i, ok := e.stAt[id]; ok {
		return e.stRefs[i]
	}
	return ""
}

// statement writes a statement as a note whose content is the quote,
// verbatim, on its speaker and those it addresses.
func (e *exporter) statement(i int, s *casefile.Statement) error {
	if len(e.w.b) >= flushAt {
		e.flush()
	}
	return e.statementInto(i, s)
}

// statementInto writes the statement's object, without flushing.
func (e *exporter) statementInto(i int, s *casefile.Statement) error {
	w := &e.w
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '\n')
	w.comma = false
	e.header("note", e.stRefs[i], e.created, e.modified)
	speakerRef, speaker := e.actorRef(s.Speaker)
	w.key("abstract")
	parts := [...]string{s.Title, " — ", speaker, ", ", e.dateText(s), ", ", s.Channel}
	from, to := 0, len(parts)
	if s.Title == "" {
		from = 2
	}
	if s.Channel == "" {
		to -= 2
	}
	w.strParts(parts[from:to]...)
	w.strField("content", s.Quote)
	if len(s.Addressees) == 0 {
		e.refList(speakerRef)
	} else {
		refs := make([]string, 0, 1+len(s.Addressees))
		refs = append(refs, speakerRef)
		for _, a := range s.Addressees {
			ref, _ := e.actorRef(a)
			refs = append(refs, ref)
		}
		e.refList(refs...)
	}
	e.grading(s.Grading)
	if s.Source.Source != "" {
		e.citations(s.Source)
	}
	e.marking(e.stMarks[i])
	if err := e.x.writeExtension(w, extStatement, reflect.ValueOf(s).Elem(), statementFields, nil); err != nil {
		return err
	}
	w.close('}')
	return nil
}

// note writes the analyst's note at place i as a note on what it
// annotates.
func (e *exporter) note(i int) error {
	w, n := &e.w, &e.c.Notes[i]
	created, modified := n.Created, n.Modified
	if created.IsZero() {
		created = modified
	}
	cs, ms := e.created, e.modified
	if !created.IsZero() {
		cs = stamp(created)
		ms = cs
		if modified.After(created) {
			ms = stamp(modified)
		}
	}
	e.line()
	e.header("note", e.noteIDs[i], cs, ms)
	w.strField("content", n.Body)
	if strings.TrimSpace(n.Author) != "" {
		w.strList("authors", []string{n.Author})
	}
	var target string
	switch n.Target.Kind {
	case casefile.OnActor:
		target = e.actorIDs[n.Target.ID]
	case casefile.OnStatement:
		target = e.statementRef(n.Target.ID)
	case casefile.OnEvent:
		target = e.eventIDs[n.Target.ID]
	}
	e.refList(target)
	e.marking(e.marks[n.ID])
	if err := e.x.writeExtension(w, extNote, reflect.ValueOf(n).Elem(), noteFields, nil); err != nil {
		return err
	}
	w.close('}')
	return nil
}

// judgment writes one of the analyst's key judgments as a note on the
// evidence it rests on, for readers: the case's extension holds it whole.
func (e *exporter) judgment(j *casefile.Judgment) {
	c, w := e.c, &e.w
	e.line()
	e.header("note", e.judgmentID(*j), e.created, e.modified)
	w.key("abstract")
	w.strParts("Key judgment: ", j.Likelihood.Words(), "; ", j.Confidence.Words())
	w.key("content")
	if j.Basis == "" {
		w.str(j.Text)
	} else {
		w.strParts(j.Text, "\n\nBasis: ", j.Basis)
	}
	refs := make([]string, 0, len(j.Evidence))
	for _, l := range j.Evidence {
		switch l.Kind {
		case casefile.EvidenceStatement:
			refs = append(refs, e.statementRef(l.Item))
		case casefile.EvidenceEvent:
			refs = append(refs, e.eventIDs[l.Item])
		case casefile.EvidenceNote:
			if _, ok := c.Note(l.Item); ok {
				refs = append(refs, objectID("note", c.ID, "note", l.Item))
			}
		}
	}
	e.refList(refs...)
	e.marking(c.EffectiveMarking(j.Marking))
	writePartOf(w, j.ID, "judgment")
	w.close('}')
}
