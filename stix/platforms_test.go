package stix

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// Bundles in the shapes OpenCTI and MISP export (testdata/platforms, our
// own invented content; testdata/README.md lists what each has) import,
// each with what a user expects of it; every object of each becomes an
// item or is kept; each exports again to a bundle that validates, whose
// kept objects are those that came, and that imports back to the same
// case. Real bundles from the platforms' repositories can be tried the
// same way, without adding them here: go run ./stix/internal/tryforeign DIR.

// platformExpect is what a user expects of one bundle; nil for those whose
// own test checks it (TestOpenCTIBundleImports, TestMISPBundleImports).
type platformExpect func(t *testing.T, c *casefile.Case, rep Report, src []byte)

var platformBundles = map[string]platformExpect{
	"opencti-report.json":        nil,
	"opencti-test-dataset.json":  expectOpenCTIDataSet,
	"opencti-shared-report.json": expectOpenCTISharedReport,
	"opencti-events.json":        expectOpenCTIEvents,
	"misp-event.json":            nil,
	"misp-two-events.json":       expectMISPTwoEvents,
	"misp-published-event.json":  expectMISPPublishedEvent,
	"misp-analyst-data.json":     expectMISPAnalystData,
	"misp-galaxies.json":         expectMISPGalaxies,
	"misp-custom-objects.json":   expectMISPCustomObjects,
	"misp-sightings.json":        expectMISPSightings,
	"misp-tlp-markings.json": expectTLP(casefile.TLPRed,
		casefile.TLPClear, casefile.TLPGreen, casefile.TLPAmber, casefile.TLPRed, // TLP 1.0, WHITE read as CLEAR
		casefile.TLPClear, casefile.TLPGreen, casefile.TLPAmber, casefile.TLPAmberStrict, casefile.TLPRed), // TLP 2.0
}

func TestPlatformBundles(t *testing.T) {
	files, _ := filepath.Glob("testdata/platforms/*.json")
	for _, f := range files {
		if _, ok := platformBundles[filepath.Base(f)]; !ok {
			t.Errorf("%s: give it what a user expects of it in platformBundles", f)
		}
	}
	if len(files) != len(platformBundles) {
		t.Errorf("testdata/platforms holds %d bundles and the test expects %d", len(files), len(platformBundles))
	}
	for name, expect := range platformBundles {
		t.Run(name, func(t *testing.T) {
			c, rep, src := importFile(t, filepath.Join("platforms", name))
			if expect != nil {
				expect(t, c, rep, src)
			}
			everyObjectAccounted(t, c, src)
			data := roundTrip(t, name, c)
			mustValidate(t, name+", exported again", data, invalidObjects(src))
			keptWrittenBack(t, c, data)
		})
	}
}

// everyObjectAccounted checks that each object of the bundle became an
// item (a foreign object's item keeps its id), the case, or a kept object,
// but for the TLP 2.0 definitions, which every export writes again.
func everyObjectAccounted(t *testing.T, c *casefile.Case, src []byte) {
	t.Helper()
	have := map[string]bool{c.ID: true}
	for _, a := range c.Actors {
		have[a.ID] = true
	}
	for _, r := range c.Relations {
		have[r.ID] = true
	}
	for _, e := range c.Events {
		have[e.ID] = true
	}
	for _, n := range c.Notes {
		have[n.ID] = true
	}
	for _, o := range c.KeptObjects() {
		have[o.ID] = true
	}
	for _, o := range bundleObjects(t, src) {
		id, _ := o["id"].(string)
		if !have[id] && !casefile.IsTLP2MarkingID(id) {
			t.Errorf("%s became nothing: neither an item nor a kept object", id)
		}
	}
}

// keptWrittenBack checks that the export holds every kept object as it
// came, or with the case's marking added when it had no TLP marking.
func keptWrittenBack(t *testing.T, c *casefile.Case, data []byte) {
	t.Helper()
	out := map[string]any{}
	for _, o := range bundleObjects(t, data) {
		id, _ := o["id"].(string)
		out[id] = o
	}
	defs := c.KeptDefinitions()
	for _, raw := range c.Kept {
		k, err := casefile.ParseKept(raw, defs)
		if err != nil {
			t.Fatal(err)
		}
		want := []byte(raw)
		if k.TLP == "" && !k.IsMarkingDefinition() {
			want = casefile.KeptWithMarking(raw, c.Marking)
		}
		var w any
		if err := json.Unmarshal(want, &w); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(out[k.ID], w) {
			t.Errorf("the export does not hold %s as it was kept:\n got %v\nwant %v", k.ID, out[k.ID], w)
		}
	}
}

