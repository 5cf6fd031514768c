package stix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The OASIS STIX 2.1 JSON schemas (testdata/schemas, with their licence),
// compiled offline: each file is registered under its own $id, which the
// others' $refs resolve against. The bundle schema is defective (it knows
// neither note nor location nor extension-definition), so checkBundle
// checks the envelope itself and each object against its type's schema,
// and then what no schema can: that references resolve, that ids name
// their type, that no object is modified before it was created.

const schemaBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"

var schemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	files := map[string]string{} // type -> $id
	err := filepath.WalkDir(filepath.Join("testdata", "schemas"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if !strings.HasPrefix(id, schemaBase) {
			return fmt.Errorf("%s: $id %q is not under %s", path, id, schemaBase)
		}
		if err := c.AddResource(id, doc); err != nil {
			return err
		}
		files[strings.TrimSuffix(filepath.Base(path), ".json")] = id
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string]*jsonschema.Schema{}
	for _, typ := range []string{
		// SDOs, SROs, SMOs and SCOs: each has a schema of its own name.
		"attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
		"infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
		"opinion", "report", "threat-actor", "tool", "vulnerability", "relationship", "sighting",
		"marking-definition", "extension-definition", "language-content",
		"artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
		"ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
		"user-account", "windows-registry-key", "x509-certificate",
	} {
		id, ok := files[typ]
		if !ok {
			return nil, fmt.Errorf("no schema for %s in testdata/schemas", typ)
		}
		s, err := c.Compile(id)
		if err != nil {
			return nil, fmt.Errorf("compiling %s: %w", typ, err)
		}
		out[typ] = s
	}
	// Objects of types STIX does not define are checked against the
	// common properties' schema only.
	core, err := c.Compile(files["core"])
	if err != nil {
		return nil, err
	}
	out[""] = core
	return out, nil
})

var (
	bundleIDPattern = regexp.MustCompile(`^bundle--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$`)
	stixIDPattern   = regexp.MustCompile(`^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$`)
)

// wellKnownExtensions are extension definitions that bundles use without
// holding them: OASIS's TLP 2.0 and OpenCTI's and MITRE's, whose objects
// an import keeps as they came.
var wellKnownExtensions = map[string]bool{
	tlp2Extension: true,
	"extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba": true, // OpenCTI
	"extension-definition--f93e2c80-4231-4f9a-af8b-95c9bd566a82": true, // OpenCTI, observables
	"extension-definition--322b8f77-262a-4cb8-a915-1e441e00329b": true, // MITRE ATT&CK
}

