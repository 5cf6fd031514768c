package casefile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// The properties here corrupt valid case files the way Encode writes them,
// one key per line, so that the test knows independently of the code under
// test where each mistake is: the line it changed and the column its value
// starts at.

var (
	keyedLine  = regexp.MustCompile(`^(\s*)"([a-z_]+)": (.*?)(,?)$`)
	bareString = regexp.MustCompile(`^(\s*)("(?:[^"\\]|\\.)*")(,?)$`)
	jsonString = regexp.MustCompile(`^"(?:[^"\\]|\\.)*"$`)
	jsonNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)
)

// wrongKinds are values of another JSON kind than orig, which no field of
// orig's kind takes; nil when orig does not end on its line.
func wrongKinds(orig string) []string {
	switch {
	case jsonString.MatchString(orig):
		return []string{"17", "true", "[]", "{}"}
	case orig == "true" || orig == "false":
		return []string{`"yes"`, "0", "[]"}
	case orig == "null": // Casefile writes null only for an empty list
		return []string{"12", `"x"`, "{}"}
	case orig == "{}":
		return []string{`"x"`, "[]", "5"}
	case orig == "[]":
		return []string{`"x"`, "{}", "5"}
	case jsonNumber.MatchString(orig):
		return []string{`"7"`, "[1]", "true", "{}"}
	}
	return nil
}

// fileLine is a line of a case file and what the test did to it.
type fileLine struct {
	text    string
	column  int    // where the changed value or inserted key starts; 0 if unchanged
	orig    string // the value the line held, before it was made wrong
	unknown string // the unknown key inserted on this line
}

// corrupt makes n values of data the wrong kind and inserts m unknown
// fields, at random places.
func corrupt(t *testing.T, data []byte, n, m int, r *rand.Rand) []fileLine {
	t.Helper()
	var lines []fileLine
	for _, s := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		lines = append(lines, fileLine{text: s})
	}
	var values, objects []int
	for i, l := range lines {
		if k := keyedLine.FindStringSubmatch(l.text); k != nil {
			if len(k[1]) == 2 && (k[2] == "format" || k[2] == "version") {
				continue // the header is read on its own, before the rest
			}
			if wrongKinds(k[3]) != nil {
				values = append(values, i)
			}
		} else if bareString.MatchString(l.text) {
			values = append(values, i)
		}
		if strings.HasSuffix(l.text, "{") && i > 0 {
			objects = append(objects, i)
		}
	}
	if n > len(values) || m > len(objects) {
		t.Fatalf("the file has %d values and %d objects; cannot corrupt %d and %d", len(values), len(objects), n, m)
	}
	for _, i := range r.Perm(len(values))[:n] {
		l := &lines[values[i]]
		if k := keyedLine.FindStringSubmatch(l.text); k != nil {
			choices := wrongKinds(k[3])
			l.orig, l.column = k[3], len(k[1])+len(`"`+k[2]+`": `)+1
			l.text = k[1] + `"` + k[2] + `": ` + choices[r.IntN(len(choices))] + k[4]
			continue
		}
		k := bareString.FindStringSubmatch(l.text)
		l.orig, l.column = k[2], len(k[1])+1
		l.text = k[1] + []string{"3", "false", "{}", "[]"}[r.IntN(4)] + k[3]
	}
	// Insert from the end, so that the indexes still to come stay right.
	at := r.Perm(len(objects))[:m]
	for j := range at {
		at[j] = objects[at[j]]
	}
	sortDesc(at)
	for j, i := range at {
		indent := lines[i+1].text[:len(lines[i+1].text)-len(strings.TrimLeft(lines[i+1].text, " "))]
		key := fmt.Sprintf("zz_unknown_%d", j)
		ins := fileLine{text: indent + `"` + key + `": 1,`, column: len(indent) + 1, unknown: key}
		lines = append(lines[:i+1], append([]fileLine{ins}, lines[i+1:]...)...)
	}
	return lines
}

func sortDesc(xs []int) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[j] > xs[i] {
				xs[i], xs[j] = xs[j], xs[i]
			}
		}
	}
}

