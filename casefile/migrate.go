package casefile

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// migrations[v] upgrades a decoded file of version v to version v+1; nil
// when a version v file is a version v+1 file as it is (the step only added
// optional fields).
var migrations = map[int]func(doc map[string]any) error{
	1: migrate1to2,
	2: nil, // version 3 added markings and the release account
	3: nil, // version 4 added source texts and citation spans
	4: nil, // version 5 added date ranges, "since" and the dates sources claim
}

// migrate upgrades data from version to FormatVersion. When no step
// changes anything, data comes back as it is, so that problems found in it
// can still name a line and column of the file; rewritten reports otherwise.
func migrate(data []byte, version int) (out []byte, rewritten bool, err error) {
	changes := false
	for v := version; v < FormatVersion; v++ {
		step, ok := migrations[v]
		if !ok {
			return nil, false, fmt.Errorf("no migration from version %d", v)
		}
		changes = changes || step != nil
	}
	if !changes {
		return data, false, nil
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, false, describeJSONError(data, err)
	}
	for v := version; v < FormatVersion; v++ {
		if step := migrations[v]; step != nil {
			if err := step(doc); err != nil {
				return nil, false, fmt.Errorf("version %d to %d: %w", v, v+1, err)
			}
		}
		doc["version"] = v + 1
	}
	out, err = json.Marshal(doc)
	return out, true, err
}

// migrate1to2: version 1 wrote dates as strings ("2022-07-15", "2022-07",
// "2022", with "~" before a date for "about") and a note's target as one
// string "kind:id" ("case" alone for the case).
func migrate1to2(doc map[string]any) error {
	c, ok := doc["case"].(map[string]any)
	if !ok {
		return fmt.Errorf(`"case" is not an object`)
	}
	dateFields := map[string][]string{
		"sources": {"date"}, "relations": {"start", "end"}, "statements": {"date"}, "events": {"date"},
	}
	for list, fields := range dateFields {
		items, _ := c[list].([]any)
		for i, it := range items {
			m, ok := it.(map[string]any)
			if !ok {
				continue
			}
			for _, f := range fields {
				s, isString := m[f].(string)
				if !isString {
					continue
				}
				d, err := parseV1Date(s)
				if err != nil {
					return fmt.Errorf("%s[%d].%s: %w", list, i, f, err)
				}
				m[f] = d
			}
		}
	}
	notes, _ := c["notes"].([]any)
	for i, it := range notes {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		if s, isString := m["target"].(string); isString {
			kind, id, _ := strings.Cut(s, ":")
			if kind == "" {
				return fmt.Errorf("notes[%d].target %q names no kind", i, s)
			}
			m["target"] = Target{Kind: TargetKind(kind), ID: id}
		}
	}
	return nil
}

func parseV1Date(s string) (Date, error) {
	var d Date
	if s == "" {
		return d, nil
	}
	if rest, ok := strings.CutPrefix(s, "~"); ok {
		d.Qualifier, s = About, rest
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return d, fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := []*int{&d.Year, &d.Month, &d.Day}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return d, fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		*nums[i] = n
	}
	return d, d.Check()
}