// checkBundle checks a bundle and returns every problem found. The
// objects named in asCame are not checked against their schemas: they are
// kept objects that did not validate in the bundle they came from either.
func checkBundle(data []byte, asCame ...map[string]bool) []string {
	sch, err := schemas()
	if err != nil {
		return []string{"the schemas do not compile: " + err.Error()}
	}
	var problems []string
	add := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }

	// The envelope: {"type": "bundle", "id": "bundle--<uuid>", "objects": [...]}, nothing else.
	var env map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&env); err != nil {
		return []string{"the bundle is not a JSON object: " + err.Error()}
	}
	if dec.More() {
		add("data after the bundle")
	}
	for k := range env {
		if k != "type" && k != "id" && k != "objects" {
			add("the bundle has a property %q, which a STIX 2.1 bundle does not", k)
		}
	}
	var typ, id string
	if json.Unmarshal(env["type"], &typ) != nil || typ != "bundle" {
		add("the bundle's type is %s, not \"bundle\"", env["type"])
	}
	if json.Unmarshal(env["id"], &id) != nil || !bundleIDPattern.MatchString(id) {
		add("the bundle's id %s is not bundle--<UUID>", env["id"])
	}
	var objects []json.RawMessage
	if err := json.Unmarshal(env["objects"], &objects); err != nil || len(objects) == 0 {
		add("the bundle's objects are not a list of objects: %v", err)
	}

	type object struct {
		typ, id, created, modified string
		refs                       []string
		extensions                 []string
	}
	objs := make([]object, 0, len(objects))
	ids := map[string]bool{}
	for i, raw := range objects {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			add("object %d is not JSON: %v", i, err)
			continue
		}
		m, ok := doc.(map[string]any)
		if !ok {
			add("object %d is not a JSON object", i)
			continue
		}
		var o object
		o.typ, _ = m["type"].(string)
		o.id, _ = m["id"].(string)
		o.created, _ = m["created"].(string)
		o.modified, _ = m["modified"].(string)
		s := sch[o.typ]
		if s == nil {
			s = sch[""]
		}
		if len(asCame) > 0 && asCame[0][o.id] {
			s = nil
		}
		if err := validate(s, doc); err != nil {
			add("%s (%s) does not validate against the %s schema: %v", o.id, o.typ, o.typ, err)
		}
		if mm := stixIDPattern.FindStringSubmatch(o.id); mm == nil || mm[1] != o.typ {
			add("object %d: id %q does not name its type %q", i, o.id, o.typ)
		}
		if ids[o.id] {
			add("%s appears twice", o.id)
		}
		ids[o.id] = true
		if o.created != "" && o.modified != "" {
			c, err1 := time.Parse(time.RFC3339Nano, o.created)
			md, err2 := time.Parse(time.RFC3339Nano, o.modified)
			switch {
			case err1 != nil || err2 != nil:
				add("%s: created %q or modified %q is not a timestamp", o.id, o.created, o.modified)
			case md.Before(c):
				add("%s is modified (%s) before it was created (%s)", o.id, o.modified, o.created)
			}
		}
		if ext, _ := m["extensions"].(map[string]any); o.typ == eventType && ext[extensionID] != nil { // kept events are as they came
			for _, p := range checkEvent(m) {
				add("%s: %s", o.id, p)
			}
		}
		for k, v := range m {
			collectRefs(k, v, &o.refs)
		}
		if ext, ok := m["extensions"].(map[string]any); ok {
			for k := range ext {
				if strings.HasPrefix(k, "extension-definition--") {
					o.extensions = append(o.extensions, k)
				}
			}
		}
		objs = append(objs, o)
	}
	for _, o := range objs {
		for _, ref := range o.refs {
			if !ids[ref] {
				add("%s refers to %s, which the bundle does not hold", o.id, ref)
			}
		}
		for _, ext := range o.extensions {
			if !ids[ext] && !wellKnownExtensions[ext] {
				add("%s uses the extension %s, which the bundle does not define", o.id, ext)
			}
		}
	}
	sort.Strings(problems)
	return problems
}

// checkEvent checks an event object, for which OASIS has no schema (the
// core schema checks its common properties), as OpenCTI reads one: a name,
// which its client requires; a new type declared by its extension's
// new-sdo entry (STIX 2.1, 7.3); times that are timestamps, the stop after
// the start (OpenCTI refuses them equal).
func checkEvent(m map[string]any) []string {
	var problems []string
	if name, _ := m["name"].(string); name == "" {
		problems = append(problems, "an event without a name")
	}
	ext, _ := m["extensions"].(map[string]any)
	if octi, _ := ext[openCTIExtension].(map[string]any); octi["extension_type"] != "new-sdo" {
		problems = append(problems, "an event its type's extension does not declare (new-sdo)")
	}
	var times [2]time.Time
	for i, key := range []string{"start_time", "stop_time"} {
		v, ok := m[key]
		if !ok {
			continue
		}
		s, _ := v.(string)
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil || !strings.HasSuffix(s, "Z") {
			problems = append(problems, fmt.Sprintf("%s %v is not a STIX timestamp", key, v))
		}
		times[i] = t
	}
	if !times[0].IsZero() && !times[1].IsZero() && !times[1].After(times[0]) {
		problems = append(problems, "an event that stops before it starts, or as it starts")
	}
	return problems
}

func validate(s *jsonschema.Schema, doc any) error {
	if s == nil {
		return nil
	}
	return s.Validate(doc)
}

// invalidObjects are the ids of the objects of a bundle that do not
// validate against their schemas.
func invalidObjects(data []byte) map[string]bool {
	out := map[string]bool{}
	sch, err := schemas()
	if err != nil {
		return out
	}
	var env struct{ Objects []json.RawMessage }
	if json.Unmarshal(data, &env) != nil || len(env.Objects) == 0 {
		env.Objects = []json.RawMessage{data} // one object, not in a bundle
	}
	for _, raw := range env.Objects {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		m, ok := doc.(map[string]any)
		if err != nil || !ok {
			continue
		}
		typ, _ := m["type"].(string)
		id, _ := m["id"].(string)
		s := sch[typ]
		if s == nil {
			s = sch[""]
		}
		if s.Validate(doc) != nil {
			out[id] = true
		}
	}
	return out
}