func actorsNamed(t *testing.T, c *casefile.Case, want map[string]casefile.ActorKind) {
	t.Helper()
	for name, kind := range want {
		if a, ok := actorNamed(c, name); !ok || a.Kind != kind {
			t.Errorf("actor %q: %+v, want a %s", name, a, kind)
		}
	}
}

func notActors(t *testing.T, c *casefile.Case, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := actorNamed(c, name); ok {
			t.Errorf("%s is an actor; %s", name, why)
		}
	}
}

func keptCounts(t *testing.T, rep Report, want map[string]int) {
	t.Helper()
	for typ, n := range want {
		if rep.Kept[typ] != n {
			t.Errorf("kept %d %s, want %d (kept %v)", rep.Kept[typ], typ, n, rep.Kept)
		}
	}
}

func reportSays(t *testing.T, rep Report, want ...string) {
	t.Helper()
	s := rep.String()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("the report does not say %q: %s", w, s)
		}
	}
}

func keptIDs(c *casefile.Case) map[string]casefile.KeptObject {
	out := map[string]casefile.KeptObject{}
	for _, o := range c.KeptObjects() {
		out[o.ID] = o
	}
	return out
}

// expectTLP checks the case's marking and those of the kept observed data,
// in the bundle's order.
func expectTLP(caseMarking casefile.Marking, marks ...casefile.Marking) platformExpect {
	return func(t *testing.T, c *casefile.Case, _ Report, _ []byte) {
		var got []casefile.Marking
		for _, o := range c.KeptObjects() {
			if o.Type == "observed-data" {
				got = append(got, o.TLP)
			}
		}
		if c.Marking != caseMarking || !slices.Equal(got, marks) {
			t.Errorf("case %s, observed data %v; want %s and %v (TLP:WHITE read as TLP:CLEAR)", c.Marking, got, caseMarking, marks)
		}
	}
}

// OpenCTI's test data set (client-python's DATA-TEST-STIX2_v2.json in
// shape): its identities, sectors, campaign, intrusion set and country as
// actors, their relationships as relations; its creators, the ISAC that
// only made and sighted indicators, its city and regions not; its note and
// opinion on the intrusion set; its TLP:WHITE ({"TLP": "TLP:WHITE"} on
// TLP 1.0's id) as TLP:CLEAR, its TLP:TEST and MITRE's copyright statement
// as no TLP, so that the case is TLP:AMBER, not TLP:CLEAR; the relationship
// without spec_version is read, and kept.
func expectOpenCTIDataSet(t *testing.T, c *casefile.Case, rep Report, src []byte) {
	if c.Title != "Harbour intrusions: a data set for tests" || !strings.HasPrefix(c.Summary, "Invented data") || c.Analyst != "Ostmark CERT" {
		t.Errorf("title %q, summary %q, analyst %q", c.Title, c.Summary, c.Analyst)
	}
	actorsNamed(t, c, map[string]casefile.ActorKind{"Brine Heron": casefile.KindGroup, "Operation Low Tide": casefile.KindGroup,
		"Mara Lindqvist": casefile.KindPerson, "Latvia": casefile.KindState, "Harbourline Freight": casefile.KindOrganisation,
		"Logistics": casefile.KindGroup, "Maritime logistics": casefile.KindGroup})
	notActors(t, c, "it only created or sighted objects, or is a city or a region",
		"Ostmark CERT", "The MITRE Corporation", "Dockside ISAC", "Nordhafen", "Baltic states", "Northern Europe")
	if !hasRelation(c, "Operation Low Tide", "attributed to", "Brine Heron") || !hasRelation(c, "Brine Heron", "targets", "Harbourline Freight") ||
		!hasRelation(c, "Mara Lindqvist", "part of", "Harbourline Freight") || !hasRelation(c, "Maritime logistics", "part of", "Logistics") ||
		!hasRelation(c, "Harbourline Freight", "part of", "Maritime logistics") || len(c.Relations) != 5 {
		t.Errorf("relations: %+v", c.Relations)
	}
	if a, _ := actorNamed(c, "Harbourline Freight"); a.Marking != casefile.TLPClear || c.Marking != casefile.TLPAmber {
		t.Errorf("Harbourline Freight is marked %s in a case marked %s; want TLP:CLEAR (OpenCTI's TLP:WHITE) in TLP:AMBER (TLP:TEST and the copyright are no TLP)", a.Marking, c.Marking)
	}
	heron, _ := actorNamed(c, "Brine Heron")
	if len(c.Notes) != 2 || c.Notes[0].Target != (casefile.Target{Kind: casefile.OnActor, ID: heron.ID}) ||
		!strings.Contains(c.Notes[0].Body, "The same loader") || c.Notes[1].Target != c.Notes[0].Target || !strings.HasPrefix(c.Notes[1].Body, "Opinion: agree.") {
		t.Errorf("the note and the opinion on the intrusion set: %+v", c.Notes)
	}
	if len(heron.Sources) != 2 || !slices.Equal(heron.Aliases, []string{"Saltmarsh"}) {
		t.Errorf("Brine Heron cites %v, aliases %v; want its two external references and its alias", heron.Sources, heron.Aliases)
	}
	reportSays(t, rep, "no spec_version", "marking-definition--055bb6d1-2b91-4c50-b68c-d9d55ee2c527", "are marked, but with no TLP marking")
	keptCounts(t, rep, map[string]int{"attack-pattern": 1, "indicator": 2, "sighting": 2, "marking-definition": 3, "observed-data": 1,
		"course-of-action": 1, "identity": 3, "location": 3, "incident": 1, "malware-analysis": 1, "software": 1, "relationship": 7})
	kept := keptIDs(c)
	unversioned := 0
	for _, o := range bundleObjects(t, src) {
		if _, ok := o["spec_version"]; !ok {
			unversioned++
			if id, _ := o["id"].(string); kept[id].Type != "relationship" {
				t.Errorf("the relationship without spec_version, %s, is not kept", id)
			}
		}
	}
	if unversioned != 1 {
		t.Errorf("the fixture has %d objects without spec_version, want 1", unversioned)
	}
}

