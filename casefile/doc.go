// Package casefile is Casefile's domain: a case file describing one incident,
// with its actors, the relations between them, their verbatim statements, the
// dated background events, the sources everything cites and the analyst's
// notes.
//
// The package has no GUI dependencies. It offers
//   - the types of a case and honest dates, Admiralty gradings and TLP markings;
//   - an editing API (Add…, Update…, Delete…) that keeps every reference
//     resolvable and refuses deletes that would leave dangling references;
//   - validation that reports every problem at once, naming item and field;
//   - a versioned JSON file format with migration, strict loading of untrusted
//     files and crash-safe saving (see docs/case-format.md);
//   - a lock that lets one Casefile at a time edit a case, by whatever name
//     (symbolic or hard link) it was opened;
//   - accent- and case-insensitive search across the case;
//   - a generator of synthetic cases for benchmarks.
package casefile
