package picture

import (
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Family groups relation types by what they say of the two actors, which
// is how the chart styles their arrows.
type Family string

// Relation families.
const (
	Hostile    Family = "hostile"    // opposes, accuses, attacked, cut ties with, designates as terrorist
	Supportive Family = "supportive" // ally of, supports, met with
	Structural Family = "structural" // leads, member of, part of, spokesperson for, based in, hosts; and any other type
	// Affiliation is an actor's affiliation (Actor.Affiliation) where no
	// relation already joins the two: not a relation, but a link the case
	// holds.
	Affiliation Family = "affiliation"
)

// Families lists them in the order the legend and the Markdown list give.
var Families = []Family{Hostile, Supportive, Structural, Affiliation}

var familyOf = map[casefile.RelationType]Family{
	casefile.RelOpposes: Hostile, casefile.RelAccuses: Hostile, casefile.RelAttacked: Hostile,
	casefile.RelCutTiesWith: Hostile, casefile.RelDesignatesTerrorist: Hostile,
	casefile.RelAllyOf: Supportive, casefile.RelSupports: Supportive, casefile.RelMetWith: Supportive,
}

// hostileStems and supportiveStems place a type the vocabulary does not
// list ("sanctions", "funds") by the starts of its words; anything else is
// structural.
var (
	hostileStems    = []string{"oppos", "accus", "attack", "sanction", "threat", "condemn", "expel", "hostil", "war", "terror", "blam", "denounc", "target", "invad", "strik", "cut", "against"}
	supportiveStems = []string{"ally", "alli", "support", "fund", "back", "meet", "met", "cooperat", "aid", "prais", "thank", "friend", "partner", "endors", "help"}
)

// FamilyOf is the family of a relation type.
func FamilyOf(t casefile.RelationType) Family {
	if f, ok := familyOf[t]; ok {
		return f
	}
	if _, listed := indexType(t); listed {
		return Structural
	}
	words := strings.Fields(strings.ToLower(string(t)))
	for _, stems := range []struct {
		f     Family
		stems []string
	}{{Hostile, hostileStems}, {Supportive, supportiveStems}} {
		for _, w := range words {
			for _, st := range stems.stems {
				if strings.HasPrefix(w, st) {
					return stems.f
				}
			}
		}
	}
	return Structural
}

func indexType(t casefile.RelationType) (int, bool) {
	for i, x := range casefile.RelationTypes {
		if x == t {
			return i, true
		}
	}
	return 0, false
}

// Style is how a family's arrows are drawn.
type Style struct {
	Role  Role
	Width float64
}

// FamilyStyle is a family's stroke; an inferred relation's is dashed
// (InferredDash) besides.
func FamilyStyle(f Family) Style {
	switch f {
	case Hostile:
		return Style{RoleHostile, 1.6}
	case Supportive:
		return Style{RoleSupportive, 1.4}
	case Affiliation:
		return Style{RoleAffiliation, 0.8}
	}
	return Style{RoleStructural, 1.0}
}

// InferredDash is the dash pattern of an inferred relation's arrow, and
// AffiliationDash an affiliation's dotted line.
var (
	InferredDash    = []float64{5, 3}
	AffiliationDash = []float64{1.2, 2.2}
)
