package quotes

import "strings"

// The offices people hold and the kinds of body that speak: how a role
// phrase ("the judge", "the company", "the former envoy") finds the one
// the story named with that office before.

// genericBody reports whether a noun is one a report uses for any
// business or organisation it has named: "the company", "the group".
func genericBody(w string) bool {
	switch w {
	case "company", "firm", "group", "chain", "business", "corporation", "organisation",
		"organization", "operator", "provider", "maker", "manufacturer", "retailer", "lender",
		"insurer", "carrier", "airline", "utility", "developer", "vendor", "conglomerate", "charity", "nonprofit", "non-profit":
		return true
	}
	return false
}

// business reports whether entity i was named as a business or
// organisation: "nuclear fuel group Avenor".
func (e *engine) business(i int) bool {
	for _, h := range e.ents[i].heads {
		if genericBody(h) {
			return true
		}
	}
	return false
}

// lastBusiness returns the body named most recently with a role that
// makes it a business or organisation ("nuclear fuel group Avenor"), of
// the last few named, or -1.
func (e *engine) lastBusiness() int {
	return e.latest(func(i int, en *entity) bool {
		return en.kind == kBody && !en.roleOnly && e.business(i)
	})
}

// formerOffice reports whether a role's words make it one held before
// ("the former judge", "the ex-minister"): a story's way of recalling
// the career of someone it has named, not an office someone holds now.
func formerOffice(words []string) bool {
	for _, w := range words {
		if w == "former" || w == "onetime" || w == "retired" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// subUnit reports whether a body noun names part of a body, which
// speaks as the body: "the service's strategic communications division".
func subUnit(w string) bool {
	switch w {
	case "division", "branch", "section", "wing", "unit", "arm", "desk", "team":
		return true
	}
	return false
}

// byRole finds the entity a definite role phrase ("the ministry", "the
// prime minister") refers to: the latest mentioned whose name or role
// has the phrase's head word, preferring those that have more of its
// words. named leaves out entities known only by a role.
func (e *engine) byRole(head string, words []string, named bool) int {
	if i := e.byRole1(head, words, named, false); i >= 0 {
		return i
	}
	// "the judge" after "Justice Helen Ashworth", "the envoy" after
	// "Ambassador Tom Reyes": a word of the same kind of office
	best := -1
	for _, kin := range roleKin[strings.TrimSuffix(head, "s")] {
		if i := e.byRole1(kin, words, named, true); i >= 0 && (best < 0 || e.ents[i].last > e.ents[best].last) {
			if (chairs(head) || chairs(kin) || head == "leader") && !sharesWord(words, e.ents[i].words, head) {
				// "the ISRO chairman" is "ISRO chief S Somanath", but "the
				// EU's foreign policy chief" is no party's chairman; "the
				// Greek leader" is "the Greek Prime Minister", but "the
				// leader" may be any party's
				continue
			}
			best = i
		}
	}
	return best
}

func chairs(w string) bool { return w == "chairman" || w == "chairwoman" }

// byRole1 is byRole for the head word itself, or for a word of the same
// kind of office (kin): "the diplomat" may be a deputy foreign minister.
func (e *engine) byRole1(head string, words []string, named, kin bool) int {
	best, bestScore := -1, 0
	for _, form := range [...]string{head, head + "s", strings.TrimSuffix(head, "s")} {
		cands := e.byWord[form]
		if len(cands) > recentRoles {
			cands = cands[len(cands)-recentRoles:] // a role refers to someone recent
		}
		for _, i := range cands {
			en := &e.ents[i]
			if named && en.roleOnly {
				continue
			}
			if en.kind == kPerson && !en.roleOnly && !e.roleHeaded(en, form) {
				continue // "the coast guard" is not "coast guard spokesman X"
			}
			if e.otherOfficeOf(en, form, words, kin) {
				continue // "the defence secretary" is not "the shadow defence secretary"
			}
			if en.kind == kPerson && !en.roleOnly && !kin && slicesContains(en.heads, form) && lacksOffice(en.words, words, head) {
				continue // "the prime minister" is not "the local government minister"
			}
			if en.kind == kBody && !en.roleOnly && otherDepartment(en.words, words) {
				continue // "the foreign ministry" is not the "Ministry of Education and Science"
			}
			score := 1
			for _, w := range words {
				if w != head && hasWord(en.words, w) {
					score++
				}
			}
			if score > bestScore || score == bestScore && en.last > e.ents[best].last {
				best, bestScore = i, score
			}
		}
		if form == strings.TrimSuffix(head, "s") {
			break
		}
	}
	return best
}

// lacksOffice reports whether a role phrase's words name what the office
// is of ("prime", "foreign", "defence", …: titles before its head) that
// an entity's words do not have.
func lacksOffice(have, want []string, head string) bool {
	for _, w := range want {
		if w == head || lexicon[w]&fTitle == 0 || lexicon[w]&fPersonNoun != 0 || !officeOf[w] {
			continue
		}
		if !hasWord(have, w) && !(w == "prime" && (hasWord(have, "pm") || hasWord(have, "premier"))) {
			return true
		}
	}
	return false
}

// officeOf are the title words that say which office a minister or
// secretary holds.
var officeOf = setOf(`prime foreign interior defence defense finance economy health education energy trade
	digital security homeland intelligence justice home`)

// otherOfficeOf is otherOffice for the roles of en that have the word
// form, or for all its words when none has: Radu Ionescu, "a former air
// force pilot", is still the defence minister.
func (e *engine) otherOfficeOf(en *entity, form string, want []string, kin bool) bool {
	if !en.marked {
		return false
	}
	if len(en.roles) < 2 {
		return otherOffice(en.words, want, kin) // the one role's words are all there is
	}
	found := false
	for _, r := range en.roles {
		if !fieldFold(r, form) && !fieldFold(r, form+"s") && !fieldFold(r, strings.TrimSuffix(form, "s")) {
			continue
		}
		found = true
		other := false
		for k, w := range officeMarks {
			if kin && k >= 4 {
				break
			}
			if fieldFold(r, w) && !slicesContains(want, w) && (w != "former" || !slicesContains(want, "retired") && !slicesContains(want, "onetime")) {
				other = true
				break
			}
		}
		if !other {
			return false
		}
	}
	return found || otherOffice(en.words, want, kin)
}

// fieldFold reports whether one of the words of s is w, case aside.
func fieldFold(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// officeMarks make an office another than the one named without them;
// the first four hold across kinds of office too (see otherOffice).
var officeMarks = [...]string{"shadow", "former", "ex", "opposition", "deputy", "vice", "assistant", "junior"}

// otherOffice reports whether an entity's words make its office another
// than the one a role phrase's words name: a shadow, former, deputy or
// vice one the phrase does not say.
func otherOffice(have, want []string, kin bool) bool {
	for k, w := range officeMarks {
		if kin && k >= 4 {
			break // "the diplomat" for a deputy foreign minister
		}
		if slicesContains(have, w) && !slicesContains(want, w) && (w != "former" || !slicesContains(want, "retired") && !slicesContains(want, "onetime")) {
			return true
		}
	}
	return false
}

// roleHeaded reports whether one of a person's roles has head as its
// head noun, or as a title before it (see roleHeads). A person with no
// role at all may have a role word only in their name's title.
func (e *engine) roleHeaded(en *entity, head string) bool {
	if len(en.roles) == 0 {
		return true
	}
	for _, w := range en.heads {
		if w == head || plural(w, head) || plural(head, w) {
			return true
		}
	}
	return false
}
