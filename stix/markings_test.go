package stix

import (
	"testing"

	"github.com/casefile/casefile/casefile"
)

// Markings as OpenCTI's connectors write the TLP labels STIX's library
// lacks (a statement "custom" whose x_opencti_definition is the label, on
// an id of their own), and granular markings: on a report's name or
// description they mark its title line or its summary; on an item's
// property, the item, which Casefile holds as one piece.
func TestConnectorAndGranularMarkings(t *testing.T) {
	const clear = "marking-definition--1b3b3f2e-6c8a-4d6f-9a59-0f0e5e6a7b8c"
	const amberStrict = "marking-definition--2c4c4f3f-7d9b-4e70-8b6a-1a1f6f7b8c9d"
	bundle := `{"type":"bundle","id":"bundle--26a33292-7aa4-4bb8-babc-763674e47384","objects":[
{"type":"marking-definition","spec_version":"2.1","id":"` + clear + `","created":"2024-01-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"custom"},"x_opencti_definition_type":"TLP","x_opencti_definition":"TLP:CLEAR"},
{"type":"marking-definition","spec_version":"2.1","id":"` + amberStrict + `","created":"2024-01-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"custom"},"x_opencti_definition_type":"TLP","x_opencti_definition":"TLP:AMBER+STRICT"},
{"type":"report","spec_version":"2.1","id":"report--9e2289ec-31be-5633-9722-8ab2a7ad6d8e","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Wiper campaign","description":"Who is behind it.","published":"2024-01-01T00:00:00.000Z",
 "object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"],"granular_markings":[{"marking_ref":"` + amberStrict + `","selectors":["description"]}],
 "object_refs":["threat-actor--4b57918e-f774-58bb-bcbe-31c3c483daed","identity--cf032603-dabd-538b-be07-24c4aa69f2e7"]},
{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--4b57918e-f774-58bb-bcbe-31c3c483daed","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Turla","aliases":["Snake"],
 "object_marking_refs":["` + clear + `"],"granular_markings":[{"marking_ref":"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1","selectors":["aliases.[0]"]}]},
{"type":"identity","spec_version":"2.1","id":"identity--cf032603-dabd-538b-be07-24c4aa69f2e7","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Foreign ministry","identity_class":"organization",
 "object_marking_refs":["` + clear + `"]}]}`
	c, rep, err := Import([]byte(bundle), nil)
	if err != nil {
		t.Fatal(err)
	}
	turla, _ := actorNamed(c, "Turla")
	ministry, _ := actorNamed(c, "Foreign ministry")
	if ministry.Marking != casefile.TLPClear || turla.Marking != casefile.TLPRed {
		t.Errorf("the ministry is marked %s, Turla %s; want TLP:CLEAR (the connectors' definition) and TLP:RED (its alias's granular marking)", ministry.Marking, turla.Marking)
	}
	if c.Marking != casefile.TLPRed || c.TitleMarking != casefile.TLPGreen || c.SummaryMarking != casefile.TLPAmberStrict {
		t.Errorf("the case is marked %s, its title %s, its summary %s; want TLP:RED, TLP:GREEN, TLP:AMBER+STRICT (%s)", c.Marking, c.TitleMarking, c.SummaryMarking, rep)
	}
	roundTrip(t, "a bundle of connectors' and granular markings", c)
}
