package stix

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// What an object of a bundle becomes.
type role int

const (
	roleKept role = iota // kept verbatim
	roleSkip             // Casefile's bookkeeping, written again on export
	roleCase             // the report that gives the case
	roleActor
	roleRelation
	roleStatement
	roleEvent
	roleNote
)

// itemRef is the item an object became.
type itemRef struct {
	kind string // "actor", "statement", "event", "note", "relation", "case"
	id   string
}

// builder makes the case of a decoded bundle.
type builder struct {
	im      *importer
	c       *casefile.Case
	caseObj *parsed
	roles   map[*parsed]role
	items   map[string]itemRef // STIX id -> the item it became
	sources map[string]string  // an external reference's key -> its source's id
	// inherits are the items that took their case's marking in the case
	// the bundle was exported from.
	inherits     map[string]bool
	keptUnmarked map[string]bool
	eventAt      map[string]int             // an event's id -> its place in the case
	dropped      map[string]map[string]bool // STIX type -> properties Casefile has no place for
	unreadMarks  map[string]bool            // marking definitions named that carry no TLP Casefile reads
	// unreadOnly are the objects marked, but by no marking that is TLP.
	unreadOnly map[string]bool
	missing    map[string]bool // ids referred to, as creator or marking, that the bundle lacks
}

func (im *importer) build() (*casefile.Case, error) {
	b := &builder{im: im, roles: make(map[*parsed]role, len(im.objs)), items: make(map[string]itemRef, len(im.objs)),
		sources: map[string]string{}, inherits: map[string]bool{}, keptUnmarked: map[string]bool{}, eventAt: map[string]int{},
		dropped: map[string]map[string]bool{}, unreadMarks: map[string]bool{}, missing: map[string]bool{}, unreadOnly: map[string]bool{}}
	b.findCase()
	b.classify()
	c, err := b.makeCase()
	if err != nil {
		return nil, err
	}
	if err := b.checkRefs(); err != nil {
		return nil, err
	}
	if err := checkText(c); err != nil {
		return nil, err
	}
	b.notes()
	if im.into != nil {
		return im.merge(im.into, c, b.inherits)
	}
	im.report.Marking = c.Marking
	if ps := append(c.Validate(), c.CheckKept()...); len(ps) > 0 {
		return nil, fmt.Errorf("the bundle does not make a valid case: %w", ps)
	}
	return c, nil
}

// findCase finds the report that gives the case: the one carrying
// Casefile's extension, else the first report or grouping.
func (b *builder) findCase() {
	for _, p := range b.im.objs {
		if p.ext == extCase {
			b.caseObj = p
			return
		}
	}
	for _, p := range b.im.objs {
		if p.o.Type == "report" || p.o.Type == "grouping" {
			b.caseObj = p
			return
		}
	}
}

// classify decides what each object becomes.
func (b *builder) classify() {
	kept := map[string]bool{}
	if p := b.caseObj; p != nil && p.ext == extCase {
		for _, id := range p.o.Extensions.Casefile.Kept {
			kept[id] = true
		}
	}
	// An identity that only made objects, or that OpenCTI shares them with
	// (granted_refs), is the platform's bookkeeping, not an actor.
	referred := map[string]bool{}
	bookkeeping := map[string]bool{}
	for _, p := range b.im.objs {
		if p.o.Type != "report" && p.o.Type != "grouping" { // a report names everything it holds
			for _, r := range p.o.ObjectRefs {
				referred[r] = true
			}
		}
		referred[p.o.SourceRef], referred[p.o.TargetRef] = true, true
		bookkeeping[p.o.CreatedBy] = true
		for _, r := range p.o.Granted {
			bookkeeping[r] = true
		}
		if x := p.o.Extensions.OpenCTI; x != nil {
			for _, r := range x.Granted {
				bookkeeping[r] = true
			}
		}
	}
	for _, p := range b.im.objs {
		o := &p.o
		r := roleKept
		if kept[o.ID] {
			b.roles[p] = roleKept
			continue
		}
		switch p.ext {
		case extCase:
			if p == b.caseObj {
				r = roleCase
			}
		case extActor:
			r = roleActor
		case extRelation:
			r = roleRelation
		case extStatement:
			r = roleStatement
		case extEvent:
			r = roleEvent
		case extNote:
			r = roleNote
		case extPartOf:
			r = roleSkip
			if part := o.Extensions.Casefile.PartOf; part.As == "country" || part.As == "state" {
				b.items[o.ID] = itemRef{extActor, part.ID}
			}
		default:
			switch o.Type {
			case "extension-definition":
				if o.ID == extensionID {
					r = roleSkip
				}
			case "marking-definition":
				if casefile.IsTLP2MarkingID(o.ID) {
					r = roleSkip
				}
			case "report", "grouping":
				if p == b.caseObj {
					r = roleCase
				}
			case "identity":
				if !(bookkeeping[o.ID] && !referred[o.ID]) {
					r = roleActor
				}
			case eventType:
				if isImportableEvent(p) {
					r = roleEvent
				}
			case "threat-actor", "intrusion-set", "campaign":
				r = roleActor
			case "location":
				if o.Country != "" || strings.EqualFold(o.OCTILocation, "country") {
					r = roleActor
				}
			case "relationship":
				r = roleRelation // if both ends become actors; see makeCase
			case "note", "opinion":
				r = roleNote // if it is on something Casefile holds; see makeCase
			}
		}
		b.roles[p] = r
	}
}

