package casefile

import (
	"maps"
	"math"
	"slices"
)

// Hypothesis is one of the analyst's competing explanations, against which
// the evidence of the matrix is rated (Heuer's analysis of competing
// hypotheses).
type Hypothesis struct {
	ID      string  `json:"id"`
	Text    string  `json:"text"` // "Iranian state actors carried out the attack."
	Marking Marking `json:"marking,omitempty"`
}

// Rating is how consistent a piece of evidence is with a hypothesis.
type Rating string

// Ratings, from most consistent to least, and not applicable.
const (
	VeryConsistent   Rating = "very consistent"
	Consistent       Rating = "consistent"
	Neutral          Rating = "neutral"
	Inconsistent     Rating = "inconsistent"
	VeryInconsistent Rating = "very inconsistent"
	NotApplicable    Rating = "not applicable"
)

// RatingValues lists the ratings in that order.
var RatingValues = []Rating{VeryConsistent, Consistent, Neutral, Inconsistent, VeryInconsistent, NotApplicable}

// ratingCodes are Heuer's short forms.
var ratingCodes = map[Rating]string{
	VeryConsistent: "CC", Consistent: "C", Neutral: "N", Inconsistent: "I", VeryInconsistent: "II", NotApplicable: "NA",
}

// Valid reports whether r is one of the ratings.
func (r Rating) Valid() bool { return ratingCodes[r] != "" }

// Code is Heuer's short form: "CC", "C", "N", "I", "II", "NA"; "" for no
// rating.
func (r Rating) Code() string { return ratingCodes[r] }

// MatrixRow is one piece of evidence in the hypotheses matrix: the item,
// its weight when the analyst changed it from the one its grading gives,
// and its rating against each hypothesis, keyed by the hypothesis's id. A
// hypothesis it has no rating for is not yet rated.
//
// A row's Ratings map is never changed in place, only replaced (see
// SetRating): Clone shares it between copies.
type MatrixRow struct {
	Item    string            `json:"item"`
	Weight  *float64          `json:"weight,omitempty"`
	Ratings map[string]Rating `json:"ratings,omitempty"`
}

// MaxWeight is the largest weight a piece of evidence may be given.
const MaxWeight = 10

// DefaultWeight is the weight a piece of evidence starts from, from its
// Admiralty grading (EvidenceGrading): the product of a factor for its
// reliability (A 1, B 0.8, C 0.6, D 0.4, E 0.2, F 0.5) and one for its
// credibility (1 1, 2 0.8, 3 0.6, 4 0.4, 5 0.2, 6 0.5). A half not graded
// counts as one that cannot be judged (F, 6), so a note, which has no
// grading, weighs 0.25, and the article's "F2" statements 0.4.
func DefaultWeight(g Grading) float64 {
	rel := map[Reliability]int{"A": 100, "B": 80, "C": 60, "D": 40, "E": 20, "F": 50, "": 50}[g.Reliability]
	cred := map[Credibility]int{1: 100, 2: 80, 3: 60, 4: 40, 5: 20, 6: 50, 0: 50}[g.Credibility]
	return float64(rel*cred/100) / 100
}

// RowWeight is the weight of the matrix row: the analyst's, or the one its
// item's grading gives.
func (c *Case) RowWeight(r MatrixRow) float64 {
	if r.Weight != nil {
		return *r.Weight
	}
	return DefaultWeight(c.EvidenceGrading(r.Item))
}

// Hypothesis returns the hypothesis with the given id.
func (c *Case) Hypothesis(id string) (Hypothesis, bool) { return get(c.Hypotheses, id) }

// AddHypothesis adds a hypothesis after the others, giving it an id when
// it has none.
func (c *Case) AddHypothesis(h Hypothesis) (Hypothesis, error) {
	h.ID = newID(h.ID)
	return h, addItem(c, "hypothesis", &c.Hypotheses, h, (*checker).hypothesis)
}

// UpdateHypothesis replaces the hypothesis that has h's id.
func (c *Case) UpdateHypothesis(h Hypothesis) error {
	return updateItem(c, "hypothesis", c.Hypotheses, h, (*checker).hypothesis)
}

// DeleteHypothesis deletes a hypothesis. Evidence rated against it
// refuses the delete unless cascade is set: then its ratings go with it.
func (c *Case) DeleteHypothesis(id string, cascade bool) error {
	return c.deleteItem("hypothesis", id, cascade)
}

// MoveHypothesis moves a hypothesis by delta places among the others.
func (c *Case) MoveHypothesis(id string, delta int) error {
	return moveItem(c, "hypothesis", c.Hypotheses, id, delta)
}

// MatrixRowOf is the index of the item's row in the matrix, or -1.
func (c *Case) MatrixRowOf(item string) int {
	return slices.IndexFunc(c.Matrix, func(r MatrixRow) bool { return r.Item == item })
}

