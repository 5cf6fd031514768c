// Package stix is Casefile's STIX 2.1 interchange: Export writes a case as
// a bundle that OASIS's schemas, OpenCTI and MISP read, and Import makes a
// case of a bundle, or adds one to a case. docs/stix.md gives the mapping,
// field by field.
//
// What STIX has no property for (a date's precision and qualifiers, the
// dates sources differ on, a statement's channel, Admiralty gradings, what
// a statement responds to, the analyst's notes on the case) goes in
// Casefile's own extension, declared by an extension-definition in the
// bundle, and the essentials also in standard properties, since OpenCTI
// and MISP drop extensions they do not know. An object carrying the
// extension imports back as the item it was, every field; objects Casefile
// has no equivalent for (indicators, malware, observables) are kept in the
// case verbatim and written back on export.
//
// The package imports only casefile: the GUI and the command line call it.
package stix