// makeCase makes the case: the report's title, summary and sources, the
// items in the bundle's order, and the kept objects.
func (b *builder) makeCase() (*casefile.Case, error) {
	c := b.caseFromReport()
	b.c = c
	// The items' lists, made once at their size (a statement is large,
	// and a large case's are most of its items).
	var n [roleNote + 1]int
	for _, r := range b.roles {
		n[r]++
	}
	c.Actors = sized(c.Actors, n[roleActor])
	c.Relations = sized(c.Relations, n[roleRelation])
	c.Statements = sized(c.Statements, n[roleStatement])
	c.Events = sized(c.Events, n[roleEvent])
	c.Notes = sized(c.Notes, n[roleNote])
	if p := b.caseObj; p != nil {
		b.items[p.o.ID] = itemRef{extCase, c.ID}
		if p.ext != extCase {
			for _, ref := range p.o.References.references() {
				b.source(ref)
			}
		}
	}
	// Actors first, so that relations and notes find them.
	for _, p := range b.im.objs {
		if b.roles[p] != roleActor {
			continue
		}
		a := b.actor(p)
		c.Actors = append(c.Actors, a)
		b.items[p.o.ID] = itemRef{extActor, a.ID}
	}
	for _, p := range b.im.objs {
		switch b.roles[p] {
		case roleStatement:
			s := *p.o.Extensions.Casefile.Statement
			s.Quote = p.o.Content
			b.own(s.ID, s.Marking)
			c.Statements = append(c.Statements, s)
			b.items[p.o.ID] = itemRef{extStatement, s.ID}
		case roleEvent:
			ev := b.event(p)
			b.eventAt[ev.ID] = len(c.Events)
			c.Events = append(c.Events, ev)
			b.items[p.o.ID] = itemRef{extEvent, ev.ID}
		}
	}
	for _, p := range b.im.objs {
		if b.roles[p] != roleRelation {
			continue
		}
		r, ok := b.relation(p)
		if !ok {
			b.roles[p] = roleKept
			continue
		}
		c.Relations = append(c.Relations, r)
		b.items[p.o.ID] = itemRef{extRelation, r.ID}
	}
	for _, p := range b.im.objs {
		if b.roles[p] != roleNote {
			continue
		}
		n, ok := b.note(p)
		if !ok {
			b.roles[p] = roleKept
			continue
		}
		c.Notes = append(c.Notes, n)
		b.items[p.o.ID] = itemRef{extNote, n.ID}
	}
	// A relationship or note that had to be kept leaves its list empty:
	// none, as appending to none leaves it.
	c.Relations, c.Notes = orNil(c.Relations), orNil(c.Notes)
	for _, p := range b.im.objs {
		switch b.roles[p] {
		case roleKept:
			c.Kept = append(c.Kept, b.keptRaw(p))
			b.im.report.Kept[p.o.Type]++
		case roleSkip:
			b.im.report.Skipped++
		}
	}
	b.setMarking()
	return c, nil
}

// sized is an empty list with room for n, or nil for none (a case file
// tells an empty list from none).
func sized[T any](list []T, n int) []T {
	if n == 0 {
		return list
	}
	return make([]T, 0, n)
}

func orNil[T any](list []T) []T {
	if len(list) == 0 {
		return nil
	}
	return list
}

// own notes an item that came with Casefile's extension: one without a
// marking of its own took its case's.
func (b *builder) own(id string, m casefile.Marking) {
	if m == "" {
		b.inherits[id] = true
	}
}

