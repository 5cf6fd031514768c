package casefile

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// STIXType reads ids as the OASIS identifier schema does.
func TestSTIXType(t *testing.T) {
	schema := regexp.MustCompile(`^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$`)
	for _, id := range []string{
		"indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "x-custom--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9",
		"ipv4-addr--C43A0A05-E8D2-4F64-AE37-3F3FB153F8D9", "identity--c43a0a05-e8d2-6f64-ae37-3f3fb153f8d9",
		"identity--c43a0a05-e8d2-4f64-ce37-3f3fb153f8d9", "Identity--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9",
		"identity-c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "identity--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d", "--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9",
		"a--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "ab--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "abc--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "ab---c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", "rama", "",
	} {
		want := ""
		if m := schema.FindStringSubmatch(id); m != nil {
			want = m[1]
		}
		if got := STIXType(id); got != want {
			t.Errorf("STIXType(%q) = %q, want %q", id, got, want)
		}
	}
}

// Every style of TLP marking definition in use reads as its label.
func TestTLPOfMarkingDefinition(t *testing.T) {
	for def, want := range map[string]Marking{
		`{"type":"marking-definition","id":"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb","name":"TLP:GREEN"}`:                                                                                     TLPGreen,
		`{"type":"marking-definition","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","definition_type":"tlp","definition":{"tlp":"white"}}`:                                                   TLPClear,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"tlp_2_0":"amber+strict"}}}`: TLPAmberStrict,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"statement","definition":{"statement":"TLP:AMBER"},"name":"TLP:AMBER"}`:                TLPAmber,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"TLP","name":"TLP:RED"}`:                                                               TLPRed,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"tlp","definition":{"tlp":"AMBER"}}`:                                                   TLPAmber,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","x_opencti_definition_type":"TLP","x_opencti_definition":"TLP:CLEAR"}`:                                   TLPClear,
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"statement","definition":{"statement":"Copyright 2024 ACME. TLP:RED applies"}}`:        "",
		`{"type":"marking-definition","id":"marking-definition--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"statement","definition":{"statement":"Copyright ACME"},"name":"TLP:GREEN"}`:           "",
		// OpenCTI's older form, the key in capitals, on an id of its own.
		`{"type":"marking-definition","id":"marking-definition--7f3e2a1c-0b4d-4e5f-8a9b-1c2d3e4f5a6b","definition_type":"TLP","definition":{"TLP":"TLP:RED"}}`:               TLPRed,
		`{"type":"marking-definition","id":"marking-definition--7f3e2a1c-0b4d-4e5f-8a9b-1c2d3e4f5a6b","definition_type":"statement","definition":{"Statement":"TLP:AMBER"}}`: TLPAmber,
		`{"type":"identity","id":"identity--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","name":"TLP:GREEN"}`:                                                                       "",
	} {
		got, ok := TLPOfMarkingDefinition([]byte(def))
		if got != want || ok != (want != "") {
			t.Errorf("%s: %q %v, want %q", def, got, ok, want)
		}
	}
}

func kept(objs ...string) []RawObject {
	var out []RawObject
	for _, o := range objs {
		out = append(out, RawObject(o))
	}
	return out
}

const (
	greenIndicator  = `{"type":"indicator","id":"indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9","name":"C2","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}`
	unmarkedMalware = `{"type":"malware","id":"malware--5d2fd1a0-9b6f-4c1e-8f2a-0d3c4b5a6978","name":"Wiper"}`
	indicates       = `{"type":"relationship","id":"relationship--1b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","relationship_type":"indicates","source_ref":"indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9","target_ref":"malware--5d2fd1a0-9b6f-4c1e-8f2a-0d3c4b5a6978","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}`
	onActor         = `{"type":"relationship","id":"relationship--2b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","relationship_type":"uses","source_ref":"actor-red","target_ref":"malware--5d2fd1a0-9b6f-4c1e-8f2a-0d3c4b5a6978","object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]}`
	statementMark   = `{"type":"marking-definition","id":"marking-definition--3b2d0d1b-5c3c-4a5e-9d3a-2f1e0d9c8b7a","definition_type":"statement","definition":{"statement":"Copyright ACME"}}`
)

