package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Kept objects are the STIX 2.1 objects a bundle import found no Casefile
// equivalent for (indicators, malware, observables, marking definitions
// other than TLP's), kept in the case verbatim, each the JSON object the
// bundle held, so that a STIX export writes them back and nothing is lost
// in a round trip. Casefile reads of them only what lists and releases
// need: their type, id, name, markings and the ids they refer to.
//
// A kept object carries its own markings (object_marking_refs); one without
// a TLP marking takes the case's. A release leaves out the kept objects
// above its limit and those that refer to anything it leaves out
// (ReleaseKept).

// RawObject is a kept object: the JSON object a bundle held, verbatim.
type RawObject = json.RawMessage

// KeptObject is what Casefile reads of a kept object.
type KeptObject struct {
	Type string
	ID   string
	// Name is the object's name, or for an observable its value, or else "".
	Name string
	// TLP is the most restricted TLP label among its markings, or "" when it
	// has none: it then takes the case's marking.
	TLP Marking
	// MarkingRefs are its object_marking_refs and the marking_ref of its
	// granular markings.
	MarkingRefs []string
	// Refs are the ids it refers to in its other *_ref and *_refs
	// properties, at any depth, but created_by_ref: what it depends on.
	Refs []string
}

// IsMarkingDefinition reports whether the object is a marking definition,
// which marks others rather than being marked.
func (o KeptObject) IsMarkingDefinition() bool { return o.Type == "marking-definition" }

// STIXType is the type a STIX identifier names ("indicator" of
// "indicator--…"), or "" when id is not a STIX identifier: a type (a
// lower-case letter, then letters, digits and hyphens, ending in a letter
// or digit), "--", and a UUID of versions 1 to 5.
func STIXType(id string) string {
	const uuidLen = 36
	i := len(id) - uuidLen - 2
	if i < 3 || id[i:i+2] != "--" || !isUUID(id[i+2:]) {
		return ""
	}
	typ := id[:i]
	for j := 0; j < len(typ); j++ {
		c := typ[j]
		switch {
		case c >= 'a' && c <= 'z':
		case (c >= '0' && c <= '9' || c == '-') && j > 0:
		default:
			return ""
		}
	}
	if typ[len(typ)-1] == '-' {
		return ""
	}
	return typ
}

// isUUID reports whether u is a UUID as STIX identifiers hold one:
// 8-4-4-4-12 hex digits, version 1 to 5, the RFC 4122 variant.
func isUUID(u string) bool {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		case 14:
			if c < '1' || c > '5' {
				return false
			}
		case 19:
			if !strings.ContainsRune("89abAB", rune(c)) {
				return false
			}
		default:
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
				return false
			}
		}
	}
	return len(u) == 36
}

// ParseKept reads a kept object. defs gives the TLP labels of marking
// definitions that are not well known (TLPOfMarkingID), by id; it may be
// nil.
func ParseKept(raw json.RawMessage, defs map[string]Marking) (KeptObject, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return KeptObject{}, fmt.Errorf("is not a JSON object")
	}
	var o KeptObject
	if err := json.Unmarshal(fields["type"], &o.Type); err != nil || o.Type == "" {
		return o, fmt.Errorf("has no type")
	}
	if err := json.Unmarshal(fields["id"], &o.ID); err != nil || o.ID == "" {
		return o, fmt.Errorf("(a %s) has no id", o.Type)
	}
	if t := STIXType(o.ID); t != o.Type {
		return o, fmt.Errorf("has the id %q, which is not a STIX identifier of a %s", o.ID, o.Type)
	}
	for _, key := range []string{"name", "value", "pattern"} {
		if json.Unmarshal(fields[key], &o.Name) == nil && o.Name != "" {
			break
		}
	}
	for key, v := range fields {
		switch key {
		case "object_marking_refs":
			var refs []string
			if json.Unmarshal(v, &refs) == nil {
				o.MarkingRefs = append(o.MarkingRefs, refs...)
			}
		case "granular_markings":
			var gms []struct {
				MarkingRef string `json:"marking_ref"`
			}
			if json.Unmarshal(v, &gms) == nil {
				for _, gm := range gms {
					if gm.MarkingRef != "" {
						o.MarkingRefs = append(o.MarkingRefs, gm.MarkingRef)
					}
				}
			}
		case "created_by_ref", "id":
		default:
			o.Refs = appendRefs(o.Refs, key, v)
		}
	}
	slices.Sort(o.MarkingRefs)
	o.MarkingRefs = slices.Compact(o.MarkingRefs)
	slices.Sort(o.Refs)
	o.Refs = slices.Compact(o.Refs)
	for _, ref := range o.MarkingRefs {
		m, ok := TLPOfMarkingID(ref)
		if !ok {
			m = defs[ref]
		}
		o.TLP = o.TLP.Max(m)
	}
	return o, nil
}