// caseFromReport is the case as the report gives it: every field, from a
// report Casefile wrote; the title, summary, labels, creator and sources of
// any other; an empty case titled after the file when there is none.
func (b *builder) caseFromReport() *casefile.Case {
	p := b.caseObj
	if p != nil && p.ext == extCase {
		ext := p.o.Extensions.Casefile
		c := *ext.Case
		c.Title, c.Summary = p.o.Name, p.o.Description
		c.Marking, _ = p.o.tlpOf(b.im.defs)
		for _, id := range ext.KeptUnmarked {
			b.keptUnmarked[id] = true
		}
		return &c
	}
	c := &casefile.Case{}
	if p == nil {
		c.ID = "stix-import"
		if id := bundleIDOf(b.im); id != "" {
			c.ID = id
		}
		c.Title = "Imported STIX bundle"
		if b.im.opt.Name != "" {
			c.Title = "Imported from " + b.im.opt.Name
		}
		return c
	}
	o := &p.o
	c.ID, c.Title, c.Summary = o.ID, strings.TrimSpace(o.Name), o.Description
	if c.Title == "" {
		c.Title = "Untitled " + o.Type
	}
	c.Created, c.Modified = parseTime(o.Created), parseTime(o.Modified)
	c.Tags = o.Labels.strings()
	if creator := b.im.byID[o.CreatedBy]; creator != nil && creator.o.Type == "identity" {
		c.Analyst = strings.TrimSpace(creator.o.Name)
	}
	// The title line and the summary, marked as a whole or portion by
	// portion (granular_markings on name and labels, and description).
	c.TitleMarking = b.marking(p, "name", "labels")
	c.SummaryMarking = b.marking(p, "description")
	if c.Summary == "" {
		c.SummaryMarking = ""
	}
	b.drop(p, "name", "description", "labels", "object_refs", "external_references", "published", "report_types", "context")
	return c
}

func bundleIDOf(im *importer) string {
	var env struct {
		ID string `json:"id"`
	}
	if props, _, err := splitBundle(im.data); err == nil {
		_ = json.Unmarshal(props["id"], &env.ID)
	}
	if bundleID(env.ID) {
		return env.ID
	}
	return ""
}

// setMarking gives the case its marking: the report's, raised to cover
// every item and kept object; the most restricted found when the report
// has none; TLP:AMBER when nothing in the bundle is marked at all.
func (b *builder) setMarking() {
	c := b.c
	m := c.Marking
	raise := func(x casefile.Marking) { m = m.Max(x) }
	raise(c.TitleMarking)
	raise(c.SummaryMarking)
	for _, x := range c.Sources {
		raise(x.Marking)
	}
	for _, x := range c.Actors {
		raise(x.Marking)
	}
	for _, x := range c.Relations {
		raise(x.Marking)
	}
	for _, x := range c.Statements {
		raise(x.Marking)
	}
	for _, x := range c.Events {
		raise(x.Marking)
	}
	for _, x := range c.Notes {
		raise(x.Marking)
	}
	defs := c.KeptDefinitions()
	for _, raw := range c.Kept {
		if o, err := casefile.ParseKept(raw, defs); err == nil && !o.IsMarkingDefinition() {
			raise(o.TLP)
			if o.TLP == "" && len(o.MarkingRefs) > 0 {
				b.unreadOnly[o.ID] = true
			}
		}
	}
	// What is marked, but not with TLP (OpenCTI's TLP:TEST, a copyright
	// statement), is no more for sharing than what is not marked at all.
	foreign := b.caseObj == nil || b.caseObj.ext != extCase
	switch {
	case m == "":
		m = casefile.TLPAmber
		b.im.report.note("Nothing in the bundle carries a TLP marking; the case is marked TLP:AMBER until you mark it as your sharing rules require.")
	case foreign && len(b.unreadOnly) > 0 && m.Rank() < casefile.TLPAmber.Rank():
		b.im.report.note("%s marked, but with no TLP marking; the case is marked TLP:AMBER, as when nothing is marked, until you mark it as your sharing rules require.",
			casefile.Count(len(b.unreadOnly), "object of the bundle is", "objects of the bundle are"))
		m = casefile.TLPAmber
	case c.Marking != "" && m != c.Marking:
		b.im.report.note("The bundle's report is marked %s but holds objects marked up to %s; the case is marked %s.", c.Marking, m, m)
	}
	if foreign {
		// A foreign report's own marking marks the title line and
		// summary, when it is below the case's.
		if c.TitleMarking == m {
			c.TitleMarking = ""
		}
		if c.SummaryMarking == m {
			c.SummaryMarking = ""
		}
	}
	c.Marking = m
}

