package stix

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Hand encoders for the values the items of a large case hold most (dates,
// gradings, citations), which encoding/json would find by reflection each
// time. Each is used only while its type has exactly the fields and JSON
// tags it knows: a field added or renamed later sends the type back to
// encoding/json, so that nothing is dropped.
var (
	dateFast = hasFields[casefile.Date]("Year year,omitempty", "Month month,omitempty", "Day day,omitempty",
		"Qualifier qualifier,omitempty", "To to,omitzero", "Inferred inferred,omitempty", "AsStated as_stated,omitempty") &&
		hasFields[casefile.RangeEnd]("Year year,omitempty", "Month month,omitempty", "Day day,omitempty", "About about,omitempty")
	gradingFast  = hasFields[casefile.Grading]("Reliability reliability,omitempty", "Credibility credibility,omitempty")
	citationFast = hasFields[casefile.Citation]("Source source", "Locator locator,omitempty", "Span span,omitzero") &&
		hasFields[casefile.Span]("Start start", "End end")
)

// hasFields reports whether T's fields are exactly those given, each as
// "Name tag".
func hasFields[T any](fields ...string) bool {
	t := reflect.TypeFor[T]()
	if t.NumField() != len(fields) {
		return false
	}
	for i, want := range fields {
		f := t.Field(i)
		if f.Name+" "+f.Tag.Get("json") != want {
			return false
		}
	}
	return true
}

// fields writes an object's members as encoding/json writes a struct's:
// comma-separated "key":value pairs.
type fields struct {
	b     []byte
	comma bool
}

func (f *fields) key(k string) {
	if f.comma {
		f.b = append(f.b, ',')
	}
	f.b = append(f.b, '"')
	f.b = append(f.b, k...)
	f.b = append(f.b, '"', ':')
	f.comma = true
}

func (f *fields) int(k string, v int) {
	if v != 0 {
		f.key(k)
		f.b = strconv.AppendInt(f.b, int64(v), 10)
	}
}

func (f *fields) str(k, v string) {
	if v != "" {
		f.key(k)
		f.b = appendString(f.b, v)
	}
}

func (f *fields) bool(k string, v bool) {
	if v {
		f.key(k)
		f.b = append(f.b, "true"...)
	}
}

func appendDate(b []byte, d casefile.Date) []byte {
	f := fields{b: append(b, '{')}
	f.int("year", d.Year)
	f.int("month", d.Month)
	f.int("day", d.Day)
	f.str("qualifier", string(d.Qualifier))
	if !d.To.IsZero() {
		f.key("to")
		e := fields{b: append(f.b, '{')}
		e.int("year", d.To.Year)
		e.int("month", d.To.Month)
		e.int("day", d.To.Day)
		e.bool("about", d.To.About)
		f.b = append(e.b, '}')
	}
	f.bool("inferred", d.Inferred)
	f.str("as_stated", d.AsStated)
	return append(f.b, '}')
}

func appendGrading(b []byte, g casefile.Grading) []byte {
	f := fields{b: append(b, '{')}
	f.str("reliability", string(g.Reliability))
	f.int("credibility", int(g.Credibility))
	return append(f.b, '}')
}

func appendCitation(b []byte, c casefile.Citation) []byte {
	f := fields{b: append(b, '{')}
	f.key("source")
	f.b = appendString(f.b, c.Source)
	f.str("locator", c.Locator)
	if !c.Span.IsZero() {
		f.key("span")
		f.b = append(f.b, `{"start":`...)
		f.b = strconv.AppendInt(f.b, int64(c.Span.Start), 10)
		f.b = append(f.b, `,"end":`...)
		f.b = strconv.AppendInt(f.b, int64(c.Span.End), 10)
		f.b = append(f.b, '}')
	}
	return append(f.b, '}')
}

// The standard properties a grading gives, made once: OpenCTI's
// reliability and MISP's admiralty-scale tags (as JSON strings, their
// quotes escaped).
var (
	// by a reliability's letter, A to F, as 0 to 5
	openCTIReliability [6]string
	mispReliability    [6][]byte
	// by a credibility, 1 to 6
	mispCredibility [7][]byte
	// confidence is STIX 2.1's mapping of Admiralty credibility to
	// confidence (appendix "Confidence Scales"); 6, truth cannot be
	// judged, has none (0).
	confidence = [7]int{0, 90, 70, 50, 30, 10, 0}
)

func init() {
	for i, r := range casefile.Reliabilities {
		openCTIReliability[i] = string(r) + " - " + r.Label()
		mispReliability[i] = appendString(nil, `admiralty-scale:source-reliability="`+strings.ToLower(string(r))+`"`)
	}
	for _, c := range casefile.Credibilities {
		mispCredibility[c] = appendString(nil, `admiralty-scale:information-credibility="`+strconv.Itoa(int(c))+`"`)
	}
}

// reliabilityIndex is a reliability's place in those tables, or -1.
func reliabilityIndex(r casefile.Reliability) int {
	if len(r) == 1 && r[0] >= 'A' && r[0] <= 'F' {
		return int(r[0] - 'A')
	}
	return -1
}
