package casefile

import (
	"fmt"
	"slices"
	"strings"
)

// Judgment is a key judgment: a sentence of the analyst's, with how likely
// it is on the estimative scale of US ICD 203, the analyst's confidence in
// it and why, and the evidence it rests on. A case's judgments are in
// order of importance, the most important first.
type Judgment struct {
	ID         string     `json:"id"`
	Text       string     `json:"text"`       // "Iranian state actors very likely carried out the 15 July attack."
	Likelihood Likelihood `json:"likelihood"` // "likely"
	Confidence Confidence `json:"confidence"` // "low"
	Basis      string     `json:"basis,omitempty"`
	// Evidence is what the judgment rests on, each item saying whether it
	// supports or undercuts the judgment.
	Evidence []EvidenceLink `json:"evidence,omitempty"`
	Marking  Marking        `json:"marking,omitempty"`
	// WithheldEvidence is set only in a releasable copy: how many of the
	// links the release dropped because their items were withheld, so that
	// a judgment never seems to rest on less than it does.
	WithheldEvidence int `json:"withheld_evidence,omitempty"`
}

// EvidenceKind names the kinds of item a judgment, or a row of the
// hypotheses matrix, may cite as evidence.
type EvidenceKind string

// Evidence kinds.
const (
	EvidenceStatement EvidenceKind = "statement"
	EvidenceEvent     EvidenceKind = "event"
	EvidenceNote      EvidenceKind = "note"
	EvidenceSource    EvidenceKind = "source"
)

// EvidenceKinds lists the kinds of item that may be evidence.
var EvidenceKinds = []EvidenceKind{EvidenceStatement, EvidenceEvent, EvidenceNote, EvidenceSource}

// evidenceKindNames are the item kinds of EvidenceKinds, for references.
var evidenceKindNames = []string{"statement", "event", "note", "source"}

// EvidenceLink is one item a judgment rests on, and which way it bears.
type EvidenceLink struct {
	Item     string       `json:"item"` // the id of the statement, event, note or source
	Kind     EvidenceKind `json:"kind"`
	Supports bool         `json:"supports"` // false: it undercuts the judgment
}

// Likelihood is a term of the ICD 203 estimative scale.
type Likelihood string

// The ICD 203 terms, from least to most likely.
const (
	AlmostNoChance    Likelihood = "almost no chance"
	VeryUnlikely      Likelihood = "very unlikely"
	Unlikely          Likelihood = "unlikely"
	RoughlyEvenChance Likelihood = "roughly even chance"
	Likely            Likelihood = "likely"
	VeryLikely        Likelihood = "very likely"
	AlmostCertain     Likelihood = "almost certain"
)

// Likelihoods lists the terms in order, least likely first.
var Likelihoods = []Likelihood{AlmostNoChance, VeryUnlikely, Unlikely, RoughlyEvenChance, Likely, VeryLikely, AlmostCertain}

// likelihoodRanges are each term's range in percent, as ICD 203 gives it.
var likelihoodRanges = map[Likelihood][2]int{
	AlmostNoChance: {1, 5}, VeryUnlikely: {5, 20}, Unlikely: {20, 45}, RoughlyEvenChance: {45, 55},
	Likely: {55, 80}, VeryLikely: {80, 95}, AlmostCertain: {95, 99},
}

// Valid reports whether l is one of the ICD 203 terms.
func (l Likelihood) Valid() bool { _, ok := likelihoodRanges[l]; return ok }

// Range is the term's range in percent: 55 and 80 for "likely".
func (l Likelihood) Range() (low, high int) {
	r := likelihoodRanges[l]
	return r[0], r[1]
}

// Words is the term with its range: "likely (55–80%)", or "" for none.
func (l Likelihood) Words() string {
	if !l.Valid() {
		return string(l)
	}
	lo, hi := l.Range()
	return fmt.Sprintf("%s (%d–%d%%)", l, lo, hi)
}

// Confidence is the analyst's confidence in a judgment.
type Confidence string

// Confidence levels.
const (
	LowConfidence      Confidence = "low"
	ModerateConfidence Confidence = "moderate"
	HighConfidence     Confidence = "high"
)

