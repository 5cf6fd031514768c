package app

import (
	"fmt"
	"slices"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// listDate is an item's date as a list row shows it, on one line: the
// date, or where the sources differ every date they give, first, so that
// a narrow row still shows the conflict: "20 Aug 2022 or 22 Aug 2022
// (sources differ)". The item's page names each date's source.
func listDate(c *casefile.Case, d casefile.Date, claims []casefile.DateClaim) string {
	if len(claims) < 2 { // one: as a release may leave it
		return c.DatesText(d, claims)
	}
	dates := make([]string, 0, len(claims))
	for _, cl := range claims {
		if s := cl.Date.String(); !slices.Contains(dates, s) {
			dates = append(dates, s)
		}
	}
	return strings.Join(dates, " or ") + " (sources differ)"
}

// datesPrecision says how precisely an item's date is known, with the
// source's own words: "to the day; the source says "on Wednesday"", or,
// where the sources differ, so and each claim's ("sources differ: to the
// day per N1; to the month per silicon.co.uk").
func datesPrecision(c *casefile.Case, d casefile.Date, claims []casefile.DateClaim) string {
	if len(claims) == 0 {
		return precisionText(d)
	}
	names := casefile.ClaimNames(claims, c.Source)
	parts := make([]string, len(claims))
	for i, cl := range claims {
		parts[i] = precisionText(cl.Date) + " per " + names[i]
	}
	return "sources differ: " + strings.Join(parts, "; ")
}

// precisionText says how precisely a date is known, and the source's own
// words for it: "to the day", "to the day, ending to the month", "to the
// year, with no end known".
func precisionText(d casefile.Date) string {
	if d.IsZero() {
		return "not stated" + dateAsStated(d)
	}
	s := "to the " + d.Precision().String()
	switch {
	case d.IsRange() && d.To.Precision() != d.Precision():
		s += ", ending to the " + d.To.Precision().String()
	case d.Qualifier == casefile.Since:
		s += ", with no end known"
	}
	return s + dateAsStated(d)
}

func dateAsStated(d casefile.Date) string {
	if d.AsStated == "" {
		return ""
	}
	return fmt.Sprintf("; the source says %q", d.AsStated)
}
