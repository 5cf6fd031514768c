package casefile

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// HitKind names the kind of item a search hit is.
type HitKind string

// Search hit kinds, in the order results are grouped.
const (
	HitActor      HitKind = "actor"
	HitStatement  HitKind = "statement"
	HitEvent      HitKind = "event"
	HitSource     HitKind = "source"
	HitNote       HitKind = "note"
	HitJudgment   HitKind = "judgment"
	HitHypothesis HitKind = "hypothesis"
)

// HitKinds lists the kinds in the order results are grouped. Every kind
// itemKinds searches is among them.
var HitKinds = []HitKind{HitActor, HitStatement, HitEvent, HitSource, HitNote, HitJudgment, HitHypothesis}

// Searched is the plural of every kind a search looks in, in the table's
// order ("sources", "actors", …): what the search box says it searches.
func Searched() []string {
	var plurals []string
	for _, k := range itemKinds {
		if k.search != nil {
			plurals = append(plurals, k.plural)
		}
	}
	return plurals
}

// Hit is one item that matches a search.
type Hit struct {
	Kind   HitKind
	ID     string
	Title  string // the item's name or title
	Detail string // a line to show under it
}

type entry struct {
	hit  Hit
	text string // every searchable field, folded
}

// Index is a case prepared for searching as the user types. It is a
// snapshot: build a new one after the case changes.
type Index struct {
	entries []entry
}

// NewIndex folds every searchable field of the case once, walking the
// kinds itemKinds says are searched.
func NewIndex(c *Case) *Index {
	ix := &Index{entries: make([]entry, 0, c.items())}
	x := &indexing{c: c}
	for _, k := range itemKinds {
		if k.search == nil {
			continue
		}
		for i, n := 0, k.count(c); i < n; i++ {
			h, fields := k.search(c, i, x)
			ix.entries = append(ix.entries, entry{h, Fold(strings.Join(fields, "\n"))})
		}
	}
	return ix
}

// Search returns the items containing every word of the query, ignoring
// case and accents ("shqiperi" finds "Shqipëri"), grouped by kind in
// HitKinds order, at most limit of them (limit <= 0 means all). An empty
// query finds nothing.
func (ix *Index) Search(query string, limit int) []Hit {
	words := strings.Fields(Fold(query))
	if len(words) == 0 {
		return nil
	}
	var hits []Hit
	for _, kind := range HitKinds {
		for i := range ix.entries {
			e := &ix.entries[i]
			if e.hit.Kind != kind || !containsAll(e.text, words) {
				continue
			}
			hits = append(hits, e.hit)
			if limit > 0 && len(hits) == limit {
				return hits
			}
		}
	}
	return hits
}

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// Fold lowers s and strips its accents and other combining marks, so that
// "Shqipëri" and "SHQIPERI" fold alike. Curly quotes and dashes fold to
// their plain forms.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '‘' || r == '’':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		case r == '–' || r == '—':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func joinNonEmpty(parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}