// Confidences lists the levels, lowest first.
var Confidences = []Confidence{LowConfidence, ModerateConfidence, HighConfidence}

// Valid reports whether c is low, moderate or high.
func (c Confidence) Valid() bool { return slices.Contains(Confidences, c) }

// Words is "low confidence".
func (c Confidence) Words() string { return string(c) + " confidence" }

// JudgmentFlag is something a reader should know about how a judgment is
// supported.
type JudgmentFlag string

// Judgment flags.
const (
	// CitesNothing: the judgment cites no evidence at all.
	CitesNothing JudgmentFlag = "cites no evidence"
	// OnlyWeakSupport: every item that supports it is graded E or F
	// (its source unreliable, or not to be judged) or 5 or 6 (the
	// information improbable, or not to be judged).
	OnlyWeakSupport JudgmentFlag = "its only support is graded E or F, or 5 or 6"
	// EvidenceWithheld: in a releasable copy, the evidence it cites is
	// all withheld.
	EvidenceWithheld JudgmentFlag = "the evidence it rests on is withheld"
)

// Flags are what a reader should be warned of about the judgment's
// support, in the order above; none for a judgment well enough supported.
func (c *Case) Flags(j Judgment) []JudgmentFlag {
	if len(j.Evidence) == 0 {
		if j.WithheldEvidence > 0 {
			return []JudgmentFlag{EvidenceWithheld}
		}
		return []JudgmentFlag{CitesNothing}
	}
	supports, weak := 0, 0
	for _, l := range j.Evidence {
		if !l.Supports {
			continue
		}
		supports++
		if c.EvidenceGrading(l.Item).Weak() {
			weak++
		}
	}
	if supports > 0 && weak == supports {
		return []JudgmentFlag{OnlyWeakSupport}
	}
	return nil
}

// Weak reports whether the grading is E or F, or 5 or 6: a source
// unreliable or not to be judged, or information improbable or not to be
// judged.
func (g Grading) Weak() bool {
	return g.Reliability == "E" || g.Reliability == "F" || g.Credibility == 5 || g.Credibility == 6
}

// EvidenceGrading is the Admiralty grading of an item cited as evidence:
// a statement's or event's own, a source's reliability alone; a note, the
// analyst's own words, has none.
func (c *Case) EvidenceGrading(id string) Grading {
	if s, ok := c.Statement(id); ok {
		return s.Grading
	}
	if e, ok := c.Event(id); ok {
		return e.Grading
	}
	if s, ok := c.Source(id); ok {
		return Grading{Reliability: s.Reliability}
	}
	return Grading{}
}

// EvidenceName names an item cited as evidence as a list names it: the
// statement's or event's title, the source's, a note's first words.
func (c *Case) EvidenceName(id string) string {
	if s, ok := c.Statement(id); ok {
		return s.Title
	}
	if e, ok := c.Event(id); ok {
		return e.Title
	}
	if n, ok := c.Note(id); ok {
		return NoteName(n.Body)
	}
	if s, ok := c.Source(id); ok {
		return s.Title
	}
	return id
}

// NoteName names a note by its first words, without the Markdown that
// marks them up: "What the article leaves unsaid", not "## What the…".
func NoteName(body string) string {
	plain := strings.NewReplacer("**", "", "__", "", "`", "")
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#>-*+ "))
		if line = plain.Replace(line); line != "" {
			return firstWords(line, 8)
		}
	}
	return ""
}

// EvidenceKindOf is the evidence kind of the item with the id, or "" when
// it is no item that may be evidence.
func (c *Case) EvidenceKindOf(id string) EvidenceKind {
	switch c.kindOf(id) {
	case "statement":
		return EvidenceStatement
	case "event":
		return EvidenceEvent
	case "note":
		return EvidenceNote
	case "source":
		return EvidenceSource
	}
	return ""
}

