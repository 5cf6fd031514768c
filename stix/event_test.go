package stix

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// bundleObjects decodes a bundle's objects.
func bundleObjects(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var env struct{ Objects []map[string]any }
	if err := json.Unmarshal(data, &env); err != nil {
		t.Fatal(err)
	}
	return env.Objects
}

// Events go as OpenCTI's event objects, with what OpenCTI's client reads
// of one (name, description, start_time, stop_time), declared by OpenCTI's
// extension, and a related-to relationship from each of their actors; no
// note stands for an event any more.
func TestEventsExportAsOpenCTIEvents(t *testing.T) {
	for seed := range uint64(12) {
		c := fullCase(seed)
		data, err := Export(c)
		if err != nil {
			t.Fatal(err)
		}
		objs := bundleObjects(t, data)
		byID := map[string]map[string]any{}
		for _, o := range objs {
			byID[o["id"].(string)] = o
		}
		related := map[string]int{} // event id -> relationships to it
		events := 0
		for _, o := range objs {
			ext, _ := o["extensions"].(map[string]any)
			ours, _ := ext[extensionID].(map[string]any)
			switch {
			case o["type"] == eventType:
				events++
				octi, _ := ext[openCTIExtension].(map[string]any)
				if name, _ := o["name"].(string); name == "" || octi["extension_type"] != "new-sdo" || ours[extEvent] == nil {
					t.Errorf("case %d: an event without a name, OpenCTI's new-sdo entry or Casefile's: %v", seed, o)
				}
			case ours[extEvent] != nil:
				t.Errorf("case %d: a %s stands for an event: %v", seed, o["type"], o["id"])
			case o["relationship_type"] == "related-to" && strings.HasPrefix(o["target_ref"].(string), "event--"):
				related[o["target_ref"].(string)]++
				if src := byID[o["source_ref"].(string)]; src == nil || !actorTypes[src["type"].(string)] {
					t.Errorf("case %d: a relationship to an event from %v, not an actor", seed, o["source_ref"])
				}
			}
		}
		if events != len(c.Events) {
			t.Errorf("case %d: %d event objects for %d events", seed, events, len(c.Events))
		}
		for _, ev := range c.Events {
			id := objectID(eventType, c.ID, "event", ev.ID)
			if related[id] != len(ev.Actors) {
				t.Errorf("case %d: event %s has %d actors and %d relationships from actors", seed, ev.ID, len(ev.Actors), related[id])
			}
		}
	}
}

// An event's times are the honest bounds of its date: the first moment
// and the last it can denote, a side left out when the date leaves it
// open; read back, they give the date again when it is exact. Dates the
// times cannot say go into the description in words.
func TestEventTimes(t *testing.T) {
	for _, tc := range []struct {
		date        casefile.Date
		start, stop string
		back        casefile.Date // what eventDate reads of the times
	}{
		{casefile.Day(2022, 9, 7), "2022-09-07T00:00:00.000Z", "2022-09-07T23:59:59.999Z", casefile.Day(2022, 9, 7)},
		{casefile.Month(2022, 2), "2022-02-01T00:00:00.000Z", "2022-02-28T23:59:59.999Z", casefile.Range(casefile.Day(2022, 2, 1), casefile.Day(2022, 2, 28))},
		{casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)), "2022-08-20T00:00:00.000Z", "2022-08-22T23:59:59.999Z",
			casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22))},
		{casefile.Date{Year: 2019, Qualifier: casefile.Since}, "2019-01-01T00:00:00.000Z", "", casefile.Day(2019, 1, 1)},
		{casefile.Date{Year: 2012, Qualifier: casefile.Until}, "", "2012-12-31T23:59:59.999Z", casefile.Date{Year: 2012, Month: 12, Day: 31, Qualifier: casefile.Until}},
		{casefile.Date{}, "", "", casefile.Date{}},
	} {
		start, stop := eventTimes(tc.date)
		if start != tc.start || stop != tc.stop {
			t.Errorf("%s: times %q, %q; want %q, %q", tc.date, start, stop, tc.start, tc.stop)
		}
		if back := eventDate(start, stop); back != tc.back {
			t.Errorf("%s: read back as %+v, want %+v", tc.date, back, tc.back)
		}
	}
	c := &casefile.Case{}
	about := casefile.Event{Description: "Talks.", Date: casefile.Date{Year: 2014, Qualifier: casefile.About}}
	if d := eventDescription(c, &about); d != "Talks.\n\nDate: c. 2014." {
		t.Errorf("an approximate date's description: %q", d)
	}
	exact := casefile.Event{Description: "Talks.", Date: casefile.Day(2014, 3, 1)}
	if d := eventDescription(c, &exact); d != "Talks." {
		t.Errorf("an exact date's description: %q", d)
	}
	// OpenCTI writes times it does not know as these.
	if d := eventDate("1970-01-01T00:00:00.000Z", "5138-11-16T09:46:40.000Z"); !d.IsZero() {
		t.Errorf("OpenCTI's unknown times read as %+v", d)
	}
}

