package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/container"

	"github.com/casefile/casefile/casefile"
)

// datePlaceholder shows the forms a date takes; it fits the date field
// beside its "inferred" tick (TestPlaceholdersFitTheirFields).
const datePlaceholder = "15 Jul 2022, Jul 2022, c. 2014, before 2012, or empty"

// dateField is a date typed as the source gives it, with its inference mark.
type dateField struct {
	field    string
	entry    *pagedEditor
	inferred *tick
	asStated *pagedEditor
}

// dateRow adds a date field: "15 Jul 2022", "Jul 2022", "c. 2014",
// "before 2012", or ISO "2022-07-15".
func (f *itemForm) dateRow(label, field string, d casefile.Date, withAsStated bool) *dateField {
	text := ""
	if !d.IsZero() {
		text = d.Text()
	}
	entry, view := f.pagedField(field, text, datePlaceholder, 0)
	df := &dateField{field: field, entry: entry, inferred: newTick("inferred", func(bool) { f.changed() })}
	df.inferred.Checked = d.Inferred
	row := container.NewBorder(nil, nil, nil, df.inferred, view)
	f.add(label, field, row)
	if withAsStated {
		df.asStated = f.entry("Source's words", field+"_as_stated", d.AsStated, "as the source dates it, e.g. “on Wednesday”")
	}
	return df
}

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

// parseDate reads a date no more precise than it is written: the forms
// Date.Text prints, and ISO dates.
func parseDate(s string) (casefile.Date, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "(inferred)"))
	var d casefile.Date
	if s == "" || strings.EqualFold(s, "date not stated") {
		return d, nil
	}
	lower := strings.ToLower(s)
	for prefix, q := range map[string]casefile.Qualifier{"c. ": casefile.About, "c.": casefile.About, "circa ": casefile.About,
		"about ": casefile.About, "~": casefile.About, "before ": casefile.Before, "after ": casefile.After, "until ": casefile.Until} {
		if strings.HasPrefix(lower, prefix) {
			d.Qualifier = q
			s = strings.TrimSpace(s[len(prefix):])
			break
		}
	}
	bad := fmt.Errorf("%q is not a date Casefile reads; write 15 Jul 2022, Jul 2022, 2022 or 2022-07-15, with c., before, after or until in front if needed", s)
	if parts := strings.Split(s, "-"); len(parts) <= 3 && isDigits(parts[0]) && len(parts[0]) == 4 {
		nums := make([]int, len(parts))
		for i, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil || !isDigits(p) {
				return d, bad
			}
			nums[i] = n
		}
		d.Year = nums[0]
		if len(nums) > 1 {
			d.Month = nums[1]
		}
		if len(nums) > 2 {
			d.Day = nums[2]
		}
		return d, nil
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return d, bad
	}
	year, err := strconv.Atoi(f[len(f)-1])
	if err != nil || year <= 0 {
		return d, bad
	}
	d.Year = year
	if len(f) >= 2 {
		m, ok := monthNumber(f[len(f)-2])
		if !ok {
			return d, bad
		}
		d.Month = m
	}
	if len(f) == 3 {
		day, err := strconv.Atoi(f[0])
		if err != nil {
			return d, bad
		}
		d.Day = day
	}
	return d, nil
}

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