// appendRefs adds the ids a property holds when its name ends in _ref or
// _refs, looking into objects and lists at any depth.
func appendRefs(refs []string, key string, v json.RawMessage) []string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return refs
	}
	isRef := strings.HasSuffix(key, "_ref") || strings.HasSuffix(key, "_refs")
	switch v[0] {
	case '"':
		var s string
		if isRef && json.Unmarshal(v, &s) == nil && s != "" {
			refs = append(refs, s)
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(v, &list) == nil {
			for _, x := range list {
				refs = appendRefs(refs, key, x)
			}
		}
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) == nil {
			for k, x := range obj {
				if k != "created_by_ref" && k != "marking_ref" {
					refs = appendRefs(refs, k, x)
				}
			}
		}
	}
	return refs
}

// The TLP marking definitions Casefile knows by id.
var (
	// tlp2IDs are the OASIS TLP 2.0 marking definitions
	// (oasis-open/cti-stix-common-objects, tlp-2.0), which Casefile writes.
	tlp2IDs = map[Marking]string{
		TLPClear:       "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
		TLPGreen:       "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
		TLPAmber:       "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
		TLPAmberStrict: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
		TLPRed:         "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
	}
	knownMarkingIDs = func() map[string]Marking {
		m := map[string]Marking{
			// STIX 2.1's TLP 1.0 definitions; WHITE is read as CLEAR.
			"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": TLPClear,
			"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": TLPGreen,
			"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": TLPAmber,
			"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": TLPRed,
			// OpenCTI's own AMBER+STRICT (its others reuse TLP 1.0's ids).
			"marking-definition--826578e1-40ad-459f-bc73-ede076f81f37": TLPAmberStrict,
		}
		for label, id := range tlp2IDs {
			m[id] = label
		}
		return m
	}()
)

// TLPMarkingID is the id of the OASIS TLP 2.0 marking definition of m, or
// "" for no marking.
func TLPMarkingID(m Marking) string { return tlp2IDs[m] }

// IsTLP2MarkingID reports whether id is one of the OASIS TLP 2.0 marking
// definitions.
func IsTLP2MarkingID(id string) bool {
	m, ok := knownMarkingIDs[id]
	return ok && tlp2IDs[m] == id
}

// TLPOfMarkingID is the TLP label of a well-known marking definition: the
// OASIS TLP 2.0 ones, STIX 2.1's TLP 1.0 ones (WHITE read as CLEAR) and
// OpenCTI's own AMBER+STRICT.
func TLPOfMarkingID(id string) (Marking, bool) {
	m, ok := knownMarkingIDs[id]
	return m, ok
}

// TLPLabel reads a TLP label however a platform writes it: "TLP:GREEN",
// "tlp:green", "green", "TLP:AMBER+STRICT"; WHITE is read as CLEAR.
func TLPLabel(s string) (Marking, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "TLP:")
	s = strings.TrimSpace(strings.TrimPrefix(s, "TLP"))
	if s == "WHITE" {
		s = "CLEAR"
	}
	m := Marking("TLP:" + s)
	return m, m.Valid()
}