// AddEvidence adds a row for the item to the matrix, not yet rated. An
// item already in it is left as it is.
func (c *Case) AddEvidence(item string) error {
	if c.MatrixRowOf(item) >= 0 {
		return nil
	}
	c.Matrix = append(c.Matrix, MatrixRow{Item: item})
	k := &checker{c: c}
	k.matrixRow(len(c.Matrix)-1, &c.Matrix[len(c.Matrix)-1])
	if k.found != nil {
		c.Matrix = c.Matrix[:len(c.Matrix)-1]
		if len(c.Matrix) == 0 {
			c.Matrix = nil
		}
		return k.found
	}
	c.touch()
	return nil
}

// RemoveEvidence removes the item's row from the matrix, with its ratings.
func (c *Case) RemoveEvidence(item string) error {
	i := c.MatrixRowOf(item)
	if i < 0 {
		return &NotFoundError{"matrix row", item}
	}
	c.Matrix = slices.Delete(c.Matrix, i, i+1)
	if len(c.Matrix) == 0 {
		c.Matrix = nil
	}
	c.touch()
	return nil
}

// SetRating rates the item's evidence against the hypothesis; "" removes
// the rating.
func (c *Case) SetRating(item, hypothesis string, r Rating) error {
	i := c.MatrixRowOf(item)
	if i < 0 {
		return &NotFoundError{"matrix row", item}
	}
	if _, ok := c.Hypothesis(hypothesis); !ok {
		return &NotFoundError{"hypothesis", hypothesis}
	}
	if r != "" && !r.Valid() {
		return Problems{{Item: "case", Field: "matrix", Message: "rating " + string(r) + " is not one of very consistent, consistent, neutral, inconsistent, very inconsistent, not applicable"}}
	}
	row := &c.Matrix[i]
	if row.Ratings[hypothesis] == r {
		return nil
	}
	ratings := maps.Clone(row.Ratings) // shared with undo snapshots: never changed in place
	if ratings == nil {
		ratings = map[string]Rating{}
	}
	if r == "" {
		delete(ratings, hypothesis)
	} else {
		ratings[hypothesis] = r
	}
	if len(ratings) == 0 {
		ratings = nil
	}
	row.Ratings = ratings
	c.touch()
	return nil
}

// SetWeight gives the item's evidence the weight w, or with nil the weight
// its grading gives.
func (c *Case) SetWeight(item string, w *float64) error {
	i := c.MatrixRowOf(item)
	if i < 0 {
		return &NotFoundError{"matrix row", item}
	}
	row := c.Matrix[i]
	if w != nil {
		v := *w
		w = &v
	}
	row.Weight = w
	k := &checker{c: c}
	k.matrixRow(i, &row)
	if k.found != nil {
		return k.found
	}
	c.Matrix[i] = row
	c.touch()
	return nil
}

func (k *checker) hypothesis(h *Hypothesis) {
	k.on("hypothesis", firstWords(h.Text, 8), h.ID)
	k.required("text", h.Text)
	k.text("text", h.Text)
	k.marking(h.Marking)
}

// matrix checks the hypotheses matrix: every row is of an item that may be
// evidence, no item has two rows, and every rating is of a hypothesis.
func (k *checker) matrix() {
	seen := make(map[string]int, len(k.c.Matrix))
	for i := range k.c.Matrix {
		r := &k.c.Matrix[i]
		k.matrixRow(i, r)
		if prev, dup := seen[r.Item]; dup && r.Item != "" {
			k.add("matrix", "row %d is of %q, as row %d is; give each item one row", i+1, r.Item, prev+1)
		} else {
			seen[r.Item] = i
		}
	}
}

// matrixRow checks the row at index i of the matrix.
func (k *checker) matrixRow(i int, r *MatrixRow) {
	k.on("case", "", "")
	n := i + 1
	switch kind := k.evidenceKind(r.Item); {
	case r.Item == "":
		k.add("matrix", "row %d names no item; choose a statement, event, note or source", n)
	case kind == "":
		k.add("matrix", "row %d: %q is no statement, event, note or source of this case; choose an existing one", n, r.Item)
	}
	if w := r.Weight; w != nil && (*w < 0 || *w > MaxWeight || math.IsNaN(*w)) {
		k.add("matrix", "row %d (%q): weight %g is not from 0 to %d", n, r.Item, *w, MaxWeight)
	}
	for _, h := range slices.Sorted(maps.Keys(r.Ratings)) {
		switch rating := r.Ratings[h]; {
		case !k.exists("hypothesis", h):
			k.add("matrix", "row %d (%q): hypothesis %q does not exist; rate an existing hypothesis", n, r.Item, h)
		case !rating.Valid():
			k.add("matrix", "row %d (%q): rating %q is not one of very consistent, consistent, neutral, inconsistent, very inconsistent, not applicable", n, r.Item, rating)
		}
	}
}

// evidenceKind is the kind of the item with the id when it may be
// evidence, else "".
func (k *checker) evidenceKind(id string) string {
	if id == "" {
		return ""
	}
	for _, kind := range evidenceKindNames {
		if k.exists(kind, id) {
			return kind
		}
	}
	return ""
}