// A report's full export from OpenCTI 6: the identities it holds, of every
// class OpenCTI has, are actors; the organisation it is shared with
// (x_opencti_granted_refs) is not, but is kept.
func expectOpenCTISharedReport(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	actorsNamed(t, c, map[string]casefile.ActorKind{"Jonas Ekberg": casefile.KindPerson, "Nordpost Logistics": casefile.KindOrganisation,
		"Postal services": casefile.KindGroup, "Locker fleet controller": casefile.KindOrganisation})
	notActors(t, c, "OpenCTI only shares the report with it", "Partner CSIRT")
	if len(c.Actors) != 4 || rep.Kept["identity"] != 1 {
		t.Errorf("%d actors, kept %v: the organisation the report is shared with is OpenCTI's bookkeeping, to keep", len(c.Actors), rep.Kept)
	}
	if c.Title != "Parcel lockers phishing wave" || rep.Kept["location"] != 1 || rep.Kept["email-addr"] != 1 || rep.Kept["malware"] != 1 || rep.Kept["indicator"] != 1 {
		t.Errorf("title %q, kept %v: the city, the observable, the malware and the indicator are kept", c.Title, rep.Kept)
	}
}

// OpenCTI 6 with its extension on every object: events, a channel and a
// narrative of its own types, the organisation it shares with named in the
// extension's granted_refs, its times for "not known" (1970-01-01,
// 5138-11-16), which are no date, its markings by name (TLP and PAP) and
// granular markings.
func expectOpenCTIEvents(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	actorsNamed(t, c, map[string]casefile.ActorKind{"Quayside Collective": casefile.KindGroup, "Arvid Kallas": casefile.KindPerson, "Estonia": casefile.KindState})
	notActors(t, c, "it only created the report, or OpenCTI shares it with it", "Baltic Media Monitor", "Harbour Authority SOC")
	if len(c.Actors) != 3 || rep.Kept["identity"] != 2 || rep.Kept["channel"] != 1 || rep.Kept["narrative"] != 1 || rep.Kept["marking-definition"] != 4 {
		t.Errorf("%d actors, kept %v", len(c.Actors), rep.Kept)
	}
	for _, r := range c.Relations {
		switch r.Type {
		case "part of":
			if !r.Start.IsZero() || !r.End.IsZero() {
				t.Errorf("part of, from 1970-01-01 until 5138-11-16 (OpenCTI's not known): %v to %v, want no dates", r.Start, r.End)
			}
		case "targets":
			if r.Start != casefile.Day(2024, 9, 1) || !r.End.IsZero() {
				t.Errorf("targets, until 5138-11-16: %v to %v, want from 2024-09-01, no end", r.Start, r.End)
			}
		}
	}
	if !hasRelation(c, "Arvid Kallas", "part of", "Quayside Collective") || !hasRelation(c, "Quayside Collective", "targets", "Estonia") || len(c.Relations) != 2 {
		t.Errorf("relations: %+v", c.Relations)
	}
	until := casefile.Day(2024, 9, 30)
	until.Qualifier = casefile.Until
	collective, _ := actorNamed(c, "Quayside Collective")
	estonia, _ := actorNamed(c, "Estonia")
	kallas, _ := actorNamed(c, "Arvid Kallas")
	if len(c.Events) != 2 || c.Events[0].Title != "Municipal election in Tarnby" || c.Events[0].Date != casefile.Day(2024, 10, 20) ||
		!slices.Equal(c.Events[0].Actors, []string{collective.ID, estonia.ID}) {
		t.Errorf("the election, from 2024-10-20 until 5138-11-16: %+v; want 2024-10-20, its actors the collective and the country", c.Events)
	} else if c.Events[1].Date != until || !slices.Equal(c.Events[1].Actors, []string{kallas.ID}) {
		t.Errorf("the contract, from 1970-01-01 until 2024-09-30: %+v; want until 2024-09-30", c.Events[1])
	}
	if kallas.Marking != casefile.TLPRed || c.Marking != casefile.TLPRed || c.TitleMarking != casefile.TLPGreen || c.SummaryMarking != casefile.TLPAmber {
		t.Errorf("Kallas %s, the case %s, its title %s, its summary %s; want TLP:RED (a granular marking), TLP:RED, TLP:GREEN, TLP:AMBER (the report's granular marking)",
			kallas.Marking, c.Marking, c.TitleMarking, c.SummaryMarking)
	}
	for _, o := range c.KeptObjects() {
		if o.Type == "narrative" && (o.TLP != casefile.TLPGreen || len(o.MarkingRefs) != 2) {
			t.Errorf("the narrative, marked TLP:GREEN and PAP:AMBER: %+v", o)
		}
	}
}