// marking is an object's TLP marking, noting the markings it names that
// Casefile cannot read.
// A granular marking of any of the properties given raises it (of any
// property when none is given): the item is one piece in Casefile, and
// must not be taken for less restricted than any part of it was.
func (b *builder) marking(p *parsed, props ...string) casefile.Marking {
	m, other := p.o.tlpOf(b.im.defs)
	g, more := p.o.granularTLP(b.im.defs, props...)
	for _, id := range append(other, more...) {
		if b.im.byID[id] == nil {
			b.missing[id] = true
		} else {
			b.unreadMarks[id] = true
		}
	}
	if m = m.Max(g); m == "" && len(other)+len(more) > 0 {
		b.unreadOnly[p.o.ID] = true
	}
	return m
}

// actor is the actor an object stands for.
func (b *builder) actor(p *parsed) casefile.Actor {
	o := &p.o
	if p.ext == extActor {
		a := *o.Extensions.Casefile.Actor
		a.Name, a.Description = o.Name, o.Description
		b.own(a.ID, a.Marking)
		return a
	}
	a := casefile.Actor{ID: o.ID, Name: strings.TrimSpace(o.Name), Description: o.Description, Kind: casefile.KindGroup}
	mapped := []string{"name", "description", "external_references"}
	switch o.Type {
	case "identity":
		a.Kind = identityKind(o)
		a.Role = strings.Join(o.Roles, ", ")
		a.Aliases = o.OCTIAliases
		mapped = append(mapped, "identity_class", "roles", "x_opencti_aliases", "sectors")
	case "threat-actor":
		if strings.EqualFold(o.ResourceLevel, "individual") || strings.EqualFold(o.OCTIType, "Threat-Actor-Individual") {
			a.Kind = casefile.KindPerson
		}
		a.Role = strings.Join(o.Roles, ", ")
		a.Aliases = o.Aliases
		mapped = append(mapped, "roles", "aliases")
	case "intrusion-set", "campaign":
		a.Aliases = o.Aliases
		mapped = append(mapped, "aliases")
	case "location":
		a.Kind = casefile.KindState
		code := strings.ToUpper(strings.TrimSpace(o.Country))
		// MISP names a country by its galaxy's value ("sweden"): the
		// name Casefile knows for its code is the same, written right.
		if known := countryNames[code]; a.Name == "" || strings.EqualFold(a.Name, known) {
			a.Name = known
		}
		a.Aliases = o.OCTIAliases
		if len(code) == 2 && !strings.EqualFold(a.Name, code) {
			a.Aliases = append(append([]string(nil), a.Aliases...), code)
		}
		mapped = append(mapped, "country", "x_opencti_aliases", "x_opencti_location_type")
	}
	if a.Name == "" {
		a.Name = o.ID
		b.im.report.note("%s has no name; the actor is named by its id.", o.ID)
	}
	a.Sources = b.cite(o.References.references())
	a.Marking = b.marking(p)
	b.drop(p, mapped...)
	return a
}

// identityKind is the actor kind of an identity: by its class, and a
// government body for an organisation in a government sector.
func identityKind(o *object) casefile.ActorKind {
	switch strings.ToLower(o.IdentityClass) {
	case "individual":
		return casefile.KindPerson
	case "group", "class":
		return casefile.KindGroup
	}
	for _, s := range o.Sectors {
		if strings.HasPrefix(strings.ToLower(s), "government") {
			return casefile.KindGovernmentBody
		}
	}
	return casefile.KindOrganisation
}

// relation is the relation a relationship stands for, when both its ends
// are actors; false when it must be kept instead.
func (b *builder) relation(p *parsed) (casefile.Relation, bool) {
	o := &p.o
	if p.ext == extRelation {
		r := *o.Extensions.Casefile.Relation
		b.own(r.ID, r.Marking)
		return r, true
	}
	from, to := b.items[o.SourceRef], b.items[o.TargetRef]
	b.eventActor(from, to)
	if from.kind != extActor || to.kind != extActor || from.id == to.id {
		return casefile.Relation{}, false
	}
	typ := strings.TrimSpace(strings.ReplaceAll(o.RelType, "-", " "))
	switch typ {
	case "located at":
		typ = string(casefile.RelBasedIn)
	case "":
		typ = "related to"
	}
	r := casefile.Relation{ID: o.ID, From: from.id, To: to.id, Type: casefile.RelationType(typ), Description: o.Description,
		Start: dateOf(o.StartTime), End: dateOf(o.StopTime)}
	if !r.Start.IsZero() && !r.End.IsZero() && r.End.Latest().Before(r.Start.Earliest()) {
		r.End = casefile.Date{}
	}
	r.Sources = b.cite(o.References.references())
	r.Marking = b.marking(p)
	b.drop(p, "relationship_type", "description", "source_ref", "target_ref", "start_time", "stop_time", "external_references")
	return r, true
}