// Casefile wrote events as notes before: such a bundle imports as it did.
func TestEventNotesStillImport(t *testing.T) {
	c := defaultCase(t)
	if len(c.Events) == 0 {
		t.Fatal("the default case has no events")
	}
	data, err := Export(c)
	if err != nil {
		t.Fatal(err)
	}
	old := strings.ReplaceAll(strings.ReplaceAll(string(data), `"type":"event"`, `"type":"note"`), "event--", "note--")
	back, _, err := Import([]byte(old), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want, got := encoded(t, c), encoded(t, back); string(want) != string(got) {
		t.Errorf("a bundle of events as notes: %s", firstDifference(want, got))
	}
}

// openCTIEvent is an event object as OpenCTI's converter writes one
// (event-converter.ts), with the times given.
func openCTIEvent(id, start, stop string) string {
	times := ""
	if start != "" {
		times += `,"start_time":"` + start + `"`
	}
	if stop != "" {
		times += `,"stop_time":"` + stop + `"`
	}
	return `{"id":"event--` + id + `","spec_version":"2.1","type":"event","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-02T10:00:00.000Z",` +
		`"name":"Summit in Tirana","description":"Heads of government met.","event_types":["summit"]` + times + `,"aliases":[],` +
		`"object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"],` +
		`"x_opencti_reliability":"B - Usually reliable",` +
		`"external_references":[{"source_name":"Reuters","url":"https://example.org/summit"}],` +
		`"extensions":{"extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba":{"extension_type":"new-sdo","id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",` +
		`"type":"Event","created_at":"2024-03-01T10:00:00.000Z","updated_at":"2024-03-02T10:00:00.000Z","granted_refs":["identity--3048d42c-4d56-5df9-8b35-8d1ece5741f2"]}}}`
}

// OpenCTI's events import as events: their name, description, times,
// sources, reliability and marking; an actor they are related to (a
// country they are located at) is an actor of theirs, the relationship
// kept; a note on one is a note on the event. OASIS's event, which refers
// to sightings, is kept whole, and so are OpenCTI's channels and
// narratives (as its channel-converter.ts and narrative-converter.ts write
// them), which Casefile has no item for.
func TestOpenCTIEventsImport(t *testing.T) {
	ev := openCTIEvent("3f0a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b", "2024-02-20T00:00:00.000Z", "2024-02-21T18:00:00.000Z")
	untilOnly := strings.ReplaceAll(openCTIEvent("4f0a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b", "", "2023-06-01T12:00:00.000Z"), "Summit in Tirana", "Earlier talks")
	bundle := `{"type":"bundle","id":"bundle--976d5bc7-2517-4ca4-a113-9c345b56e191","objects":[` + ev + `,` + untilOnly + `,
{"id":"identity--3048d42c-4d56-5df9-8b35-8d1ece5741f2","spec_version":"2.1","type":"identity","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","name":"Sharing organisation","identity_class":"organization"},
{"id":"location--65b1e3ae-24de-4902-bd16-739e6f532c79","spec_version":"2.1","type":"location","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","name":"Albania","country":"AL","x_opencti_location_type":"Country"},
{"id":"relationship--f48b7c00-c0f7-475b-bee2-9d69616faf17","spec_version":"2.1","type":"relationship","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","relationship_type":"located-at","source_ref":"event--3f0a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b","target_ref":"location--65b1e3ae-24de-4902-bd16-739e6f532c79"},
{"id":"note--faea8926-e62f-4351-be21-430a4b057232","spec_version":"2.1","type":"note","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","content":"Agenda leaked beforehand.","object_refs":["event--3f0a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"]},
{"type":"event","spec_version":"2.1","id":"event--4d721ce9-5c74-4c02-9f7d-7c393dd302cd","created":"2023-11-11T08:45:49.891Z","modified":"2023-11-11T08:45:49.891Z","status":"occured","name":"confirmed impact","end_time":"2023-11-11T08:45:49.891Z","sighting_refs":["sighting--2a403e71-17e0-410a-be6c-057b89d11a7c"]},
{"type":"sighting","spec_version":"2.1","id":"sighting--2a403e71-17e0-410a-be6c-057b89d11a7c","created":"2023-11-11T08:45:49.891Z","modified":"2023-11-11T08:45:49.891Z","sighting_of_ref":"location--65b1e3ae-24de-4902-bd16-739e6f532c79"},
{"id":"channel--6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","spec_version":"2.1","type":"channel","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","name":"Summit leaks","channel_types":["Telegram"],"aliases":[],"extensions":{"extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba":{"extension_type":"new-sdo"}}},
{"id":"narrative--7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e","spec_version":"2.1","type":"narrative","created":"2024-03-01T10:00:00.000Z","modified":"2024-03-01T10:00:00.000Z","name":"The summit failed","narrative_types":["Political"],"aliases":[],"extensions":{"extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba":{"extension_type":"new-sdo"}}}]}`
	c, rep, err := Import([]byte(bundle), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) != 2 {
		t.Fatalf("events %+v; want OpenCTI's two", c.Events)
	}
	summit, earlier := c.Events[0], c.Events[1]
	albania, _ := actorNamed(c, "Albania")
	if summit.Title != "Summit in Tirana" || summit.Description != "Heads of government met." ||
		summit.Date != casefile.Range(casefile.Day(2024, 2, 20), casefile.Day(2024, 2, 21)) || summit.Marking != casefile.TLPGreen ||
		summit.Grading.Reliability != "B" || len(summit.Sources) != 1 || len(summit.Actors) != 1 || summit.Actors[0] != albania.ID {
		t.Errorf("the summit: %+v", summit)
	}
	if earlier.Date != (casefile.Date{Year: 2023, Month: 6, Day: 1, Qualifier: casefile.Until}) {
		t.Errorf("an event with only a stop_time: %+v", earlier.Date)
	}
	if len(c.Notes) != 1 || c.Notes[0].Target != (casefile.Target{Kind: casefile.OnEvent, ID: summit.ID}) {
		t.Errorf("the note on the event: %+v", c.Notes)
	}
	if rep.Kept["event"] != 1 || rep.Kept["relationship"] != 1 || rep.Kept["identity"] != 1 || rep.Kept["sighting"] != 1 ||
		rep.Kept["channel"] != 1 || rep.Kept["narrative"] != 1 {
		t.Errorf("kept %v; want OASIS's event, the located-at, the sharing organisation, the sighting and OpenCTI's channel and narrative", rep.Kept)
	}
	if !strings.Contains(rep.String(), "event: aliases, event_types") {
		t.Errorf("the report does not name what of the events was not imported: %s", rep)
	}
	// Written back, the kept located-at stands for the summit's actor: no
	// second relationship joins them.
	data := roundTrip(t, "OpenCTI's events", c)
	joins := 0
	for _, o := range bundleObjects(t, data) {
		if o["type"] == "relationship" && (o["source_ref"] == albania.ID || o["target_ref"] == albania.ID) && (o["source_ref"] == summit.ID || o["target_ref"] == summit.ID) {
			joins++
		}
	}
	if joins != 1 {
		t.Errorf("%d relationships join the summit and Albania; want the kept one alone", joins)
	}
	// OpenCTI rejects an event whose start and stop are the same moment;
	// Casefile's never are.
	for _, o := range bundleObjects(t, data) {
		if o["type"] == eventType && o["start_time"] != nil && o["start_time"] == o["stop_time"] {
			t.Errorf("an event starts and stops at once: %v", o)
		}
	}
}