func joinLines(lines []fileLine) []byte {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l.text + "\n")
	}
	return b.Bytes()
}

// resolve finds the value at a problem's path ("case.sources[2].date") in a
// generically decoded file.
func resolve(doc any, path string) (any, error) {
	for path != "" {
		if path[0] == '[' {
			end := strings.IndexByte(path, ']')
			i, err := strconv.Atoi(path[1:end])
			list, ok := doc.([]any)
			if err != nil || !ok || i >= len(list) {
				return nil, fmt.Errorf("no element %s", path[:end+1])
			}
			doc, path = list[i], strings.TrimPrefix(path[end+1:], ".")
			continue
		}
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		obj, ok := doc.(map[string]any)
		v, found := obj[path[:end]]
		if !ok || !found {
			return nil, fmt.Errorf("no field %q", path[:end])
		}
		doc, path = v, strings.TrimPrefix(path[end:], ".")
	}
	return doc, nil
}

// TestEveryShapeProblemIsReportedOnceWhereItIs corrupts n random values of
// a valid file with values of the wrong kind and adds m unknown fields:
// exactly those n+m problems must come back, each once, at its line and
// column, with a path that leads to the value in the file, and nothing
// Validate would say of the dropped values.
func TestEveryShapeProblemIsReportedOnceWhereItIs(t *testing.T) {
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 7))
		var good bytes.Buffer
		if err := casefile.Encode(&good, casefile.Synthetic(30+int(seed), seed)); err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(good.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		n, m := r.IntN(12), r.IntN(4)
		if n+m == 0 {
			n = 1
		}
		lines := corrupt(t, good.Bytes(), n, m, r)
		data := joinLines(lines)
		_, err := casefile.Decode(data)
		var ps casefile.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("seed %d: Decode = %v, want Problems", seed, err)
		}
		if len(ps) != n+m {
			t.Errorf("seed %d: %d problems for %d wrong values and %d unknown fields:\n%v", seed, len(ps), n, m, ps)
		}
		if got := casefile.WalkFinds(data); got != n+m {
			t.Errorf("seed %d: the walk finds %d problems, want %d", seed, got, n+m)
		}
		seen := map[int]bool{}
		explained := 0
		for _, p := range ps {
			if p.Line < 1 || p.Line > len(lines) || lines[p.Line-1].column != p.Column {
				t.Errorf("seed %d: %v is at no line the test changed", seed, p)
				continue
			}
			if seen[p.Line] {
				t.Errorf("seed %d: line %d is reported twice", seed, p.Line)
			}
			seen[p.Line] = true
			if !strings.HasSuffix(p.String(), fmt.Sprintf(" (line %d, column %d)", p.Line, p.Column)) {
				t.Errorf("seed %d: %q does not end with its line and column", seed, p)
			}
			at, rerr := resolve(doc, p.Path)
			l := lines[p.Line-1]
			if l.unknown != "" {
				if _, isObject := at.(map[string]any); rerr != nil || !isObject {
					t.Errorf("seed %d: unknown field %q: path %q leads to no object in the file (%v)", seed, l.unknown, p.Path, rerr)
				}
				if !strings.Contains(p.Message, `has an unknown field "`+l.unknown+`"`) {
					t.Errorf("seed %d: %q does not name the unknown field %q", seed, p.Message, l.unknown)
				}
				if strings.Contains(p.Message, "lest that data be lost") {
					explained++
				}
				continue
			}
			want, _ := json.Marshal(json.RawMessage(l.orig))
			if got, _ := json.Marshal(at); rerr != nil || !bytes.Equal(got, want) {
				t.Errorf("seed %d: path %q of %v leads to %s (%v), want the value the test changed, %s", seed, p.Path, p, got, rerr, want)
			}
			if !strings.Contains(p.Message, " holds ") || !strings.Contains(p.Message, " belongs") {
				t.Errorf("seed %d: %q does not say what it holds and what belongs", seed, p.Message)
			}
		}
		if m > 0 && explained != 1 {
			t.Errorf("seed %d: %d unknown fields explain why they are refused, want the first only", seed, explained)
		}
	}
}

