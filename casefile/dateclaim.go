package casefile

import (
	"slices"
	"strings"
)

// DateClaim is one source's date for a statement or event whose sources
// date it differently: "20 Aug 2022 per N1". An item with claims keeps
// every one of them; none is collapsed into a vaguer date.
type DateClaim struct {
	Date   Date   `json:"date"`
	Source string `json:"source"` // the id of the source that gives the date
}

// OrderDate is the date that places an item dated d, or by claims when its
// sources differ, on a timeline: d, or else the earliest date claimed (by
// Compare; of claims that compare equal, the first). So an event dated
// "20 Aug 2022 per N1; 22 Aug 2022 per silicon.co.uk" sorts at 20 Aug
// 2022, the earliest any source gives.
func OrderDate(d Date, claims []DateClaim) Date {
	if len(claims) == 0 {
		return d
	}
	first := claims[0].Date
	for _, cl := range claims[1:] {
		if cl.Date.Compare(first) < 0 {
			first = cl.Date
		}
	}
	return first
}

// OrderDate is the date that places the event on a timeline (see the
// function OrderDate).
func (e Event) OrderDate() Date { return OrderDate(e.Date, e.Dates) }

// OrderDate is the date that places the statement on a timeline (see the
// function OrderDate).
func (s Statement) OrderDate() Date { return OrderDate(s.Date, s.Dates) }

// ClaimNames names the source of each claim as "per" reads it: its
// publisher when it has one and no other source among the claims has the
// same, else its title ("N1", "silicon.co.uk"). source finds a source by
// id; a source it does not find is named by its id.
func ClaimNames(claims []DateClaim, source func(id string) (Source, bool)) []string {
	names := make([]string, len(claims))
	publisherOf := map[string]string{} // publisher -> the one source id with it, "" when several
	found := make([]Source, len(claims))
	for i, cl := range claims {
		s, ok := source(cl.Source)
		if !ok {
			s = Source{ID: cl.Source, Title: cl.Source}
		}
		found[i] = s
		if p := strings.TrimSpace(s.Publisher); p != "" {
			if id, seen := publisherOf[p]; seen && id != s.ID {
				publisherOf[p] = ""
			} else if !seen {
				publisherOf[p] = s.ID
			}
		}
	}
	for i, s := range found {
		names[i] = s.Title
		if p := strings.TrimSpace(s.Publisher); p != "" && publisherOf[p] != "" {
			names[i] = p
		}
		if strings.TrimSpace(names[i]) == "" {
			names[i] = s.ID
		}
	}
	return names
}

// ClaimsText words claims with their sources, in the order given: "20 Aug
// 2022 per N1; 22 Aug 2022 per silicon.co.uk". Each date is as String
// renders it, so an inferred one says so.
func ClaimsText(claims []DateClaim, source func(id string) (Source, bool)) string {
	names := ClaimNames(claims, source)
	parts := make([]string, len(claims))
	for i, cl := range claims {
		parts[i] = cl.Date.String() + " per " + names[i]
	}
	return strings.Join(parts, "; ")
}

// DatesText words an item's date wherever it is shown: the date, or when
// the sources differ every date claimed with its source (ClaimsText).
func (c *Case) DatesText(d Date, claims []DateClaim) string {
	if len(claims) == 0 {
		return d.String()
	}
	return ClaimsText(claims, c.Source)
}

// DateText words the statement's date, or the dates its sources claim.
func (s Statement) DateText(c *Case) string { return c.DatesText(s.Date, s.Dates) }

// DateText words the event's date, or the dates its sources claim.
func (e Event) DateText(c *Case) string { return c.DatesText(e.Date, e.Dates) }

// cloneClaims copies a list of claims, keeping nil nil.
func cloneClaims(cs []DateClaim) []DateClaim {
	if cs == nil {
		return nil
	}
	return append([]DateClaim(nil), cs...)
}

// claims checks an item's date against the dates its sources claim: with
// claims, the item's own date is empty; there are two or more (a release
// may have left one); each gives a valid date and names an existing
// source; no claim repeats another; and they do not all give one date.
func (k *checker) claims(date Date, claims []DateClaim) {
	if len(claims) == 0 {
		return
	}
	switch {
	case !date.IsZero():
		k.add("date", "%s is given beside the dates the sources claim; clear it, or give it as one source's date", date)
	case date != (Date{}):
		k.add("date", "keeps the source's words %q beside the dates the sources claim; clear them", date.AsStated)
	}
	if len(claims) == 1 && k.c.Release == nil {
		k.add("dates", "holds one source's date; add the date another source gives, or give the one date as the date")
	}
	for i, cl := range claims {
		n := i + 1
		switch err := cl.Date.Check(); {
		case cl.Date.IsZero():
			k.add("dates", "claim %d gives no date; enter the date its source gives", n)
		case err != nil:
			k.add("dates", "claim %d is not a valid date: %v", n, err)
		}
		switch {
		case cl.Source == "":
			k.add("dates", "claim %d (%s) names no source; choose the source that gives it", n, cl.Date)
		case !k.exists("source", cl.Source):
			k.add("dates", "claim %d (%s): source %q does not exist; choose an existing source", n, cl.Date, cl.Source)
		}
		for j, o := range claims[:i] {
			if o.Source == cl.Source && sameDate(o.Date, cl.Date) {
				k.add("dates", "claim %d repeats claim %d (%s, the same source); remove one", n, j+1, cl.Date)
				break
			}
		}
	}
	if len(claims) >= 2 && !slices.ContainsFunc(claims[1:], func(cl DateClaim) bool { return !sameDate(cl.Date, claims[0].Date) }) {
		k.add("dates", "all give %s: the sources agree; give it as the date", claims[0].Date.Text())
	}
}
