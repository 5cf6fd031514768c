package stix

import (
	"encoding/json"
	"github.com/casefile/casefile/casefile"
	"reflect"
	"strings"
	"testing"
)

// The fast path reads an object of Casefile's as encoding/json does, and
// refuses what encoding/json refuses.
func TestFastParseAgreesWithEncodingJSON(t *testing.T) {
	data, err := Export(fullCase(3))
	if err != nil {
		t.Fatal(err)
	}
	_, raws, err := splitBundle(data)
	if err != nil {
		t.Fatal(err)
	}
	fast := 0
	im := &importer{}
	seen := map[string]string{} // words interned across objects, as decode interns them
	for _, raw := range raws {
		var b object
		p := &parsed{raw: raw}
		if fastParse(raw, &p.o, p, seen) != nil {
			continue
		}
		if err := im.decodeItems([]*parsed{p}, func(int) {}); err != nil {
			t.Fatal(err)
		}
		a := p.o
		fast++
		if err := json.Unmarshal(raw, &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fastFields(a), fastFields(b)) || !reflect.DeepEqual(*a.Extensions.Casefile, *b.Extensions.Casefile) {
			t.Errorf("%s: fast %+v\nencoding/json %+v", a.ID, fastFields(a), fastFields(b))
		}
	}
	if fast < len(raws)/2 {
		t.Errorf("only %d of %d objects took the fast path", fast, len(raws))
	}
	ours := `{"type":"note","id":"note--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9","x_other":OTHER,"content":CONTENT,"extensions":{"` + extensionID + `":{"extension_type":"property-extension","note":{"id":"n"}}}}`
	for _, bad := range []string{"\"tab\tnot escaped\"", `"bad \x escape"`, `"cut \u12"`, `01`, `1.`, `-`, `1e`, `tru`, `[1,]`, `{"a":1,}`, `"a" "b"`, `{"a" 1}`} {
		for _, in := range []string{"CONTENT", "OTHER"} {
			raw := strings.Replace(ours, in, bad, 1)
			raw = strings.NewReplacer("CONTENT", `"x"`, "OTHER", "1").Replace(raw)
			var o object
			if fastParse([]byte(raw), &o, &parsed{}, nil) == nil || json.Valid([]byte(raw)) {
				t.Errorf("%s as %s: the fast path took it (encoding/json says valid: %v)", bad, in, json.Valid([]byte(raw)))
			}
		}
	}
	for _, other := range []string{`-0.5e+10`, `0`, `[{"a":[true,false,null]}]`, `"x"`, `{}`, `[]`} {
		raw := []byte(strings.NewReplacer("OTHER", other, "CONTENT", `"x"`).Replace(ours))
		if err := fastParse(raw, new(object), &parsed{}, map[string]string{}); err != nil {
			t.Errorf("%s: %v", other, err)
		}
	}
	for _, content := range []string{`"plain"`, `"esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude42 \ud800 end"`, `null`} {
		raw := []byte(strings.NewReplacer("CONTENT", content, "OTHER", "1").Replace(ours))
		var a, b object
		if err := fastParse(raw, &a, &parsed{}, nil); err != nil {
			t.Errorf("%s: %v", content, err)
			continue
		}
		if err := json.Unmarshal(raw, &b); err != nil {
			t.Fatal(err)
		}
		if a.Content != b.Content {
			t.Errorf("%s: fast %q, encoding/json %q", content, a.Content, b.Content)
		}
	}
}

// fastFields are the properties the fast path reads.
func fastFields(o object) []any {
	return []any{o.Type, o.ID, o.SpecVersion, o.Created, o.Modified, o.CreatedBy, o.Name, o.Description, o.Content,
		o.SourceRef, o.TargetRef, o.ObjectRefs, o.Markings}
}

// An item the fast path found by its brackets but that is not JSON is
// refused as encoding/json refuses it, naming the object.
func TestDamagedItemIsRefused(t *testing.T) {
	data, err := Export(casefile.Synthetic(30, 2))
	if err != nil {
		t.Fatal(err)
	}
	for _, damage := range []string{`"statement":{"id" "`, `"statement":{"id":,"`, `"statement":{"id":"x\q`} {
		bad := strings.Replace(string(data), `"statement":{"id":"`, damage, 1)
		if bad == string(data) {
			t.Fatal("nothing to damage")
		}
		_, _, err := Import([]byte(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "not valid JSON") || !strings.Contains(err.Error(), "note--") && !strings.Contains(err.Error(), "object ") {
			t.Errorf("%s: %v", damage, err)
		}
	}
}
