package stix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func readTestdata(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func importFile(t *testing.T, path string) (*casefile.Case, Report, []byte) {
	t.Helper()
	data := readTestdata(t, path)
	c, rep, err := ImportWith(data, nil, Options{Name: filepath.Base(path)})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return c, rep, data
}

func actorNamed(c *casefile.Case, name string) (casefile.Actor, bool) {
	for _, a := range c.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return casefile.Actor{}, false
}

func hasRelation(c *casefile.Case, from, typ, to string) bool {
	for _, r := range c.Relations {
		if c.ActorName(r.From) == from && string(r.Type) == typ && c.ActorName(r.To) == to {
			return true
		}
	}
	return false
}

// reExport checks that an imported case exports to a valid bundle that
// imports back identical, so that nothing kept is lost in a round trip.
// The objects kept as they came need validate only if they did in source.
func reExport(t *testing.T, what string, c *casefile.Case, source []byte) {
	t.Helper()
	data := roundTrip(t, what, c)
	mustValidate(t, what+", exported again", data, invalidObjects(source))
}

// Done means: the OASIS example bundles import, with their actors,
// relations and reports, and what Casefile has no equivalent for is kept.
func TestOASISExamplesImport(t *testing.T) {
	c, rep, src := importFile(t, "examples/threat-reports/apt1.json")
	if c.Title != "APT1: Exposing One of China's Cyber Espionage Units" || !strings.HasPrefix(c.Summary, "Since 2004, Mandiant") {
		t.Errorf("APT1: title %q, summary %.40q", c.Title, c.Summary)
	}
	apt1, ok := actorNamed(c, "APT1")
	if !ok || apt1.Kind != casefile.KindGroup || !strings.Contains(strings.Join(apt1.Aliases, ","), "Comment Crew") {
		t.Errorf("APT1 is not an actor with its aliases: %+v", apt1)
	}
	if a, ok := actorNamed(c, "Wang Dong"); !ok || a.Kind != casefile.KindPerson {
		t.Errorf("the identity Wang Dong is not a person: %+v", a)
	}
	if len(c.Actors) != 10 || len(c.Relations) != 7 || !hasRelation(c, "APT1", "attributed to", "Unit 61398") {
		t.Errorf("APT1: %d actors, %d relations; want 10 and 7, APT1 attributed to Unit 61398", len(c.Actors), len(c.Relations))
	}
	for typ, n := range map[string]int{"indicator": 12, "malware": 6, "tool": 10, "attack-pattern": 7, "relationship": 23} {
		if rep.Kept[typ] != n {
			t.Errorf("APT1: kept %d %s, want %d (report %v)", rep.Kept[typ], typ, n, rep.Kept)
		}
	}
	if len(c.Kept) != 58 || !strings.Contains(rep.Summary(), "kept 58 objects") {
		t.Errorf("APT1: %d kept; report %q", len(c.Kept), rep.Summary())
	}
	if !strings.Contains(rep.String(), "first_seen") {
		t.Errorf("the report does not say which properties were not imported: %s", rep)
	}
	reExport(t, "APT1", c, src)

	c, rep, src = importFile(t, "examples/threat-reports/poisonivy.json")
	if c.Title != "Poison Ivy: Assessing Damage and Extracting Intelligence" || c.Analyst != "FireEye, Inc." {
		t.Errorf("Poison Ivy: title %q, analyst %q (the report's creator)", c.Title, c.Analyst)
	}
	for _, name := range []string{"admin@338", "th3bug", "menuPass"} {
		if a, ok := actorNamed(c, name); !ok || a.Kind != casefile.KindGroup {
			t.Errorf("Poison Ivy: campaign %s is not an actor", name)
		}
	}
	if rep.Kept["indicator"] != 25 || rep.Kept["malware"] != 25 || rep.Kept["vulnerability"] != 6 {
		t.Errorf("Poison Ivy: kept %v", rep.Kept)
	}
	reExport(t, "Poison Ivy", c, src)

	small, _ := filepath.Glob("testdata/examples/*.json")
	if len(small) < 6 {
		t.Fatalf("the small examples are missing from testdata/examples: %v", small)
	}
	for _, path := range small {
		name := filepath.Base(path)
		c, _, src := importFile(t, filepath.Join("examples", name))
		if len(c.Actors)+len(c.Kept) == 0 {
			t.Errorf("%s: nothing imported or kept", name)
		}
		reExport(t, name, c, src)
	}
	// The lone object with a TLP 1.0 RED marking and one the bundle does
	// not define.
	c, rep, _ = importFile(t, "examples/interop-objectmarking-test.json")
	if a, ok := actorNamed(c, "Spear Phishing"); !ok || a.Marking != casefile.TLPRed || c.Marking != casefile.TLPRed || len(a.Sources) != 1 {
		t.Errorf("the marked campaign: %+v in a case marked %s", a, c.Marking)
	}
	if !strings.Contains(rep.String(), "bundle of one") || !strings.Contains(rep.String(), "5e57c739-391a-4eb3-b6be-7d15ca92d5ec") {
		t.Errorf("the report does not say the file is one object or name the unknown marking: %s", rep)
	}
}

// A bundle as OpenCTI exports one (its x_opencti_ properties and
// extension, its TLP markings by name, statement and tlp definitions, a
// country location, a note, an opinion, an event of its own) imports.
// (TestPlatformBundles checks it, and the other bundles of testdata/platforms,
// for what every bundle must do.)
func TestOpenCTIBundleImports(t *testing.T) {
	c, rep, src := importFile(t, "platforms/opencti-report.json")
	if c.Title != "HomeLand Justice targets Albanian government services" || c.Analyst != "Example CERT" {
		t.Errorf("title %q, analyst %q", c.Title, c.Analyst)
	}
	if c.Marking != casefile.TLPAmberStrict || c.TitleMarking != casefile.TLPGreen {
		t.Errorf("the case is marked %s, its title %s; want TLP:AMBER+STRICT (OpenCTI's statement-style marking on the intrusion set) and TLP:GREEN (the report's)", c.Marking, c.TitleMarking)
	}
	hlj, ok := actorNamed(c, "HomeLand Justice")
	if !ok || hlj.Marking != casefile.TLPAmberStrict || hlj.Aliases[0] != "HLJ" || len(hlj.Sources) != 1 {
		t.Errorf("HomeLand Justice: %+v", hlj)
	}
	if mois, ok := actorNamed(c, "Ministry of Intelligence and Security"); !ok || mois.Marking != casefile.TLPAmber {
		t.Errorf("the threat actor marked with a tlp definition of OpenCTI's own id: %+v", mois)
	}
	if alb, ok := actorNamed(c, "Albania"); !ok || alb.Kind != casefile.KindState {
		t.Errorf("the country location is not a state: %+v", alb)
	}
	if rama, ok := actorNamed(c, "Edi Rama"); !ok || rama.Kind != casefile.KindPerson || rama.Role != "Prime Minister of Albania" || rama.Aliases[0] != "Rama" {
		t.Errorf("Edi Rama: %+v", rama)
	}
	if !hasRelation(c, "HomeLand Justice", "targets", "Albania") || !hasRelation(c, "HomeLand Justice", "attributed to", "Ministry of Intelligence and Security") {
		t.Errorf("relations: %+v", c.Relations)
	}
	for _, r := range c.Relations {
		if r.Type == "targets" && (r.Start != casefile.Day(2022, 7, 15) || r.End != casefile.Day(2022, 9, 10) || r.Marking != casefile.TLPGreen) {
			t.Errorf("targets: %+v", r)
		}
	}
	var bodies []string
	for _, n := range c.Notes {
		bodies = append(bodies, n.Body)
	}
	if len(c.Notes) != 2 || !strings.Contains(bodies[0], "MEK summit") || c.Notes[0].Target.Kind != casefile.OnActor || !strings.Contains(bodies[1], "strongly agree") || c.Notes[1].Target.Kind != casefile.OnCase {
		t.Errorf("the note and the opinion: %+v", c.Notes)
	}
	if rep.Kept["indicator"] != 1 || rep.Kept["marking-definition"] != 3 || rep.Kept["identity"] != 1 || len(c.Kept) != 5 {
		t.Errorf("kept %v; want the indicator, the three marking definitions and the creator", rep.Kept)
	}
	if len(c.Events) != 1 || c.Events[0].Title != "Albania cuts diplomatic ties with Iran" || c.Events[0].Date != casefile.Day(2022, 9, 7) {
		t.Errorf("OpenCTI's event: %+v", c.Events)
	}
	if len(c.Sources) != 2 {
		t.Errorf("sources %+v; want the report's reference and ATT&CK's", c.Sources)
	}
	reExport(t, "the OpenCTI bundle", c, src)
}

// A bundle as MISP exports an event (a grouping, its creator, TLP 1.0
// definitions, misp: labels, observables, a galaxy's threat actor and a
// note on the event) imports.
func TestMISPBundleImports(t *testing.T) {
	c, rep, src := importFile(t, "platforms/misp-event.json")
	if c.Title != "Phishing domains against port authorities" || c.Analyst != "MISP-Project" || len(c.Tags) != 3 {
		t.Errorf("title %q, analyst %q, tags %q", c.Title, c.Analyst, c.Tags)
	}
	if c.Marking != casefile.TLPGreen || c.TitleMarking != casefile.TLPClear {
		t.Errorf("marked %s, title %s; want TLP:GREEN (the threat actor) and TLP:CLEAR (the grouping's TLP:WHITE)", c.Marking, c.TitleMarking)
	}
	if ta, ok := actorNamed(c, "Harbour Lynx"); !ok || ta.Kind != casefile.KindGroup || ta.Marking != casefile.TLPGreen {
		t.Errorf("the galaxy's threat actor: %+v", ta)
	}
	if len(c.Notes) != 1 || c.Notes[0].Target.Kind != casefile.OnCase {
		t.Errorf("the note on the event: %+v", c.Notes)
	}
	for typ, n := range map[string]int{"indicator": 1, "observed-data": 1, "ipv4-addr": 1, "attack-pattern": 1, "relationship": 1, "marking-definition": 2, "identity": 1} {
		if rep.Kept[typ] != n {
			t.Errorf("kept %d %s, want %d (%v)", rep.Kept[typ], typ, n, rep.Kept)
		}
	}
	if !strings.Contains(rep.String(), "x_misp_cfr_type_of_incident") {
		t.Errorf("the report does not name MISP's own property: %s", rep)
	}
	reExport(t, "the MISP bundle", c, src)
}

// Bad input is refused with a clear message, and nothing is made or
// changed.
func TestBadInputIsRefused(t *testing.T) {
	good := string(readTestdata(t, "examples/indicator-to-campaign-relationship.json"))
	stix20 := `{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "spec_version": "2.0", "objects": [
		{"type": "identity", "id": "identity--311b2d2d-f010-4473-83ec-1edf84858f4c", "created": "2015-12-21T19:59:11.000Z", "modified": "2015-12-21T19:59:11.000Z", "name": "Cole Powers", "identity_class": "individual"}]}`
	identity := func(name string) string {
		return `{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"identity","spec_version":"2.1","id":"identity--311b2d2d-f010-4473-83ec-1edf84858f4c","created":"2015-12-21T19:59:11.000Z","modified":"2015-12-21T19:59:11.000Z","name":` + name + `,"identity_class":"individual"}]}`
	}
	huge := bytes.Repeat([]byte(" "), MaxBundleSize+1)
	for name, tc := range map[string]struct {
		data string
		want string
	}{
		"empty":                 {"  \n", "empty"},
		"not JSON":              {"hello, world", "not JSON"},
		"cut short":             {good[:len(good)/2], "not JSON"},
		"not UTF-8":             {strings.Replace(good, "Operation Omega", "Operation \xff Omega", 1), "not UTF-8"},
		"JSON, not a bundle":    {`[1, 2, 3]`, "not a STIX bundle"},
		"an object not STIX":    {`{"name": "x"}`, "not a STIX bundle"},
		"a case file":           {`{"format": "casefile", "version": 5, "case": {}}`, "Casefile case file"},
		"STIX 2.0":              {stix20, "STIX 2.0"},
		"STIX 2.0, unversioned": {strings.Replace(stix20, `"spec_version": "2.0", `, "", 1), "stix2-elevator"},
		"no objects":            {`{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[]}`, "no objects"},
		"a dangling reference":  {strings.Replace(good, `"target_ref": "campaign--b549a58c`, `"target_ref": "campaign--c549a58c`, 1), "does not hold"},
		"two versions at once": {strings.Replace(good, `"objects": [`, `"objects": [{"type":"campaign","spec_version":"2.1","id":"campaign--b549a58c-afd9-4847-85c3-5be13d56d3cc",
			"created":"2014-09-09T19:58:39.609Z","modified":"2014-09-09T19:58:39.609Z","name":"Operation Alpha"},`, 1), "twice"},
		"an id of another type":     {strings.Replace(good, `"id": "campaign--`, `"id": "malware--`, 1), "not a STIX id of a campaign"},
		"a control character":       {identity(`"Cole\u001b[2J Powers"`), "control character U+001B"},
		"a line break in a name":    {identity(`"Cole\nPowers"`), "breaks the line"},
		"a direction override":      {identity(`"Cole \u202eSrewop"`), "override U+202E"},
		"a 1 MB name":               {identity(`"` + strings.Repeat("A", 1<<20) + `"`), "bytes long"},
		"a value of a wrong type":   {identity(`["Cole", "Powers"]`), "holds array where STIX has text in name"},
		"a kept object's 1 MB name": {strings.Replace(good, `"name": "test_name"`, `"name": "`+strings.Repeat("B", 1<<20)+`"`, 1), "bytes long"},
		"too big":                   {string(huge), "more than the 64.0 MB"},
	} {
		into := defaultCase(t)
		before := encoded(t, into)
		for _, in := range []*casefile.Case{nil, into} {
			c, _, err := ImportWith([]byte(tc.data), in, Options{Name: "bad.json"})
			var ie *Error
			if !errors.As(err, &ie) || c != nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "nothing was imported") {
				t.Errorf("%s: case %v, error %v; want none, and an error saying %q", name, c != nil, clip(fmt.Sprint(err), 400), tc.want)
			}
		}
		if !bytes.Equal(before, encoded(t, into)) {
			t.Errorf("%s: the case to add to changed", name)
		}
	}
}

