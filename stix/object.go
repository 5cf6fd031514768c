package stix

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// object is what an import reads of a STIX object: the properties Casefile
// maps, and Casefile's extension when the object carries it. The rest of
// an object it maps is noted, by name, in the report; an object it does
// not map is kept whole, as its raw bytes.
type object struct {
	Type          string   `json:"type"`
	ID            string   `json:"id"`
	SpecVersion   string   `json:"spec_version"`
	Created       string   `json:"created"`
	Modified      string   `json:"modified"`
	CreatedBy     string   `json:"created_by_ref"`
	Name          string   `json:"name"`
	Description   string   `json:"description"`
	Content       string   `json:"content"`
	Abstract      string   `json:"abstract"`
	Explanation   string   `json:"explanation"`
	Opinion       string   `json:"opinion"`
	Authors       lazy     `json:"authors"`
	Aliases       []string `json:"aliases"`
	OCTIAliases   []string `json:"x_opencti_aliases"`
	Roles         []string `json:"roles"`
	IdentityClass string   `json:"identity_class"`
	Sectors       []string `json:"sectors"`
	Country       string   `json:"country"`
	OCTIType      string   `json:"x_opencti_type"`
	OCTILocation  string   `json:"x_opencti_location_type"`
	ResourceLevel string   `json:"resource_level"`
	ObjectRefs    []string `json:"object_refs"`
	Markings      []string `json:"object_marking_refs"`
	Granular      []struct {
		MarkingRef string   `json:"marking_ref"`
		Selectors  []string `json:"selectors"`
	} `json:"granular_markings"`
	Granted         []string   `json:"x_opencti_granted_refs"`
	OCTIReliability string     `json:"x_opencti_reliability"`
	RelType         string     `json:"relationship_type"`
	SourceRef       string     `json:"source_ref"`
	TargetRef       string     `json:"target_ref"`
	StartTime       string     `json:"start_time"`
	StopTime        string     `json:"stop_time"`
	EndTime         string     `json:"end_time"` // OASIS's incident extension's event
	Published       string     `json:"published"`
	Labels          lazy       `json:"labels"`
	References      lazy       `json:"external_references"`
	Extensions      extensions `json:"extensions"`
}

// lazy is a property an import reads only of the objects it maps from
// other platforms (Casefile's own carry the same in their extension): kept
// raw until then, which costs a bundle of Casefile's little.
type lazy []byte

func (l *lazy) UnmarshalJSON(data []byte) error {
	*l = append((*l)[:0], data...)
	return nil
}

// strings is the property as a list of text; none when it is not one.
func (l lazy) strings() []string {
	var out []string
	if len(l) > 0 && json.Unmarshal(l, &out) != nil {
		return nil
	}
	return out
}

// references is the property as external references; none when it is
// not a list of them.
func (l lazy) references() []externalRef {
	var out []externalRef
	if len(l) > 0 && json.Unmarshal(l, &out) != nil {
		return nil
	}
	return out
}

// externalRef is an external reference.
type externalRef struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description"`
	URL         string `json:"url"`
	ExternalID  string `json:"external_id"`
}

// extensions is an object's extensions property, of which an import reads
// only Casefile's own, decoded straight into the item it holds. The tag
// is extensionID, which TestExtensionIDIsTheTag keeps so.
type extensions struct {
	Casefile *casefileExt `json:"extension-definition--9ed22805-da42-5360-b21f-44f1ab2f874f"`
	// OpenCTI's own, whose granted_refs name the organisations an object
	// is shared with (older exports have x_opencti_granted_refs instead).
	OpenCTI *struct {
		Granted []string `json:"granted_refs"`
	} `json:"extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"`
}

// casefileExt is Casefile's extension as an import reads it: the one entry
// saying what the object stands for, decoded into the item.
type casefileExt struct {
	Case      *casefile.Case      `json:"case"`
	Actor     *casefile.Actor     `json:"actor"`
	Relation  *casefile.Relation  `json:"relation"`
	Statement *casefile.Statement `json:"statement"`
	Event     *casefile.Event     `json:"event"`
	Note      *casefile.Note      `json:"note"`
	PartOf    *struct {
		ID string `json:"id"`
		As string `json:"as"`
	} `json:"part_of"`
	Kept         []string `json:"kept"`
	KeptUnmarked []string `json:"kept_unmarked"`
}

// kind is the entry the extension holds for an object of type typ, or ""
// when it holds none that fits (then the object is read as any other).
func (e *casefileExt) kind(typ string) string {
	if e == nil {
		return ""
	}
	var kinds []string
	add := func(ok bool, kind string) {
		if ok {
			kinds = append(kinds, kind)
		}
	}
	add(e.Case != nil, extCase)
	add(e.Actor != nil, extActor)
	add(e.Relation != nil, extRelation)
	add(e.Statement != nil, extStatement)
	add(e.Event != nil, extEvent)
	add(e.Note != nil, extNote)
	add(e.PartOf != nil, extPartOf)
	if len(kinds) != 1 || !fits(kinds[0], typ) {
		return ""
	}
	return kinds[0]
}

// fits reports whether an object of type typ can stand for an item of the
// extension's kind given. An event is an event object, or a note as
// Casefile wrote events before it wrote them as OpenCTI's events.
func fits(kind, typ string) bool {
	switch kind {
	case extActor:
		return actorTypes[typ]
	case extPartOf:
		return true
	case extCase:
		return typ == "report"
	case extRelation:
		return typ == "relationship"
	case extEvent:
		return typ == eventType || typ == "note"
	case extStatement, extNote:
		return typ == "note"
	}
	return false
}

// actorTypes are the types whose objects can stand for an actor.
var actorTypes = map[string]bool{"identity": true, "threat-actor": true, "intrusion-set": true, "campaign": true, "location": true}

// tlpOf is the most restricted TLP label among an object's markings, and
// the marking definitions it names that carry none Casefile reads.
func (o *object) tlpOf(defs map[string]casefile.Marking) (m casefile.Marking, other []string) {
	for _, ref := range o.Markings {
		l, ok := casefile.TLPOfMarkingID(ref)
		if !ok {
			l, ok = defs[ref]
		}
		if !ok {
			other = append(other, ref)
		}
		m = m.Max(l)
	}
	return m, other
}

// granularTLP is the most restricted TLP label among the granular markings
// of an object that mark any of the properties given (all of them when
// none is), and the marking definitions they name that carry none
// Casefile reads.
func (o *object) granularTLP(defs map[string]casefile.Marking, props ...string) (m casefile.Marking, other []string) {
	for _, g := range o.Granular {
		if len(props) > 0 && !slices.ContainsFunc(g.Selectors, func(s string) bool {
			name, _, _ := strings.Cut(s, ".") // "description", "labels.[0]"
			name, _, _ = strings.Cut(name, "[")
			return slices.Contains(props, name)
		}) {
			continue
		}
		l, ok := casefile.TLPOfMarkingID(g.MarkingRef)
		if !ok {
			l, ok = defs[g.MarkingRef]
		}
		if !ok {
			other = append(other, g.MarkingRef)
		}
		m = m.Max(l)
	}
	return m, other
}

// parseTime reads a STIX timestamp; the zero time when there is none.
func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}