// TLPOfMarkingDefinition reads the TLP label a marking-definition object
// defines, in any of the styles in use: a well-known id; the TLP 2.0
// extension's tlp_2_0; STIX 2.1's definition_type "tlp" with definition
// {"tlp": "green"}; OpenCTI's definition_type "TLP" or "statement" with
// the label as its name or definition ("TLP:GREEN"). A statement marking
// counts only when its statement is a TLP label and nothing more.
func TLPOfMarkingDefinition(raw []byte) (Marking, bool) {
	var md struct {
		ID             string                     `json:"id"`
		Type           string                     `json:"type"`
		Name           string                     `json:"name"`
		DefinitionType string                     `json:"definition_type"`
		Definition     json.RawMessage            `json:"definition"`
		Extensions     map[string]json.RawMessage `json:"extensions"`
		OCTIType       string                     `json:"x_opencti_definition_type"`
		OCTIDefinition string                     `json:"x_opencti_definition"`
	}
	if json.Unmarshal(raw, &md) != nil || md.Type != "marking-definition" {
		return "", false
	}
	if m, ok := TLPOfMarkingID(md.ID); ok {
		return m, true
	}
	for _, ext := range md.Extensions {
		var e struct {
			TLP string `json:"tlp_2_0"`
		}
		if json.Unmarshal(ext, &e) == nil && e.TLP != "" {
			return TLPLabel(e.TLP)
		}
	}
	if strings.EqualFold(md.OCTIType, "tlp") {
		if m, ok := TLPLabel(md.OCTIDefinition); ok {
			return m, true
		}
	}
	dt := strings.ToLower(md.DefinitionType)
	if dt != "tlp" && dt != "statement" && dt != "" {
		return "", false
	}
	isLabel := func(s string) (Marking, bool) {
		if m, ok := TLPLabel(s); ok && (dt == "tlp" || strings.HasPrefix(strings.ToUpper(strings.TrimSpace(s)), "TLP")) {
			return m, true
		}
		return "", false
	}
	var def any
	_ = json.Unmarshal(md.Definition, &def)
	switch d := def.(type) {
	case string:
		return isLabel(d)
	case map[string]any:
		// STIX writes {"tlp": "red"}; OpenCTI's older exports
		// {"TLP": "TLP:RED"}: the keys are read in any case.
		for k, v := range d {
			if s, ok := v.(string); ok && strings.EqualFold(k, "tlp") && dt == "tlp" {
				return TLPLabel(s)
			}
		}
		for k, v := range d {
			if s, ok := v.(string); ok && strings.EqualFold(k, "statement") {
				return isLabel(s) // a statement of anything else marks nothing Casefile reads
			}
		}
	}
	return isLabel(md.Name)
}

// KeptDefinitions is the TLP label of every kept marking definition that
// defines one, by id.
func (c *Case) KeptDefinitions() map[string]Marking {
	defs := map[string]Marking{}
	for _, raw := range c.Kept {
		if m, ok := TLPOfMarkingDefinition(raw); ok {
			var o struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(raw, &o) == nil {
				defs[o.ID] = m
			}
		}
	}
	return defs
}

// KeptObjects reads every kept object, in order; one that cannot be read
// (CheckKept says why) is left out.
func (c *Case) KeptObjects() []KeptObject {
	defs := c.KeptDefinitions()
	out := make([]KeptObject, 0, len(c.Kept))
	for _, raw := range c.Kept {
		if o, err := ParseKept(raw, defs); err == nil {
			out = append(out, o)
		}
	}
	return out
}

// CheckKept checks the case's kept objects: each must be a STIX object
// whose id is a STIX identifier of its type, no two with the same id, and
// none with the id of one of the case's items. Validate should check them
// too (a call in Validate after the notes).
func (c *Case) CheckKept() Problems {
	if len(c.Kept) == 0 {
		return nil
	}
	k := newChecker(c)
	defs := c.KeptDefinitions()
	seen := map[string]bool{}
	for i, raw := range c.Kept {
		o, err := ParseKept(raw, defs)
		k.on("kept object", o.Name, o.ID)
		switch {
		case err != nil:
			k.add(fmt.Sprintf("kept[%d]", i), "%v", err)
		case seen[o.ID]:
			k.add("id", "%q is kept twice; keep one", o.ID)
		case k.ids[o.ID] != 0:
			k.add("id", "%q is also the id of an item of the case", o.ID)
		}
		seen[o.ID] = true
	}
	return k.found
}