// Two events, unpublished, so two groupings: the first is the case, the
// second kept with what it holds.
func expectMISPTwoEvents(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	if c.Title != "Bulletproof host serving a phishing kit" || c.Analyst != "Nordlys CERT" || rep.Kept["grouping"] != 1 {
		t.Errorf("title %q, analyst %q, kept %v", c.Title, c.Analyst, rep.Kept)
	}
	if !slices.Equal(c.Tags, []string{"Threat-Report", `workflow:state="incomplete"`}) {
		t.Errorf("tags %q", c.Tags)
	}
	keptCounts(t, rep, map[string]int{"indicator": 2, "observed-data": 2, "relationship": 2, "domain-name": 1, "ipv4-addr": 1, "url": 1, "identity": 1})
	if len(c.Actors)+len(c.Relations)+len(c.Notes) != 0 {
		t.Errorf("MISP's attributes made items: %+v", c)
	}
}

// A published event: a report, marked TLP:WHITE by TLP 1.0's definition,
// with MISP's note on it.
func expectMISPPublishedEvent(t *testing.T, c *casefile.Case, _ Report, _ []byte) {
	if c.Title != "Parcel delivery smishing, week 7" || c.Marking != casefile.TLPClear || len(c.Tags) != 5 || c.Analyst != "Nordlys CERT" {
		t.Errorf("title %q, marking %s, tags %q, analyst %q", c.Title, c.Marking, c.Tags, c.Analyst)
	}
	if len(c.Notes) != 1 || c.Notes[0].Target.Kind != casefile.OnCase || !strings.Contains(c.Notes[0].Body, "holds no attributes") {
		t.Errorf("MISP's note on the event: %+v", c.Notes)
	}
}

// Analyst data: the analyst note on the event is a note on the case, by
// its author; the notes and opinions on indicators and observed data, and
// the event report (a note with an abstract) and the opinion on it, are
// kept with them; the event's TLP:WHITE marks the case TLP:CLEAR.
func expectMISPAnalystData(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	if len(c.Notes) != 1 || c.Notes[0].Body != "Closed after the user's machine was reimaged" || c.Notes[0].Author != "reviewer@nordlys.example" ||
		c.Notes[0].Target.Kind != casefile.OnCase {
		t.Errorf("notes %+v", c.Notes)
	}
	keptCounts(t, rep, map[string]int{"note": 3, "opinion": 3, "indicator": 2, "observed-data": 2, "artifact": 1, "file": 1, "attack-pattern": 1})
	if c.Marking != casefile.TLPClear {
		t.Errorf("marked %s, want TLP:CLEAR (the event's TLP:WHITE)", c.Marking)
	}
}