// JudgmentsCiting returns the judgments that cite the item, in order.
func (c *Case) JudgmentsCiting(id string) []Judgment {
	var out []Judgment
	for _, j := range c.Judgments {
		if slices.ContainsFunc(j.Evidence, func(l EvidenceLink) bool { return l.Item == id }) {
			out = append(out, j)
		}
	}
	return out
}

// Judgment returns the judgment with the given id.
func (c *Case) Judgment(id string) (Judgment, bool) { return get(c.Judgments, id) }

// AddJudgment adds a judgment after the others, giving it an id when it
// has none.
func (c *Case) AddJudgment(j Judgment) (Judgment, error) {
	j.ID = newID(j.ID)
	return j, addItem(c, "judgment", &c.Judgments, j, (*checker).judgment)
}

// UpdateJudgment replaces the judgment that has j's id.
func (c *Case) UpdateJudgment(j Judgment) error {
	return updateItem(c, "judgment", c.Judgments, j, (*checker).judgment)
}

// DeleteJudgment deletes a judgment; nothing refers to judgments.
func (c *Case) DeleteJudgment(id string) error { return c.deleteItem("judgment", id, true) }

// MoveJudgment moves a judgment by delta places in the order of
// importance (negative: up, toward the most important), stopping at
// either end.
func (c *Case) MoveJudgment(id string, delta int) error {
	return moveItem(c, "judgment", c.Judgments, id, delta)
}

// moveItem moves the item with the id by delta places in its list.
func moveItem[T identified](c *Case, kind string, list []T, id string, delta int) error {
	i := indexOf(list, id)
	if i < 0 {
		return &NotFoundError{kind, id}
	}
	to := min(max(i+delta, 0), len(list)-1)
	if to == i {
		return nil
	}
	x := list[i]
	if to < i {
		copy(list[to+1:i+1], list[to:i])
	} else {
		copy(list[i:to], list[i+1:to+1])
	}
	list[to] = x
	c.touch()
	return nil
}

func (k *checker) judgment(j *Judgment) {
	k.on("judgment", firstWords(j.Text, 8), j.ID)
	k.required("text", j.Text)
	k.text("text", j.Text)
	switch {
	case j.Likelihood == "":
		k.add("likelihood", "is empty; choose one of %s", likelihoodList())
	case !j.Likelihood.Valid():
		k.add("likelihood", "%q is not one of %s", j.Likelihood, likelihoodList())
	}
	switch {
	case j.Confidence == "":
		k.add("confidence", "is empty; choose low, moderate or high")
	case !j.Confidence.Valid():
		k.add("confidence", "%q is not low, moderate or high", j.Confidence)
	}
	k.text("basis", j.Basis)
	if j.WithheldEvidence < 0 {
		k.add("withheld_evidence", "%d is not a count", j.WithheldEvidence)
	} else if j.WithheldEvidence > 0 && k.c.Release == nil {
		k.add("withheld_evidence", "is only for a releasable copy; remove it")
	}
	k.marking(j.Marking)
	checkRefs(k, j, itemRefs[Judgment]("judgment"))
}

func likelihoodList() string {
	words := make([]string, len(Likelihoods))
	for i, l := range Likelihoods {
		words[i] = string(l)
	}
	return strings.Join(words, ", ")
}

// evidenceLinks checks a judgment's evidence: each link names an item of
// the kind it says, and no item twice.
func (k *checker) evidenceLinks(links []EvidenceLink) {
	for i, l := range links {
		n := i + 1
		switch {
		case l.Item == "":
			k.add("evidence", "link %d names no item; choose a statement, event, note or source", n)
			continue
		case !slices.Contains(EvidenceKinds, l.Kind):
			k.add("evidence", "link %d (%q): kind %q is not one of statement, event, note, source", n, l.Item, l.Kind)
			continue
		case !k.exists(string(l.Kind), l.Item):
			k.add("evidence", "link %d: %s %q does not exist; choose an existing %s", n, l.Kind, l.Item, l.Kind)
			continue
		}
		if slices.ContainsFunc(links[:i], func(o EvidenceLink) bool { return o.Item == l.Item }) {
			k.add("evidence", "link %d cites %s %q again; cite each item once", n, l.Kind, l.Item)
		}
	}
}
