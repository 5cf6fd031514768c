// Package export turns a case into what leaves the analyst's desk: the
// briefing PDF, the same briefing as Markdown for wikis, and the case file
// itself. Every page of a briefing carries its TLP marking in the header and
// the footer; a releasable export (Options.MaxMarking) leaves out what is
// marked above the chosen level and shows the highest marking it includes.
package export
