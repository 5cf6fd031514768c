package app

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Words that date what a source reports, as reporters write them. Month
// names are matched capitalised only: "may" is a verb far more often.
var (
	months   = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
	weekdays = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	dateRE   = regexp.MustCompile(`(?:(?i:on|last|this|early|late) )?` + weekdays + `|` +
		`(?:(?i:on|since|until|by|before|after) )?` + months + ` \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|` +
		`(?:(?i:on|since|until|by|before|after) )?\d{1,2} ` + months + `(?: \d{4})?|` +
		`(?:(?i:in|since|until|by|before|after|early|late) )?` + months + `(?: \d{4})?|` +
		`(?i:in|since|until|by|before|after|around|about|circa|c\.) (?:1[89]|20)\d\d\b|` +
		`\b(?i:today|yesterday|this week|last week|last month|last year|earlier this (?:week|month|year))\b`)
)

// dateWordsIn finds the first words in a text that date it: "In May 2022",
// "on Wednesday", "until 2012"; "" when there are none.
func dateWordsIn(text string) string {
	return dateRE.FindString(text)
}

// dateFor proposes a date from words that date a report and the date of
// the source that reports it, as the default case dates its statements by
// hand: "on Wednesday" in a source of 8 Sep 2022 is 7 Sep 2022, marked
// inferred, with the words kept as the source states them. Words it
// cannot place are kept without a date; with no words, the source's own
// date is proposed, marked inferred: reports as a rule quote what was
// said on or just before their date.
func dateFor(words string, src casefile.Date) casefile.Date {
	words = strings.TrimSpace(words)
	if words == "" {
		if src.IsZero() {
			return casefile.Date{}
		}
		return casefile.Date{Year: src.Year, Month: src.Month, Day: src.Day, Qualifier: src.Qualifier, Inferred: true}
	}
	d, ok := placeWords(words, src)
	if !ok {
		return casefile.Date{AsStated: words}
	}
	d.AsStated = words
	return d
}

// qualifierWords are the words before a date that bound it.
var qualifierWords = map[string]casefile.Qualifier{
	"until": casefile.Until, "by": casefile.Until, "before": casefile.Before, "after": casefile.After, "since": casefile.Since,
	"around": casefile.About, "about": casefile.About, "circa": casefile.About, "c.": casefile.About,
}

// placeWords reads date words against the source's date.
func placeWords(words string, src casefile.Date) (casefile.Date, bool) {
	fields := strings.Fields(strings.ReplaceAll(words, ",", ""))
	var d casefile.Date
	last := false
	if len(fields) > 1 {
		lead := strings.ToLower(fields[0])
		if q, ok := qualifierWords[lead]; ok {
			d.Qualifier = q
		}
		switch lead {
		case "on", "in", "this", "early", "late", "until", "by", "before", "after", "since", "around", "about", "circa", "c.":
			fields = fields[1:]
		case "last":
			last, fields = true, fields[1:]
		}
	}
	exact := src.Precision() == casefile.PrecisionDay && src.Qualifier == casefile.Exact
	srcDay := time.Date(src.Year, time.Month(src.Month), src.Day, 0, 0, 0, 0, time.UTC)
	switch lower := strings.ToLower(strings.Join(fields, " ")); {
	case lower == "today" && exact:
		return inferredDay(srcDay), true
	case lower == "yesterday" && exact:
		return inferredDay(srcDay.AddDate(0, 0, -1)), true
	case len(fields) == 1 && isWeekday(fields[0]):
		if !exact {
			return d, false
		}
		back := (int(srcDay.Weekday()) - int(weekday(fields[0])) + 7) % 7
		if last && back == 0 {
			back = 7
		}
		return inferredDay(srcDay.AddDate(0, 0, -back)), true
	}
	var day, month, year int
	for _, f := range fields {
		if f[0] >= '0' && f[0] <= '9' {
			f = strings.TrimRight(f, "stndrh") // 15th
		}
		if m, ok := monthNumber(strings.TrimSuffix(f, ".")); ok && month == 0 && !isDigits(f) {
			month = m
		} else if n, err := strconv.Atoi(f); err == nil && n > 31 {
			year = n
		} else if err == nil {
			day = n
		} else {
			return d, false
		}
	}
	if year == 0 {
		if src.IsZero() || month == 0 {
			return d, false
		}
		year = src.Year
		if src.Month > 0 && month > src.Month { // "in December", reported in January
			year--
		}
		d.Inferred = true
	}
	d.Year, d.Month, d.Day = year, month, day
	if d.Check() != nil {
		return casefile.Date{}, false
	}
	return d, true
}

func inferredDay(t time.Time) casefile.Date {
	return casefile.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Inferred: true}
}

func isWeekday(s string) bool { _, ok := weekdayNumbers[strings.ToLower(s)]; return ok }

func weekday(s string) time.Weekday { return weekdayNumbers[strings.ToLower(s)] }

var weekdayNumbers = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}