// dateOf is the day a STIX timestamp falls on (UTC), or no date. OpenCTI
// writes a time it does not know as the start of the Unix epoch or as
// 5138-11-16T09:46:40Z (its FROM_START and UNTIL_END): those are no date.
func dateOf(s string) casefile.Date {
	t := parseTime(s)
	if t.IsZero() || t.Year() < 1 || t.Year() > 9999 || t.Unix() == 0 || t.Equal(openCTIUntilEnd) {
		return casefile.Date{}
	}
	return casefile.Day(t.Year(), int(t.Month()), t.Day())
}

// note is the note a note or opinion stands for, when it is on the case
// or on something the case holds; false when it must be kept instead.
func (b *builder) note(p *parsed) (casefile.Note, bool) {
	o := &p.o
	if p.ext == extNote {
		n := *o.Extensions.Casefile.Note
		n.Body = o.Content
		b.own(n.ID, n.Marking)
		return n, true
	}
	target, ok := casefile.Target{}, false
	for _, ref := range o.ObjectRefs {
		it := b.items[ref]
		switch it.kind {
		case extActor, extStatement, extEvent:
			target, ok = casefile.Target{Kind: casefile.TargetKind(it.kind), ID: it.id}, true
		case extCase, extRelation:
			target, ok = casefile.Target{Kind: casefile.OnCase}, true
			continue
		default:
			continue
		}
		break
	}
	if !ok {
		return casefile.Note{}, false
	}
	n := casefile.Note{ID: o.ID, Target: target, Author: strings.Join(o.Authors.strings(), ", "),
		Created: parseTime(o.Created), Modified: parseTime(o.Modified)}
	switch o.Type {
	case "opinion":
		n.Body = "Opinion: " + strings.ReplaceAll(o.Opinion, "-", " ") + "."
		if o.Explanation != "" {
			n.Body += "\n\n" + o.Explanation
		}
		b.drop(p, "opinion", "explanation", "authors", "object_refs")
	default:
		n.Body = o.Content
		if o.Abstract != "" {
			n.Body = "**" + o.Abstract + "**\n\n" + n.Body
		}
		b.drop(p, "content", "abstract", "authors", "object_refs")
	}
	n.Marking = b.marking(p)
	return n, true
}

// source is the id of the source an external reference names, adding it
// to the case the first time.
func (b *builder) source(ref externalRef) string {
	key := ref.SourceName + "\x00" + ref.ExternalID + "\x00" + ref.Description + "\x00" + ref.URL
	if id, ok := b.sources[key]; ok {
		return id
	}
	s := casefile.Source{ID: "source--" + uuid5("external-reference\x00"+key), Publisher: strings.TrimSpace(ref.SourceName)}
	title := s.Publisher
	if ref.ExternalID != "" {
		title = strings.TrimSpace(title + " " + ref.ExternalID)
	}
	desc := strings.TrimSpace(ref.Description)
	if desc != "" && len(desc) <= 200 && ref.ExternalID == "" {
		title, desc = desc, ""
	}
	if title == "" {
		title = "External reference"
	}
	s.Title, s.Description = title, desc
	if validURL(ref.URL) {
		s.URL = ref.URL
	} else if ref.URL != "" {
		s.Description = strings.TrimSpace(s.Description + " " + ref.URL)
	}
	b.c.Sources = append(b.c.Sources, s)
	b.sources[key] = s.ID
	return s.ID
}

// validURL is what Casefile takes as a source's address: one with a
// scheme and a host (file: addresses need none).
func validURL(s string) bool {
	u, err := url.Parse(s)
	return s != "" && err == nil && u.Scheme != "" && (u.Host != "" || u.Scheme == "file")
}

// cite is the citations of an object's external references.
func (b *builder) cite(refs []externalRef) []casefile.Citation {
	var out []casefile.Citation
	for _, ref := range refs {
		out = append(out, casefile.Citation{Source: b.source(ref)})
	}
	return out
}