// Galaxies: a threat actor, an intrusion set with its references, a
// country named by its galaxy's value ("finland", as MISP writes "sweden")
// named as Casefile knows it, a sector; the region is kept.
func expectMISPGalaxies(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	if c.Title != "Galaxies attached to an event" || c.Analyst != "Nordlys CERT" || len(c.Actors) != 4 {
		t.Errorf("title %q, analyst %q, actors %+v", c.Title, c.Analyst, c.Actors)
	}
	if a, ok := actorNamed(c, "Amber Lynx"); !ok || a.Kind != casefile.KindGroup || !slices.Equal(a.Aliases, []string{"Recruiter Lynx"}) {
		t.Errorf("the threat actor: %+v", a)
	}
	if a, ok := actorNamed(c, "Glass Otter"); !ok || a.Kind != casefile.KindGroup || len(a.Sources) != 3 || len(c.Sources) != 3 || !strings.HasPrefix(a.Description, "Glass Otter targets") {
		t.Errorf("the intrusion set: %+v; sources %+v", a, c.Sources)
	}
	if a, ok := actorNamed(c, "Finland"); !ok || a.Kind != casefile.KindState || !slices.Equal(a.Aliases, []string{"FI"}) {
		t.Errorf("the country galaxy (\"finland\", FI): %+v; want the state Finland, alias FI", a)
	}
	if a, ok := actorNamed(c, "Shipbuilding"); !ok || a.Kind != casefile.KindGroup {
		t.Errorf("the sector: %+v", a)
	}
	keptCounts(t, rep, map[string]int{"location": 1, "identity": 1})
	reportSays(t, rep, "intrusion-set: labels", "x_misp_cfr_type_of_incident")
}

// MISP's own objects and attributes, x-misp-object and x-misp-attribute,
// are kept, and make no items.
func expectMISPCustomObjects(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	keptCounts(t, rep, map[string]int{"x-misp-object": 3, "x-misp-attribute": 3})
	if len(c.Actors)+len(c.Relations)+len(c.Events)+len(c.Notes) != 0 {
		t.Errorf("MISP's own objects made items: %+v", c)
	}
}

// Sightings: the organisations that sighted are actors; the sightings and
// the opinions on them are kept.
func expectMISPSightings(t *testing.T, c *casefile.Case, rep Report, _ []byte) {
	actorsNamed(t, c, map[string]casefile.ActorKind{"Fjord Telecom": casefile.KindOrganisation, "Tundra Bank": casefile.KindOrganisation,
		"Skerry Hosting": casefile.KindOrganisation})
	notActors(t, c, "it only created the event", "Nordlys CERT")
	keptCounts(t, rep, map[string]int{"sighting": 3, "opinion": 3, "observed-data": 1, "autonomous-system": 1, "indicator": 1})
}

// A kept object's marking, added by the export, goes back off on import,
// byte for byte, whether it had markings of another kind or none.
func TestKeptMarkingComesOffExactly(t *testing.T) {
	for _, raw := range []string{
		`{"type":"indicator","id":"indicator--0525f5d4-321d-4c7c-9399-51939551099b","name":"x"}`,
		`{"type":"indicator","id":"indicator--0525f5d4-321d-4c7c-9399-51939551099b","object_marking_refs":["marking-definition--85e28e78-6cc1-4724-b565-ff3dfb96e7e7"],"name":"x"}`,
		`{"id":"indicator--0525f5d4-321d-4c7c-9399-51939551099b","name":"x","object_marking_refs":["marking-definition--85e28e78-6cc1-4724-b565-ff3dfb96e7e7","marking-definition--10b1b35e-ed7b-4c67-bcf2-b1684a884f22"],"type":"indicator"}`,
	} {
		marked := markKept([]byte(raw), casefile.TLPAmber)
		k, err := casefile.ParseKept(marked, nil)
		if err != nil || k.TLP != casefile.TLPAmber {
			t.Errorf("%s marked: %s (%v, %s)", raw, marked, err, k.TLP)
		}
		if back := unmarkKept(marked); !bytes.Equal(back, []byte(raw)) {
			t.Errorf("marked and unmarked:\n got %s\nwant %s", back, raw)
		}
	}
}
