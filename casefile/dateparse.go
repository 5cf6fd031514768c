package casefile

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a date no more precisely than it is written: every form
// Date.String prints ("15 Jul 2022", "c. 2014", "since 2019", "20–22 Aug
// 2022", "20 Aug – Sep 2022", "7 Sep 2022 (inferred)"), ISO dates
// ("2022-07-15", "2022-08-20/2022-08-22"), "July 15, 2022", "from May 2022"
// (since), "between 2019 and 2021" and "2019 to 2021". Empty text and "date
// not stated" are the unknown date. It does not check the date: a date it
// reads may still be no real day (31 Feb 2022), which Check reports.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	var inferred bool
	if rest, ok := strings.CutSuffix(s, "(inferred)"); ok {
		s, inferred = strings.TrimSpace(rest), true
	}
	if s == "" || strings.EqualFold(s, "date not stated") {
		return Date{}, nil
	}
	var d Date
	var err error
	if start, end, ok := splitRange(s); ok {
		d, err = parseRange(s, start, end)
	} else {
		d, err = parseOne(s)
	}
	d.Inferred = inferred && !d.IsZero()
	return d, err
}

// notADate is the error for text ParseDate cannot read.
func notADate(s string) error {
	return fmt.Errorf("%q is not a date Casefile reads; write 15 Jul 2022, Jul 2022, 2022 or 2022-07-15, with c., before, after, until or since in front if needed, or a range such as 20–22 Aug 2022 or 2019–2021", s)
}

// qualifierPrefixes are the words before a date that qualify it, longest
// first where one begins another.
var qualifierPrefixes = []struct {
	prefix string
	q      Qualifier
}{
	{"c. ", About}, {"c.", About}, {"circa ", About}, {"about ", About}, {"around ", About}, {"~", About},
	{"before ", Before}, {"after ", After}, {"until ", Until}, {"since ", Since}, {"from ", Since},
}

// cutQualifier takes a qualifier off the front of s.
func cutQualifier(s string) (Qualifier, string) {
	lower := asciiLower(s)
	for _, p := range qualifierPrefixes {
		if strings.HasPrefix(lower, p.prefix) {
			return p.q, strings.TrimSpace(s[len(p.prefix):])
		}
	}
	return Exact, s
}

// splitRange splits a range into its start and end as written, or reports
// that s is no range.
func splitRange(s string) (start, end string, ok bool) {
	lower := asciiLower(s)
	if rest, found := strings.CutPrefix(lower, "between "); found {
		if i := strings.Index(rest, " and "); i >= 0 {
			n := len("between ")
			return s[n : n+i], s[n+i+len(" and "):], true
		}
	}
	body, lowerBody := s, lower
	if rest, found := strings.CutPrefix(lower, "from "); found {
		body, lowerBody = s[len("from "):], rest
	}
	for _, sep := range []string{"–", "—", " to ", " until ", "/"} {
		if i := strings.Index(lowerBody, sep); i > 0 {
			return body[:i], body[i+len(sep):], true
		}
	}
	// A hyphen joins a range unless it is an ISO date's: "20-22 Aug 2022"
	// and "2019-2021" are ranges, "2022-08-20" is not.
	if i := strings.Index(body, "-"); i > 0 {
		a, b := strings.TrimSpace(body[:i]), strings.TrimSpace(body[i+1:])
		iso := isDigits(a) && len(a) == 4 && !(isDigits(b) && len(b) == 4)
		if !iso {
			return body[:i], body[i+1:], true
		}
	}
	return "", "", false
}

// parseOne reads a date that is no range.
func parseOne(s string) (Date, error) {
	q, rest := cutQualifier(s)
	y, m, d, err := parseYMD(rest)
	if err != nil || y == 0 {
		return Date{}, notADate(s)
	}
	return Date{Year: y, Month: m, Day: d, Qualifier: q}, nil
}

// parseRange reads a range, the start taking from the end the month and
// year it leaves out: "20–22 Aug 2022", "Jul–Sep 2022", "20 Aug – Sep 2022".
func parseRange(s, startText, endText string) (Date, error) {
	startText, endText = strings.TrimSpace(startText), strings.TrimSpace(endText)
	eq, endRest := cutQualifier(endText)
	if eq != Exact && eq != About {
		return Date{}, fmt.Errorf("%q: a range's end can only be about a date (c. 2021); give the end alone, or the range without %s", s, eq)
	}
	ey, em, ed, err := parseYMD(endRest)
	if err != nil || ey == 0 {
		return Date{}, notADate(s)
	}
	q, startRest := cutQualifier(startText)
	var y, m, d int
	if isDigits(startRest) {
		// A number alone is a day of the end's month when the end has a
		// day ("20–22 Aug 2022"), else a year ("2019–2021").
		n, _ := strconv.Atoi(startRest)
		if ed != 0 && n >= 1 && n <= 31 {
			y, m, d = ey, em, n
		} else {
			y = n
		}
	} else {
		y, m, d, err = parseYMD(startRest)
		if err != nil {
			return Date{}, notADate(s)
		}
		if y == 0 {
			y = ey
		}
	}
	if y == 0 {
		return Date{}, notADate(s)
	}
	return Date{Year: y, Month: m, Day: d, Qualifier: q, To: RangeEnd{Year: ey, Month: em, Day: ed, About: eq == About}}, nil
}

// parseYMD reads "15 Jul 2022", "Jul 2022", "2022", "2022-07-15",
// "July 15, 2022", and, leaving the year 0, "15 Jul" and "Jul".
func parseYMD(s string) (year, month, day int, err error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("%q is not a date", s)
	if parts := strings.Split(s, "-"); len(parts) <= 3 && isDigits(parts[0]) && len(parts[0]) == 4 {
		nums := make([]int, 3)
		for i, p := range parts {
			if !isDigits(p) {
				return 0, 0, 0, bad
			}
			nums[i], _ = strconv.Atoi(p)
		}
		return nums[0], nums[1], nums[2], nil
	}
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(f) == 0 || len(f) > 3 {
		return 0, 0, 0, bad
	}
	if len(f) >= 2 {
		if _, ok := monthNumber(f[0]); ok && isDigits(f[1]) && len(f[1]) <= 2 {
			f[0], f[1] = f[1], f[0] // "July 15, 2022" as "15 July 2022"
		}
	}
	last := f[len(f)-1]
	if m, ok := monthNumber(last); ok { // no year: "15 Jul", "Jul"
		if len(f) == 3 {
			return 0, 0, 0, bad
		}
		month = m
		if len(f) == 2 {
			if !isDigits(f[0]) {
				return 0, 0, 0, bad
			}
			day, _ = strconv.Atoi(f[0])
		}
		return 0, month, day, nil
	}
	if !isDigits(last) {
		return 0, 0, 0, bad
	}
	year, _ = strconv.Atoi(last)
	if year <= 0 {
		return 0, 0, 0, bad
	}
	if len(f) >= 2 {
		m, ok := monthNumber(f[len(f)-2])
		if !ok {
			return 0, 0, 0, bad
		}
		month = m
	}
	if len(f) == 3 {
		if !isDigits(f[0]) {
			return 0, 0, 0, bad
		}
		day, _ = strconv.Atoi(f[0])
	}
	return year, month, day, nil
}

// asciiLower lower-cases the ASCII letters of s only, so that an index
// into it is one into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// monthNumber reads a month's name, its first three letters or more of it
// ("Sept"), in any case, with or without a full stop.
func monthNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s, ","), "."))
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || s == name[:3] || (len(s) >= 3 && strings.HasPrefix(name, s)) {
			return int(m), true
		}
	}
	return 0, false
}