// commonProperties are the properties every object has that an import
// reads or needs not keep.
var commonProperties = map[string]bool{"type": true, "spec_version": true, "id": true, "created": true, "modified": true,
	"created_by_ref": true, "object_marking_refs": true, "revoked": true, "lang": true}

// drop notes the properties of a foreign object that the import did not
// map, besides those given.
func (b *builder) drop(p *parsed, mapped ...string) {
	var props map[string]json.RawMessage
	if json.Unmarshal(p.raw, &props) != nil {
		return
	}
	for k := range props {
		if commonProperties[k] || contains(mapped, k) {
			continue
		}
		if b.dropped[p.o.Type] == nil {
			b.dropped[p.o.Type] = map[string]bool{}
		}
		b.dropped[p.o.Type][k] = true
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// keptRaw is a kept object's bytes, compact, without the marking an
// export gave it when the case it came from had none of its own on it.
func (b *builder) keptRaw(p *parsed) json.RawMessage {
	raw := compactJSON(nil, p.raw)
	if b.keptUnmarked[p.o.ID] {
		raw = unmarkKept(raw)
	}
	return raw
}

// checkRefs refuses a bundle whose objects refer to objects it does not
// hold (but for their creators and markings, which are noted): what an
// import keeps must come back whole.
func (b *builder) checkRefs() error {
	var errs []error
	have := func(id string) bool {
		_, tlp := casefile.TLPOfMarkingID(id)
		return b.im.byID[id] != nil || tlp
	}
	defs := b.im.defs
	for _, p := range b.im.objs {
		o := &p.o
		if o.CreatedBy != "" && !have(o.CreatedBy) {
			b.missing[o.CreatedBy] = true
		}
		var refs []string
		switch r := b.roles[p]; {
		case r == roleCase:
			for _, ref := range o.ObjectRefs {
				if !have(ref) {
					b.missing[ref] = true
				}
			}
			continue
		case r == roleKept:
			k, err := casefile.ParseKept(p.raw, defs)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s cannot be kept: it %v", clip(o.ID, 100), err))
				continue
			}
			if msg := badText(k.Name, true); msg != "" {
				return fmt.Errorf("the bundle holds text Casefile will not take (it may be damaged or hostile): the name of %s %s", clip(o.ID, 100), msg)
			}
			refs = k.Refs
			for _, m := range k.MarkingRefs {
				if !have(m) {
					b.missing[m] = true
				}
			}
		default:
			refs = append(append(refs, o.ObjectRefs...), o.SourceRef, o.TargetRef)
		}
		for _, ref := range refs {
			if ref != "" && !have(ref) {
				errs = append(errs, fmt.Errorf("%s refers to %s, which the bundle does not hold", clip(o.ID, 100), clip(ref, 100)))
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("the bundle is incomplete; export it again with the objects its objects refer to: %w", errors.Join(firstErrors(errs, 5)...))
	}
	return nil
}

// notes adds what the report should say besides the counts.
func (b *builder) notes() {
	r := &b.im.report
	if len(b.dropped) > 0 {
		var parts []string
		for _, t := range sortedKeys(b.dropped) {
			parts = append(parts, t+": "+strings.Join(sortedKeys(b.dropped[t]), ", "))
		}
		r.note("Casefile has no place for these properties of the objects it mapped, which were not imported: %s.", strings.Join(parts, "; "))
	}
	if len(b.unreadMarks) > 0 {
		r.note("Some objects are also marked with %s, which define no TLP marking; Casefile keeps the definitions but not the markings on items.",
			strings.Join(sortedKeys(b.unreadMarks), ", "))
	}
	if len(b.missing) > 0 {
		ids := sortedKeys(b.missing)
		more := ""
		if len(ids) > 5 {
			ids, more = ids[:5], fmt.Sprintf(" and %d more", len(ids)-5)
		}
		r.note("The bundle names creators, markings or report contents it does not hold (%s%s); they were left out.", strings.Join(ids, ", "), more)
	}
	for _, kind := range []struct {
		plural string
		n      int
	}{{"actors", len(b.c.Actors)}, {"relations", len(b.c.Relations)}, {"statements", len(b.c.Statements)},
		{"events", len(b.c.Events)}, {"notes", len(b.c.Notes)}, {"sources", len(b.c.Sources)}} {
		if kind.n > 0 {
			r.Mapped[kind.plural] = kind.n
		}
	}
}
