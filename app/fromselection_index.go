package app

import (
	"sort"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// textIndex turns rune offsets of a text into byte offsets and paragraph
// numbers after one pass over it: a long text's quotations have many
// passages, and walking a megabyte for each would stall the UI thread.
type textIndex struct {
	s           string
	checkpoints []int // the byte offset of every checkpointRunes-th rune
	paraStarts  []int // the rune offset each paragraph (non-empty line) starts at
	paraEnds    []int // and ends at, after its line break
}

const checkpointRunes = 1024

func newTextIndex(s string) *textIndex {
	x := &textIndex{s: s}
	n, lineStart, blank := 0, 0, true
	for i, r := range s {
		if n%checkpointRunes == 0 {
			x.checkpoints = append(x.checkpoints, i)
		}
		n++
		switch {
		case r == '\n':
			if !blank {
				x.paraStarts, x.paraEnds = append(x.paraStarts, lineStart), append(x.paraEnds, n)
			}
			lineStart, blank = n, true
		case blank && strings.TrimSpace(string(r)) != "":
			blank = false
		}
	}
	if !blank {
		x.paraStarts, x.paraEnds = append(x.paraStarts, lineStart), append(x.paraEnds, n)
	}
	return x
}

// byteAt is the byte offset of a rune offset, len(s) past the end.
func (x *textIndex) byteAt(r int) int {
	if r <= 0 || len(x.checkpoints) == 0 {
		return 0
	}
	c := min(r/checkpointRunes, len(x.checkpoints)-1)
	return x.checkpoints[c] + byteAt(x.s[x.checkpoints[c]:], r-c*checkpointRunes)
}

// slice is the text of runes [start, end).
func (x *textIndex) slice(start, end int) string {
	from, to := x.byteAt(start), x.byteAt(end)
	return x.s[from:max(from, to)]
}

// para is the paragraph holding a rune offset, as paragraphAt counts.
func (x *textIndex) para(r int) int {
	k := sort.SearchInts(x.paraStarts, r+1) // paragraphs starting at or before r
	switch {
	case k == 0:
		return 1
	case r >= x.paraEnds[k-1]: // on an empty line after paragraph k
		return k + 1
	}
	return k
}

// actorIndex finds the case's actors by id, and by name or alias (names
// before aliases, case and accents aside), for the many look-ups of a list
// of quotations.
type actorIndex struct {
	ids             map[string]bool
	byName, byAlias map[string]string
}

func indexActors(c *casefile.Case) *actorIndex {
	x := &actorIndex{ids: map[string]bool{}, byName: map[string]string{}, byAlias: map[string]string{}}
	for _, a := range c.Actors {
		x.add(a)
	}
	return x
}

// add indexes an actor, after those indexed before it.
func (x *actorIndex) add(a casefile.Actor) {
	x.ids[a.ID] = true
	if k := casefile.Fold(a.Name); x.byName[k] == "" {
		x.byName[k] = a.ID
	}
	for _, al := range a.Aliases {
		if k := casefile.Fold(al); x.byAlias[k] == "" {
			x.byAlias[k] = a.ID
		}
	}
}

// named is the actor of a name or alias, or "".
func (x *actorIndex) named(name string) string {
	k := casefile.Fold(name)
	if id := x.byName[k]; id != "" {
		return id
	}
	return x.byAlias[k]
}

// resolve is a proposal whose speaker is in the case now, or whose
// speaker has since gone: a new actor made for an earlier quotation, or
// one an undo took away.
func (x *actorIndex) resolve(p quoteProposal) quoteProposal {
	if p.speakerID != "" && x.ids[p.speakerID] {
		return p
	}
	p.speakerID = ""
	if p.speaker != "" {
		p.speakerID = x.named(p.speaker)
	}
	return p
}