// TestWalkAgreesWithEncodingJSON changes one value at a time to values of
// every kind, right and wrong, and keys to other spellings: the walk finds
// nothing exactly when encoding/json decodes the file strictly, so that the
// slow path never reports a problem the fast path would not have had.
func TestWalkAgreesWithEncodingJSON(t *testing.T) {
	var good bytes.Buffer
	if err := casefile.Encode(&good, casefile.Synthetic(12, 3)); err != nil {
		t.Fatal(err)
	}
	src := strings.Split(good.String(), "\n")
	values := []string{`"x"`, `"2022-09-07T09:00:00Z"`, `"2022-09-07"`, "3", "-1", "1.5", "1e2", "99999999999999999999", "true",
		"null", "{}", "[]", `[1]`, `["a"]`, `{"year": 2022}`, `{"kind": "actor", "id": "a"}`, `[{"source": "x"}]`}
	r := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for i, line := range src {
		k := keyedLine.FindStringSubmatch(line)
		if k == nil || len(k[1]) == 2 && (k[2] == "format" || k[2] == "version") || wrongKinds(k[3]) == nil || r.IntN(3) > 0 {
			continue
		}
		variants := []string{k[1] + `"` + strings.ToUpper(k[2]) + `": ` + k[3] + k[4], k[1] + `"` + k[2] + `s": ` + k[3] + k[4]}
		for _, v := range values {
			variants = append(variants, k[1]+`"`+k[2]+`": `+v+k[4])
		}
		for _, v := range variants {
			lines := append([]string(nil), src...)
			lines[i] = v
			data := []byte(strings.Join(lines, "\n"))
			var f struct {
				Format  string         `json:"format"`
				Version int            `json:"version"`
				Case    *casefile.Case `json:"case"`
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			err := dec.Decode(&f)
			if walked := casefile.WalkFinds(data); (err == nil) != (walked == 0) {
				t.Errorf("line %d as %s: encoding/json says %v, the walk finds %d problems", i+1, v, err, walked)
			}
			checked++
		}
	}
	if checked < 200 {
		t.Errorf("only %d variants checked", checked)
	}
}

// TestDecodeOfRandomlyReshapedFilesNeverFails replaces random values with
// random JSON, and keys with other spellings: Decode must never panic,
// return a case and an error, or give a problem without a place or words.
func TestDecodeOfRandomlyReshapedFilesNeverFails(t *testing.T) {
	var good bytes.Buffer
	if err := casefile.Encode(&good, casefile.Synthetic(15, 9)); err != nil {
		t.Fatal(err)
	}
	src := strings.Split(good.String(), "\n")
	snippets := []string{`null`, `{}`, `[]`, `[[]]`, `{"a": [1, {"b": null}]}`, `"\u0041\"b"`, `-0`, `1e400`, `"2022-09-07T09:00:00+02:00"`,
		`{"year": {"month": []}}`, `[{"source": 1}, null, "x"]`, `{"kind": 5, "id": []}`, `true`, `"TLP:RED"`, `99`}
	r := rand.New(rand.NewPCG(5, 5))
	for iter := range 300 {
		lines := append([]string(nil), src...)
		for range 1 + r.IntN(6) {
			i := r.IntN(len(lines))
			k := keyedLine.FindStringSubmatch(lines[i])
			if k == nil || len(k[1]) == 2 || wrongKinds(k[3]) == nil {
				continue
			}
			key := k[2]
			switch r.IntN(4) {
			case 0:
				key = `\u00` + strconv.FormatInt(int64(key[0]), 16) + key[1:] // the same key, escaped
			case 1:
				key = strings.ToUpper(key)
			}
			lines[i] = k[1] + `"` + key + `": ` + snippets[r.IntN(len(snippets))] + k[4]
		}
		data := []byte(strings.Join(lines, "\n"))
		c, err := casefile.Decode(data)
		if (c == nil) == (err == nil) {
			t.Fatalf("iteration %d: Decode = %v, %v", iter, c, err)
		}
		var ps casefile.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				if p.Item == "" || p.Message == "" || p.Path != "" && p.Line == 0 {
					t.Errorf("iteration %d: problem %#v lacks words or a place", iter, p)
				}
			}
		}
	}
}
