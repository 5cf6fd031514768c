package quotes

import "strings"

// Genders, as far as the text shows them: an honorific (Mr, Mrs, Ms), a
// gendered role noun (spokeswoman, chairman) or a pronoun that referred
// to the person before. 0 is not known.
const (
	gMale uint8 = iota + 1
	gFemale
)

var genderWords = map[string]uint8{
	"mr": gMale, "mr.": gMale, "sir": gMale, "lord": gMale, "baron": gMale, "king": gMale,
	"prince": gMale, "spokesman": gMale, "chairman": gMale, "congressman": gMale,
	"councilman": gMale, "businessman": gMale, "father": gMale, "husband": gMale, "son": gMale,
	"brother": gMale, "man": gMale, "sheikh": gMale, "emir": gMale,
	"mrs": gFemale, "mrs.": gFemale, "ms": gFemale, "ms.": gFemale, "miss": gFemale,
	"dame": gFemale, "lady": gFemale, "baroness": gFemale, "queen": gFemale, "princess": gFemale,
	"spokeswoman": gFemale, "chairwoman": gFemale, "congresswoman": gFemale,
	"councilwoman": gFemale, "businesswoman": gFemale, "mother": gFemale, "wife": gFemale,
	"daughter": gFemale, "sister": gFemale, "woman": gFemale,
}

// roleGender returns the gender a role's words show, or 0: "Mrs",
// "the company's spokeswoman"; not a possessor's ("Ms. Hale's attorney")
// nor what the office is of ("Vice-Chancellor of Queen's").
func roleGender(role string) uint8 {
	var g uint8
	for w := range strings.FieldsSeq(role) {
		if possessive(w) {
			g = 0 // "Ms. Hale's attorney": the words so far are the possessor's
			continue
		}
		w = strings.ToLower(strings.Trim(w, ",’'"))
		if w == "of" || w == "for" || w == "at" || w == "to" || w == "from" || w == "with" {
			break // "Vice-Chancellor of Queen's": the rest is whom the office is of
		}
		if x, ok := genderWords[w]; ok {
			if g != 0 && g != x {
				return 0
			}
			g = x
		}
	}
	return g
}

// possessive reports whether a word is a possessive: "Hale's", "the
// ministers’".
func possessive(w string) bool {
	for _, suf := range [...]string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pronounGender returns the gender of "he" or "she", or 0.
func pronounGender(w string) uint8 {
	switch strings.ToLower(w) {
	case "he":
		return gMale
	case "she":
		return gFemale
	}
	return 0
}

// genderOf returns what the text has shown of an attribution's gender:
// its entity's, or for a body speaking through someone its role's.
func (e *engine) genderOf(a attribution) uint8 {
	if a.ent >= 0 && e.ents[a.ent].kind != kBody {
		if g := e.ents[a.ent].gender; g != 0 {
			return g
		}
	}
	return roleGender(a.role)
}