// The latest version of an object is imported; a bundle of an object
// twice over, the same, imports it once.
func TestVersionsOfAnObject(t *testing.T) {
	good := string(readTestdata(t, "examples/indicator-to-campaign-relationship.json"))
	newer := strings.Replace(good, `"objects": [`, `"objects": [{"type":"campaign","spec_version":"2.1","id":"campaign--b549a58c-afd9-4847-85c3-5be13d56d3cc",
		"created":"2014-09-09T19:58:39.609Z","modified":"2015-01-01T00:00:00.000Z","name":"Operation Omega, renamed"},`, 1)
	c, rep, err := Import([]byte(newer), nil)
	if err != nil || len(c.Actors) != 1 || c.Actors[0].Name != "Operation Omega, renamed" || !strings.Contains(rep.String(), "latest version") {
		t.Fatalf("%v: %+v; %s", err, c, rep)
	}
	twice := strings.Replace(good, `"objects": [`, `"objects": [`+strings.SplitN(strings.SplitN(good, `"objects": [`, 2)[1], "},", 2)[0]+"},", 1)
	if c, _, err := Import([]byte(twice), nil); err != nil || len(c.Actors) != 1 {
		t.Errorf("the same object twice: %v, %d actors", err, len(c.Actors))
	}
}

// Adding a bundle to a case adds what it lacks, keeps what it has, and
// raises its marking only as far as the bundle's content needs, keeping
// the marking of what was there.
func TestImportIntoACase(t *testing.T) {
	into := defaultCase(t)
	before := encoded(t, into)
	apt1 := readTestdata(t, "examples/threat-reports/apt1.json")
	c, rep, err := Import(apt1, into)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, encoded(t, into)) {
		t.Error("Import changed the case it adds to")
	}
	if c.Title != into.Title || len(c.Actors) != len(into.Actors)+10 || len(c.Kept) != 58 || rep.Mapped["actors"] != 10 {
		t.Errorf("added: title %q, %d actors, %d kept; report %s", c.Title, len(c.Actors), len(c.Kept), rep)
	}
	// The OASIS bundle marks nothing: what it adds takes the case's marking.
	if c.Marking != into.Marking || rep.Raised != "" {
		t.Errorf("an unmarked bundle raised the case's marking to %s", c.Marking)
	}
	again, rep, err := Import(apt1, c)
	if err != nil || !bytes.Equal(encoded(t, c), encoded(t, again)) || rep.Present["actors"] != 10 || rep.Present["kept objects"] != 58 {
		t.Errorf("importing it again: %v; report %s", err, rep)
	}
	// Its own export adds nothing to it.
	data, err := Export(c)
	if err != nil {
		t.Fatal(err)
	}
	same, rep, err := Import(data, c)
	if err != nil || !bytes.Equal(encoded(t, c), encoded(t, same)) || len(rep.Mapped) != 0 {
		t.Errorf("importing a case's own bundle into it: %v; report %s", err, rep)
	}

	// A RED case's items, unmarked there, come into a CLEAR case as RED.
	red := defaultCase(t)
	red.ID = "red-case"
	red.Marking = casefile.TLPRed
	for i := range red.Actors {
		red.Actors[i].ID += "-red"
		red.Actors[i].Affiliation = strings.TrimSuffix(red.Actors[i].Affiliation, "-red")
		if red.Actors[i].Affiliation != "" {
			red.Actors[i].Affiliation += "-red"
		}
		red.Actors[i].Marking = ""
	}
	red.Relations, red.Statements, red.Events, red.Notes = nil, nil, nil, nil
	bundle, err := Export(red)
	if err != nil {
		t.Fatal(err)
	}
	clear := defaultCase(t)
	got, rep, err := Import(bundle, clear)
	if err != nil {
		t.Fatal(err)
	}
	if got.Marking != casefile.TLPRed || rep.Raised != casefile.TLPClear || got.TitleMarking != casefile.TLPClear {
		t.Errorf("marking %s (raised from %s), title %s; want TLP:RED raised from TLP:CLEAR, the title still TLP:CLEAR", got.Marking, rep.Raised, got.TitleMarking)
	}
	for _, a := range got.Actors {
		want := casefile.TLPClear
		if strings.HasSuffix(a.ID, "-red") {
			want = casefile.TLPRed
		}
		if got.EffectiveMarking(a.Marking) != want {
			t.Errorf("actor %s is marked %s, want %s", a.ID, got.EffectiveMarking(a.Marking), want)
		}
	}
}

// The import reports its progress, ending at the number of objects.
func TestImportProgress(t *testing.T) {
	data, err := Export(casefile.Synthetic(3000, 1))
	if err != nil {
		t.Fatal(err)
	}
	last, calls := 0, 0
	_, rep, err := ImportWith(data, nil, Options{Progress: func(done, total int) {
		calls++
		if done > total {
			t.Errorf("progress %d of %d", done, total)
		}
		last = done
	}})
	if err != nil || calls < 2 || last != rep.Objects {
		t.Errorf("%v: %d calls, last %d of %d objects", err, calls, last, rep.Objects)
	}
}