// collectRefs adds every id a property ending in _ref or _refs holds, at
// any depth.
func collectRefs(key string, v any, refs *[]string) {
	isRef := strings.HasSuffix(key, "_ref") || strings.HasSuffix(key, "_refs")
	switch x := v.(type) {
	case string:
		if isRef {
			*refs = append(*refs, x)
		}
	case []any:
		for _, e := range x {
			collectRefs(key, e, refs)
		}
	case map[string]any:
		for k, e := range x {
			collectRefs(k, e, refs)
		}
	}
}

// mustValidate fails the test for every problem the bundle has; objects
// named in asCame need not validate against their schemas (see
// checkBundle).
func mustValidate(t *testing.T, what string, data []byte, asCame ...map[string]bool) {
	t.Helper()
	problems := checkBundle(data, asCame...)
	for i, p := range problems {
		if i == 20 {
			t.Errorf("%s: and %d more problems", what, len(problems)-i)
			break
		}
		t.Errorf("%s: %s", what, p)
	}
}

// The checker itself must catch what it is there to catch.
func TestCheckBundleCatchesDefects(t *testing.T) {
	good := `{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
{"type":"identity","spec_version":"2.1","id":"identity--311b2d2d-f010-4473-83ec-1edf84858f4c","created":"2015-12-21T19:59:11.000Z","modified":"2015-12-21T19:59:11.000Z","name":"Cole Powers","identity_class":"individual"}]}`
	var def jsonWriter
	writeExtensionDefinition(&def)
	event := strings.Replace(good, `"name":"Cole Powers","identity_class":"individual"}`, `"name":"Cole Powers","identity_class":"individual"},`+string(def.b)+`,
{"type":"event","spec_version":"2.1","id":"event--311b2d2d-f010-4473-83ec-1edf84858f4c","created":"2015-12-21T19:59:11.000Z","modified":"2015-12-21T19:59:11.000Z","name":"Talks",`+
		`"start_time":"2022-09-07T00:00:00.000Z","stop_time":"2022-09-07T23:59:59.999Z","extensions":{"`+openCTIExtension+`":{"extension_type":"new-sdo"},`+
		`"`+extensionID+`":{"extension_type":"property-extension","event":{}}}}`, 1)
	for _, b := range []string{good, event} {
		if p := checkBundle([]byte(b)); len(p) != 0 {
			t.Fatalf("a valid bundle: %v", p)
		}
	}
	for name, tc := range map[string]struct{ bundle, want string }{
		"a note without content": {strings.Replace(good, `"identity","spec_version":"2.1","id":"identity--`, `"note","spec_version":"2.1","id":"note--`, 1),
			"does not validate"},
		"a dangling reference": {strings.Replace(good, `"name":"Cole Powers"`, `"name":"Cole Powers","created_by_ref":"identity--311b2d2d-f010-4473-83ec-1edf84858f4d"`, 1),
			"which the bundle does not hold"},
		"an id of another type": {strings.Replace(good, `"id":"identity--`, `"id":"location--`, 1), "does not name its type"},
		"modified before created": {strings.Replace(good, `"modified":"2015-12-21T19:59:11.000Z"`, `"modified":"2015-12-20T19:59:11.000Z"`, 1),
			"before it was created"},
		"a bundle with a spec_version": {strings.Replace(good, `"objects"`, `"spec_version":"2.1","objects"`, 1), "does not"},
		"an undeclared extension": {strings.Replace(good, `"identity_class":"individual"`,
			`"identity_class":"individual","extensions":{"extension-definition--311b2d2d-f010-4473-83ec-1edf84858f4c":{"extension_type":"property-extension","x":1}}`, 1),
			"does not define"},
		"a timestamp without milliseconds": {strings.Replace(good, `"created":"2015-12-21T19:59:11.000Z"`, `"created":"2015-12-21T19:59:11Z"`, 1), "does not validate"},
		"an event without a name":          {strings.Replace(event, `"name":"Talks",`, ``, 1), "without a name"},
		"an event that stops as it starts": {strings.Replace(event, `"stop_time":"2022-09-07T23:59:59.999Z"`, `"stop_time":"2022-09-07T00:00:00.000Z"`, 1),
			"stops before it starts"},
		"an event undeclared": {strings.Replace(event, `"new-sdo"`, `"property-extension"`, 1), "does not declare"},
	} {
		if p := checkBundle([]byte(tc.bundle)); !strings.Contains(strings.Join(p, "\n"), tc.want) {
			t.Errorf("%s: problems %q, want one saying %q", name, p, tc.want)
		}
	}
}
