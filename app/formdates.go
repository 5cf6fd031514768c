package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/casefile/casefile/casefile"
)

// datePlaceholder shows the forms a date takes; it fits the date field
// beside its "inferred" tick and "Sources differ…" button
// (TestPlaceholdersFitTheirFields).
const datePlaceholder = "15 Jul 2022, c. 2014, 20–22 Aug 2022, since 2019…"

// dateField is a date typed as the source gives it, with its inference
// mark; on a statement or event, the dates its sources differ on instead
// (claims, formdateclaims.go).
type dateField struct {
	f        *itemForm
	field    string
	entry    *pagedEditor
	inferred *tick
	asStated *pagedEditor
	single   *fyne.Container // the one date and its tick, hidden while the sources differ
	claims   *claimsField    // nil on a form whose item has one date at most
}

// dateRow adds a date field: "15 Jul 2022", "Jul 2022", "c. 2014",
// "before 2012", "since 2019", a range such as "20–22 Aug 2022", or ISO
// "2022-07-15" (casefile.ParseDate).
func (f *itemForm) dateRow(label, field string, d casefile.Date, withAsStated bool) *dateField {
	df, view := f.newDateField(field, d)
	df.single = container.NewBorder(nil, nil, nil, df.inferred, view)
	f.add(label, field, df.single)
	if withAsStated {
		df.addAsStated(d)
	}
	return df
}

// newDateField makes a date's entry, returned as the form shows it, and
// its tick.
func (f *itemForm) newDateField(field string, d casefile.Date) (*dateField, fyne.CanvasObject) {
	text := ""
	if !d.IsZero() {
		text = d.Text()
	}
	entry, view := f.pagedField(field, text, datePlaceholder, 0)
	df := &dateField{f: f, field: field, entry: entry, inferred: newTick("inferred", func(bool) { f.changed() })}
	df.inferred.Checked = d.Inferred
	return df, view
}

func (df *dateField) addAsStated(d casefile.Date) {
	df.asStated = df.f.entry("Source's words", df.field+"_as_stated", d.AsStated, asStatedPlaceholder)
}

const asStatedPlaceholder = "as the source dates it, e.g. “on Wednesday”"

// value is the date typed; one the form cannot read is no date, with the
// reason as the field's problem.
func (df *dateField) value() (casefile.Date, error) {
	d, err := parseDate(df.entry.text())
	if err != nil {
		return casefile.Date{}, fieldError(df.field, "%v", err)
	}
	d.Inferred = df.inferred.Checked && !d.IsZero()
	if df.asStated != nil {
		d.AsStated = strings.TrimSpace(df.asStated.text())
	}
	return d, nil
}

// values is the item's date and the dates its sources claim: the date
// typed and no claims, or, while the sources differ, no date and every
// claim.
func (df *dateField) values() (casefile.Date, []casefile.DateClaim, error) {
	if df.claims == nil || !df.claims.on {
		d, err := df.value()
		return d, nil, err
	}
	claims, err := df.claims.value()
	return casefile.Date{}, claims, err
}

// parseDate reads a date no more precise than it is written: the forms
// Date.Text prints, and ISO dates (casefile.ParseDate). The inference mark
// is the form's tick, not the text.
func parseDate(s string) (casefile.Date, error) {
	d, err := casefile.ParseDate(s)
	d.Inferred = false
	return d, err
}

// isDigits and monthNumber read the date words of a source's text
// (fromselection_date.go).
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func monthNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, ","))
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || s == name[:3] || (len(s) >= 3 && strings.HasPrefix(name, s)) {
			return int(m), true
		}
	}
	return 0, false
}
