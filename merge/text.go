package merge

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// Singular is the name of one item of a list: "statement" of
// "statements", "kept object" of "kept".
func Singular(list string) string {
	switch {
	case list == casefile.CaseKind:
		return "case"
	case list == "kept":
		return "kept object"
	case strings.HasSuffix(list, "ses") && len(list) > 4:
		return strings.TrimSuffix(list, "es") + "is" // hypotheses, analyses
	}
	return strings.TrimSuffix(list, "s")
}

// labelWords is how much of an item's title a label shows.
const labelWords = 60

// Label names an item for people, from its kind and JSON: `statement
// "Rama on proportionality" (st-1)`, `note "Assessment 3" (n-3)`, or the
// kind and id when it has no title, name or text.
func Label(kind string, item json.RawMessage) string {
	if kind == casefile.CaseKind {
		return "the case"
	}
	name, id := nameOf(item)
	if name == "" {
		return fmt.Sprintf("%s %q", Singular(kind), id)
	}
	return fmt.Sprintf("%s %q (%s)", Singular(kind), name, id)
}

// Name names an item as the window does, without its id: `statement
// “Rama on proportionality”`, or the kind and id when it has no title,
// name or text.
func Name(kind string, item json.RawMessage) string {
	if kind == casefile.CaseKind {
		return "The case"
	}
	name, id := nameOf(item)
	if name == "" {
		name = id
	}
	return fmt.Sprintf("%s “%s”", Singular(kind), name)
}

// nameOf is an item's title, name or first line of text, and its id.
func nameOf(item json.RawMessage) (name, id string) {
	fs, _ := splitObject(item)
	for _, key := range []string{"title", "name", "body", "value", "pattern"} {
		var s string
		if json.Unmarshal(lookup(fs, key), &s) == nil && strings.TrimSpace(s) != "" {
			name = firstLine(s)
			break
		}
	}
	_ = json.Unmarshal(lookup(fs, "id"), &id)
	return name, id
}

// firstLine is the first line of s with words in it, without Markdown
// heading marks, cut to labelWords characters.
func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#>*- "))
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > labelWords {
			r := []rune(line)
			line = strings.TrimSpace(string(r[:labelWords-1])) + "…"
		}
		return line
	}
	return ""
}

// Text is a JSON value as people read it: text as itself, other values as
// JSON, and "(none)" for an empty one.
func Text(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || string(v) == "null" {
		return "(none)"
	}
	if v[0] == '"' {
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	}
	return string(v)
}

// WriteDiff writes changes as Diff found them, for people: a heading line
// for each item, then each field changed, the old value on lines marked
// "-" and the new on lines marked "+" (text in full, line by line; other
// values as JSON). An item added shows its fields marked "+", one removed
// its fields marked "-".
func WriteDiff(w io.Writer, changes []Change) error {
	bw := bufio.NewWriter(w)
	for _, ch := range changes {
		item := ch.New
		if item == nil {
			item = ch.Old
		}
		label := Label(ch.Kind, item)
		switch ch.Op {
		case Changed:
			fmt.Fprintf(bw, "changed %s\n", label)
			for _, f := range ch.Fields {
				if f.Old != nil {
					writeValue(bw, "  - ", f.Field, f.Old)
				}
				if f.New != nil {
					writeValue(bw, "  + ", f.Field, f.New)
				}
			}
		case Added, Removed:
			mark := "  + "
			if ch.Op == Removed {
				mark = "  - "
			}
			fmt.Fprintf(bw, "%s %s\n", ch.Op, label)
			fs, _ := splitObject(item)
			for _, f := range fs {
				writeValue(bw, mark, f.name, f.value)
			}
		}
	}
	return bw.Flush()
}

// WriteText writes a case as stable text, for reading and for git's
// textconv: the case's own fields, then each item, a heading line and a
// line for each field that is not empty; an object's fields on lines of
// their own ("text.body: …"), text in full, a line of it per line.
func WriteText(w io.Writer, c *casefile.Case) error {
	v, err := read(c, true)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "case")
	for _, f := range v.own {
		writeValue(bw, "  ", f.name, f.value)
	}
	for li, l := range casefile.ItemLists() {
		if err := v.lists[li].encodeAll(); err != nil {
			return err
		}
		for _, enc := range v.lists[li].enc {
			fmt.Fprintf(bw, "\n%s\n", Label(l.Name, enc))
			fs, _ := splitObject(enc)
			for _, f := range fs {
				writeValue(bw, "  ", f.name, f.value)
			}
		}
	}
	return bw.Flush()
}

// writeValue writes a field, each line starting with prefix: text as
// "name: text", each further line of it under the first; an object as
// its fields, "name.field: …"; other values as JSON. Empty values
// ("", null, {}, []) are left out.
func writeValue(w io.Writer, prefix, name string, v json.RawMessage) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) == 0, string(v) == "null", string(v) == `""`, string(v) == "{}", string(v) == "[]":
		return
	case v[0] == '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			pad := strings.Repeat(" ", utf8.RuneCountInString(name)+2)
			for i, line := range strings.Split(s, "\n") {
				if i == 0 {
					fmt.Fprintf(w, "%s%s: %s\n", prefix, name, line)
				} else {
					fmt.Fprintf(w, "%s%s%s\n", prefix, pad, line)
				}
			}
			return
		}
	case v[0] == '{':
		if fs, err := splitObject(v); err == nil {
			for _, f := range fs {
				writeValue(w, prefix, name+"."+f.name, f.value)
			}
			return
		}
	}
	fmt.Fprintf(w, "%s%s: %s\n", prefix, name, v)
}