// KeptWithMarking is a kept object marked with m besides its own
// markings: the OASIS TLP 2.0 definition of m is added to its
// object_marking_refs, first in the object when it has none.
func KeptWithMarking(raw json.RawMessage, m Marking) json.RawMessage {
	id := TLPMarkingID(m)
	raw = bytes.TrimSpace(raw)
	if id == "" || len(raw) < 2 || raw[0] != '{' {
		return raw
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(raw, &fields) != nil {
		return raw
	}
	if old, ok := fields["object_marking_refs"]; ok {
		var refs []string
		if json.Unmarshal(old, &refs) != nil || slices.Contains(refs, id) {
			return raw
		}
		fields["object_marking_refs"], _ = json.Marshal(append(refs, id))
		out, err := json.Marshal(fields)
		if err != nil {
			return raw
		}
		return out
	}
	out := make([]byte, 0, len(raw)+80)
	out = append(out, `{"object_marking_refs":["`...)
	out = append(out, id...)
	out = append(out, `"]`...)
	if rest := bytes.TrimSpace(raw[1:]); len(rest) > 0 && rest[0] != '}' {
		out = append(out, ',')
	}
	return append(out, raw[1:]...)
}

// ReleaseKept gives r, the releasable copy Release made of c (or c itself,
// when c is a release already), the kept objects it may hold, and says how
// many it withheld. Release does not read kept objects; until it does
// (one call, ReleaseKept(c, r), before it returns), every releasable
// export calls this after export.Releasable. It is idempotent.
//
// A kept object is withheld when its TLP marking, or the case's when it
// has none, is above the release's limit, or when it refers to anything
// the release leaves out, item or kept object: nothing is less restricted
// than what it depends on. A kept object marked by nothing it can read is
// withheld from a release of a release, whose original marking is gone.
// Marking definitions that no released object uses go too, uncounted.
// Every object kept is marked explicitly, as every portion of a release
// is, and r's marking is raised to the highest of them.
func ReleaseKept(c, r *Case) (withheld int) {
	if r == nil || r.Release == nil || len(c.Kept) == 0 {
		return 0
	}
	limit := r.Release.Limit
	caseMarking := c.Marking
	if c.Release != nil {
		caseMarking = "" // a release's own marking is not its original's
	}
	defs := c.KeptDefinitions()
	objs := make([]KeptObject, len(c.Kept))
	ok := make([]bool, len(c.Kept))
	for i, raw := range c.Kept {
		o, err := ParseKept(raw, defs)
		objs[i], ok[i] = o, err == nil
	}
	gone := withheldItems(c, r)
	out := make([]bool, len(objs))
	for changed := true; changed; {
		changed = false
		for i, o := range objs {
			if out[i] || o.IsMarkingDefinition() && ok[i] {
				continue
			}
			m := o.TLP
			if m == "" {
				m = caseMarking
			}
			if !ok[i] || m == "" || m.Rank() > limit.Rank() || slices.ContainsFunc(o.Refs, func(id string) bool { return gone[id] }) {
				out[i], changed = true, true
				if o.ID != "" {
					gone[o.ID] = true
				}
				withheld++
			}
		}
	}
	used := map[string]bool{}
	for i, o := range objs {
		if !out[i] && !o.IsMarkingDefinition() {
			for _, ref := range o.MarkingRefs {
				used[ref] = true
			}
		}
	}
	var kept []json.RawMessage
	for i, o := range objs {
		switch {
		case out[i]:
		case o.IsMarkingDefinition():
			if used[o.ID] {
				kept = append(kept, c.Kept[i])
			}
		case o.TLP == "":
			kept = append(kept, KeptWithMarking(c.Kept[i], caseMarking))
			r.Marking = r.Marking.Max(caseMarking)
		default:
			kept = append(kept, c.Kept[i])
			r.Marking = r.Marking.Max(o.TLP)
		}
	}
	r.Kept = kept
	return withheld
}

// withheldItems is the ids of c's items that r, a release of it, leaves out.
func withheldItems(c, r *Case) map[string]bool {
	in := make(map[string]bool, r.items())
	for _, k := range itemKinds {
		for i, n := 0, k.count(r); i < n; i++ {
			in[k.id(r, i)] = true
		}
	}
	gone := map[string]bool{}
	for _, k := range itemKinds {
		for i, n := 0, k.count(c); i < n; i++ {
			if id := k.id(c, i); !in[id] {
				gone[id] = true
			}
		}
	}
	return gone
}

// WithKeptReleasable returns c, or, when c keeps objects from an import, a
// copy of c that keeps only those a release at limit may hold, each marked
// explicitly (ReleaseKept): a release made of it holds no kept object
// above limit. It is for the exports that release a case themselves
// (export.WriteFile) while Release does not read kept objects.
func WithKeptReleasable(c *Case, limit Marking) *Case {
	if len(c.Kept) == 0 || limit == "" || c.Release != nil && c.Release.Limit.Rank() <= limit.Rank() {
		return c
	}
	r, _ := Release(c, limit)
	ReleaseKept(c, r)
	d := *c
	d.Kept = r.Kept
	return &d
}