// A release leaves out the kept objects above its limit and those that
// refer to what it leaves out, marks the rest explicitly and raises the
// copy's marking to cover them.
func TestReleaseKept(t *testing.T) {
	c := &Case{ID: "c", Title: "Case", Marking: TLPAmber,
		Actors: []Actor{{ID: "actor-red", Name: "Red", Kind: KindGroup, Marking: TLPAmber}, {ID: "actor-clear", Name: "Clear", Kind: KindGroup, Marking: TLPClear}},
		Kept:   kept(greenIndicator, unmarkedMalware, indicates, onActor, statementMark)}
	if ps := append(c.Validate(), c.CheckKept()...); len(ps) > 0 {
		t.Fatal(ps)
	}
	r, _ := Release(c, TLPGreen)
	if n := ReleaseKept(c, r); n != 3 {
		t.Errorf("withheld %d, want 3: the unmarked malware (AMBER, as the case), the relationship to it and the one from the AMBER actor", n)
	}
	if len(r.Kept) != 1 || !bytes.Equal(r.Kept[0], RawObject(greenIndicator)) {
		t.Errorf("kept %s; want the GREEN indicator alone (the unused statement marking goes too)", r.Kept)
	}
	if r.Marking != TLPGreen {
		t.Errorf("the release is marked %s", r.Marking)
	}
	if len(c.Kept) != 5 {
		t.Error("the release changed the case's own kept objects")
	}
	// At AMBER everything stays, the unmarked malware marked AMBER.
	r, _ = Release(c, TLPAmber)
	if n := ReleaseKept(c, r); n != 0 || len(r.Kept) != 4 || !strings.HasPrefix(string(r.Kept[1]), `{"object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"],"type":"malware"`) {
		t.Errorf("withheld %d; kept %s", n, r.Kept)
	}
	// Idempotent: released again, nothing changes.
	before := append([]RawObject(nil), r.Kept...)
	if n := ReleaseKept(r, r); n != 0 || len(r.Kept) != len(before) {
		t.Errorf("a second ReleaseKept withheld %d", n)
	}
}

// A case file with kept objects loads; one whose kept objects are broken
// is reported by CheckKept.
func TestKeptLoadsAndIsChecked(t *testing.T) {
	c := &Case{ID: "c", Title: "Case", Marking: TLPAmber, Kept: kept(greenIndicator, unmarkedMalware)}
	var b bytes.Buffer
	if err := Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b.Bytes())
	if err != nil || len(got.Kept) != 2 || len(got.CheckKept()) != 0 {
		t.Fatalf("a case with kept objects: %v", err)
	}
	var o map[string]any
	if err := json.Unmarshal(got.Kept[1], &o); err != nil || o["name"] != "Wiper" {
		t.Errorf("kept object read back as %s", got.Kept[1])
	}
	// A mistake elsewhere is still found, and the kept objects are no
	// mistake of their own.
	bad := strings.Replace(b.String(), `"title": "Case"`, `"title": 7`, 1)
	if _, err := Decode([]byte(bad)); err == nil || strings.Contains(err.Error(), "kept") {
		t.Errorf("a case file with a wrong title and kept objects: %v", err)
	}
	c.Kept = kept(greenIndicator, greenIndicator, `{"type":"malware","id":"rama"}`, `[1]`)
	c.Actors = []Actor{{ID: "indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9", Name: "x", Kind: KindGroup}}
	ps := c.CheckKept()
	if len(ps) != 4 {
		t.Errorf("CheckKept found %d problems, want 4 (the id twice, an item's id, a bad id, not an object): %v", len(ps), ps)
	}
}

// A release made of WithKeptReleasable's copy holds no kept object above
// its limit, as every export that releases a case itself needs.
func TestWithKeptReleasable(t *testing.T) {
	c := &Case{ID: "c", Title: "Case", Marking: TLPAmber, Kept: kept(greenIndicator, unmarkedMalware)}
	if WithKeptReleasable(c, "") != c || WithKeptReleasable(&Case{Marking: TLPRed}, TLPClear).Kept != nil {
		t.Error("a case with nothing to leave out should be returned as it is")
	}
	d := WithKeptReleasable(c, TLPGreen)
	r, _ := Release(d, TLPGreen)
	if len(r.Kept) != 1 || !bytes.Equal(r.Kept[0], RawObject(greenIndicator)) || len(c.Kept) != 2 {
		t.Errorf("released %s; the case keeps %d", r.Kept, len(c.Kept))
	}
}
