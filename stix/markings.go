package stix

import "github.com/casefile/casefile/casefile"

// tlp2Values are the tlp_2_0 values of the OASIS TLP 2.0 marking
// definitions, by label.
var tlp2Values = map[casefile.Marking]string{
	casefile.TLPClear:       "clear",
	casefile.TLPGreen:       "green",
	casefile.TLPAmber:       "amber",
	casefile.TLPAmberStrict: "amber+strict",
	casefile.TLPRed:         "red",
}

// tlp2Extension is the extension-definition the OASIS TLP 2.0 marking
// definitions use; it is one of OASIS's common objects, which bundles do
// not repeat.
const tlp2Extension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"

// writeTLP2 writes the OASIS TLP 2.0 marking definition of m, as
// oasis-open/cti-stix-common-objects publishes it.
func writeTLP2(w *jsonWriter, m casefile.Marking) {
	w.open('{')
	w.strField("type", "marking-definition")
	w.strField("spec_version", "2.1")
	w.strField("id", casefile.TLPMarkingID(m))
	w.strField("created", "2022-10-01T00:00:00.000Z")
	w.strField("name", string(m))
	w.key("extensions")
	w.open('{')
	w.key(tlp2Extension)
	w.open('{')
	w.strField("extension_type", "property-extension")
	w.strField("tlp_2_0", tlp2Values[m])
	w.close('}')
	w.close('}')
	w.close('}')
}
