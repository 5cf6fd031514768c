package quotes

import "strings"

const pronouns = fPronPerson | fPronBody | fPronPlural | fPronRel

// roleHead reports whether t, a lower-case word, can head a speaker
// phrase: "the ministry", "a senior official", "the researchers".
func (e *engine) roleHead(t *token) bool {
	if !t.lower() || t.fl&(fFunc|fVerb|fPart|fSkip|fPrep) != 0 {
		return false
	}
	if t.fl&(fPersonNoun|fBodyNoun|fDocNoun|fCue) != 0 {
		return true
	}
	return agentNoun(strings.ToLower(e.name(t)))
}

// agentNoun reports whether w looks like a noun for people: researcher,
// analyst, investigator, historian, consultant.
func agentNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 5 || notAgents[w] {
		return false
	}
	for _, suf := range [...]string{"er", "ist", "or", "ian", "ant"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// notAgents are nouns with an agent's ending that name no person: "The
// tiger adjusted its grip. “…,” he says" is not the tiger's.
var notAgents = setOf(`tiger panther lobster oyster spider beaver hamster elephant rooster water number
	matter paper order border power centre center corner summer winter river cancer computer
	weather finger danger dinner theatre theater chamber quarter shelter chapter charter character
	barrier cluster container counter filter folder hunger ladder laser letter lever meter monster
	murder powder printer rubber shoulder silver thunder tower trailer trigger voucher wonder
	floor sector factor motor error mirror corridor meteor reactor tractor radiator elevator
	plant restaurant grant variant implant pollutant`)

func init() {
	for _, w := range strings.Fields(`order number matter power border computer server quarter error sector
		factor floor major minor terror vector water paper letter murder chapter summer winter filter
		cluster meter chamber register barrier corner center centre ever never other after under later
		rather whether either together further however wonder dinner manner banner layer character
		theater theatre minister mirror horror honor honour favor favour labor labour color colour
		behavior behaviour rumor rumour motor interior exterior anterior elephant important instant
		distant constant significant relevant pleasant giant variant tenant warrant grant plant former
		latter senior junior superior inferior prior super poster sooner longer bigger smaller newer
		older younger earlier further hacker-for-hire tougher stronger weaker greater lesser fewer`) {
		notAgents[w] = true
	}
}

// npBack returns the first token of the speaker phrase that ends at token
// j, or -1 if no phrase ends there.
func (e *engine) npBack(lo, j int) int {
	t := &e.toks[j]
	if e.wordIn(t, "another") {
		return j // "Another added:"
	}
	if j > lo && e.wordIn(t, "second", "third", "fourth", "fifth") && e.wordIn(&e.toks[j-1], "a") {
		return j - 1 // "A third said"
	}
	switch {
	case t.kind != tWord:
		return -1
	case t.fl&pronouns != 0:
		return j
	case t.lower():
		if !e.roleHead(t) || e.verbAfterName(j) {
			return -1
		}
	case t.cap():
		if notName(t) {
			return -1
		}
	case t.sh&sDigit != 0 && j > lo && e.toks[j-1].cap() && !notName(&e.toks[j-1]):
		// "UAW Local 22", "Unifor Local 195": a name's number
	default:
		return -1
	}
	a, lowers := j, 0
	for k := j - 1; k >= lo; k-- {
		u := &e.toks[k]
		if u.punct(')') && k-2 > lo && e.toks[k-2].punct('(') && acronym(e.str(&e.toks[k-1])) && e.toks[k-3].cap() {
			k -= 2 // "An Election Commission of Pakistan (ECP) spokesperson"
			continue
		}
		if u.punct('&') && k > lo && e.toks[k-1].cap() && e.toks[a].cap() {
			a = k // "Korea Iron & Steel Association"
			continue
		}
		if u.punct(',') && e.toks[a].cap() && e.listJoin(k, j+1) {
			a = k // "the Department for Culture, Media and Sport"
			continue
		}
		if u.kind != tWord {
			break
		}
		switch {
		case u.fl&fDet != 0 && k-2 >= lo && e.toks[k-1].lower() && e.toks[k-1].fl&fPrepOf != 0 &&
			(e.roleHead(&e.toks[k-2]) || e.toks[k-2].is(fNum) || e.toks[k-2].cap() && e.toks[k-2].fl&fTitle != 0 && e.toks[k-2].fl&fOrg == 0 && e.toks[a].cap()):
			a = k - 2 // "one of the people", "a spokesperson for the ministry"
			k -= 2
			continue
		case u.fl&fDet != 0 && k-2 >= lo && e.wordIn(&e.toks[k-1], "to") && e.toks[k-1].lower() && e.accredited(&e.toks[k-2]):
			a = k - 2 // "the Russian mission to the European Union", "Britain's ambassador to the UN"
			k -= 2
			continue
		case u.fl&fDet != 0 && k-2 >= lo && e.ofThe(k-1, j+1) && e.toks[k-2].cap() && !notName(&e.toks[k-2]) && e.orgIn(lo, k-1):
			a = k - 2 // "Office for the Protection of the Constitution"
			k -= 2
			continue
		case k-2 >= lo && e.nameOfThe(k, j+1):
			a = k - 2 // "Kaisa Lehtonen of the National Bureau of Investigation": the person, and where they work
			k -= 2
			continue
		case u.lower() && u.is(fThe) && k > lo && a == k+1 && e.toks[a].cap() && e.toks[k-1].cap() && !notName(&e.toks[k-1]) &&
			e.toks[k-1].fl&(fTitle|fOrg|fPlace|fVerb) == 0 && e.toks[k-1].sh&(sPoss|sAllCaps) == 0 && (k-1 == lo || !e.toks[k-2].cap()) && e.verbLike(&e.toks[k-1]):
			a = k - 1 // "Save the Children said": a name that is a call to act
			k--
			continue
		case u.lower() && e.wordIn(u, "another") && k < j:
			return k // "another farmer said"
		case u.fl&fDet != 0:
			if e.wordIn(u, "that", "this") && strings.HasSuffix(e.str(&e.toks[j]), "s") && e.toks[j].lower() {
				return trimConn(e, k+1, j) // "a package that diplomats described": a clause's "that"
			}
			return trimConn(e, k, j)
		case k > lo && e.toks[k-1].fl&fDet != 0 && e.wordIn(u, "first", "second", "third", "fourth", "fifth"):
			return trimConn(e, k-1, j) // "A second diplomat", "his first victim"
		case u.fl&fNum != 0 || u.sh&sDigit != 0:
			a = k
			continue
		case u.cap():
			if notName(u) && !(k == a-1 && e.withoutJoin(k, j+1)) || k < j-1 && openingAdverb(e.str(u)) {
				return trimConn(e, a, j) // (and "Initially" opening the sentence)
			}
			a = k
			continue
		case u.lower() && strings.EqualFold(e.str(u), "of") && k > lo && e.toks[k-1].is(fNum):
			a = k - 1 // "Hundreds of doctors"
			k--
			continue
		case u.lower() && (strings.EqualFold(e.str(u), "of") || strings.EqualFold(e.str(u), "for")) && k > lo && e.toks[k-1].lower() && e.toks[k-1].fl&fPersonNoun != 0 && e.roleHead(&e.toks[k-1]) && e.toks[a].cap():
			a = k - 1 // "The leader of Zambia’s main opposition party", "program manager for Norway Truls Gulowsen"
			k--
			continue
		case u.lower() && e.wordIn(u, "in") && k > lo && e.toks[k-1].lower() && e.roleHead(&e.toks[k-1]) && e.toks[a].cap() && a+2 <= j && country([]string{strings.ToLower(e.str(&e.toks[a]))}):
			a = k - 1 // "IOM spokesman in Italy Flavio Di Giacomo": where the office is
			k--
			continue
		case u.fl&fConn != 0 && k > lo && e.toks[k-1].cap() && e.toks[a].cap() || e.bodyOn(k, j+1):
			a = k
			continue
		case u.lower() && u.fl&fConn != 0 && k-1 > lo && e.toks[k-1].lower() && e.toks[k-1].fl&fConn != 0 && e.toks[k-2].cap() && e.toks[a].cap():
			a = k - 1 // "Anthony van der Ley"
			k--
			continue
		case strings.EqualFold(e.str(u), "and") && k > lo && e.toks[k-1].cap() && e.toks[a].cap() &&
			(e.titleBefore(max(lo, k-4), k) || e.andJoins(k, j+1) || e.listAnd(k, j+1)):
			a = k
			continue
		case strings.EqualFold(e.str(u), "and") && u.lower() && k > lo && a == k+1 && e.toks[k-1].lower() && e.toks[k-1].fl&fTitle != 0 && e.roleHead(&e.toks[k-1]) &&
			e.toks[a].cap() && e.titledName(a, j+1):
			a = k // "African Union chairman and South African President Cyril Ramaphosa": two offices of one person
			continue
		case u.lower() && u.fl&(fFunc|fVerb|fPart|fSkip|fPrep) == 0 && u.sh&sLy == 0 && lowers < 4:
			if e.toks[a].cap() && u.fl&fTitle == 0 && !e.roleHead(u) && !compoundModifier(e.str(u)) && !(k > lo && e.toks[k-1].is(fThe|fDet) && e.toks[k-1].fl&pronouns == 0) {
				return trimConn(e, a, j) // "… summoned China’s": a verb, not a modifier (but "the top Japanese government spokesman")
			}
			a, lowers = k, lowers+1
			continue
		}
		break
	}
	return trimConn(e, a, j)
}

// compoundModifier reports whether a lower-case word is an adjective
// made of a noun and a participle, which stands before a name as no verb
// does: "state-run Petra news agency", "state-owned Rosneft".
func compoundModifier(w string) bool {
	_, part, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	switch part {
	case "run", "owned", "backed", "based", "led", "controlled", "funded", "affiliated",
		"linked", "aligned", "allied", "supported", "sponsored", "operated", "appointed", "elected", "born", "raised", "bred":
		return true
	}
	return false
}

// accredited reports whether t is a noun for a mission or envoy sent
// "to" a state or body: "mission", "delegation", "ambassador".
func (e *engine) accredited(t *token) bool {
	return t.kind == tWord && e.wordIn(t, "mission", "delegation", "ambassador", "envoy", "representative", "embassy", "observer")
}

// titlesBetween reports whether tokens [a,b) are lower-case titles and
// nouns for people: "director-general" in "Potraz director-general Dr
// Blessing Nyathi", "chief executive" in "Zesa chief executive Eng X".
func (e *engine) titlesBetween(a, b int) bool {
	if a >= b || b-a > 6 {
		return false
	}
	for k := a; k < b; k++ {
		t := &e.toks[k]
		if !t.lower() || t.fl&(fVerb|fPart) != 0 {
			return false
		}
		if t.fl&(fTitle|fPersonNoun) == 0 {
			// "spokesman for home affairs": what the office is for,
			// after the title's noun
			return a > 0 && e.toks[a-1].fl&(fTitle|fPersonNoun) != 0 && e.wordIn(&e.toks[a], "for", "of")
		}
	}
	return true
}

// nameOfThe reports whether token k is the "the" of a person's name, "of
// the" and a body's name that ends before hi: "Kaisa Lehtonen of the
// National Bureau of Investigation".
func (e *engine) nameOfThe(k, hi int) bool {
	if k < 2 || !e.toks[k].is(fThe) || !e.toks[k-1].lower() || !e.wordIn(&e.toks[k-1], "of") ||
		!e.orgIn(k+1, hi) && !(hi-1 > k && e.toks[hi-1].lower() && e.toks[hi-1].fl&fBodyNoun != 0) && !e.titledBefore(k-2) && !e.bodyNounThenName(k+1, hi) {
		// (a body: "the National Bureau of Investigation", "the main
		// opposition party"; or a person by their title: "Judge William
		// Alsup of the Northern District of California")
		return false
	}
	n := &e.toks[k-2]
	return n.cap() && !notName(n) && n.fl&(fOrg|fPlace|fTitle) == 0 && n.sh&(sPoss|sAllCaps) == 0
}

// bodyNounThenName reports whether [a,hi) is a body described, then
// named: "the environmental law firm EarthJustice", "the campaign group
// Liberty".
func (e *engine) bodyNounThenName(a, hi int) bool {
	for j := a; j+1 < hi && j < a+6; j++ {
		if t := &e.toks[j]; !t.lower() {
			return false
		} else if t.fl&fBodyNoun != 0 {
			return e.plainName(j+1, hi) && hi-j-1 <= 3
		}
	}
	return false
}

// bodyOn reports whether token k is the "on" inside a body's name,
// between a word for a body and a capitalised word: "Commission on
// Refugees", "Council on Foreign Relations".
func (e *engine) bodyOn(k, hi int) bool {
	return k > 0 && k+1 < hi && e.toks[k].lower() && e.wordIn(&e.toks[k], "on") && e.toks[k-1].cap() && e.toks[k-1].fl&fOrg != 0 && e.toks[k+1].cap() && !notName(&e.toks[k+1])
}

// titledBefore reports whether the capitalised words ending at token n
// open with a title: "Judge William Alsup".
func (e *engine) titledBefore(n int) bool {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		t := &e.toks[k]
		if !t.cap() {
			return false
		}
		if t.fl&fTitle != 0 && t.fl&fOrg == 0 {
			return true
		}
	}
	return false
}

// verbAfterName reports whether the noun at j is a verb after a person's
// name: "Friederike von Hallberg heads a team", not "department heads".
func (e *engine) verbAfterName(j int) bool {
	if j < 2 {
		return false
	}
	t := &e.toks[j]
	w := e.str(t)
	past := t.lower() && len(w) > 4 && strings.HasSuffix(w, "ed") && !e.wordIn(t, "based", "backed", "owned", "funded", "linked", "aligned", "allied")
	// "Maria Lopez commands the fleet": a verb in -s, an article after it
	pres := t.lower() && len(w) > 3 && strings.HasSuffix(w, "s") && j+1 < len(e.toks) && e.toks[j+1].lower() && e.toks[j+1].is(fDet)
	if !past && !pres && (t.e == 0 || e.text[t.e-1] != 's' || !e.wordIn(t, "heads", "chairs", "leads", "directs", "manages", "oversees", "runs")) {
		return false // (and "Col. Tukur Gusau briefed reporters": a clause, not a role)
	}
	n, m := &e.toks[j-1], &e.toks[j-2]
	return n.cap() && !notName(n) && n.fl&(fOrg|fPlace|fTitle) == 0 && n.sh&(sPoss|sAllCaps) == 0 &&
		(m.cap() && !notName(m) || m.lower() && m.fl&fConn != 0)
}

// ofThe reports whether token k is "of" or "for" followed by "the" and
// a capitalised word, as inside a body's name: "Office for the
// Protection of the Constitution".
func (e *engine) ofThe(k, hi int) bool {
	if k < 1 || k+2 >= hi || !e.wordIn(&e.toks[k], "of", "for") || !e.toks[k].lower() ||
		!e.toks[k-1].cap() || notName(&e.toks[k-1]) {
		return false
	}
	return e.toks[k+1].lower() && e.toks[k+1].is(fThe) && e.toks[k+2].cap() && !notName(&e.toks[k+2])
}

// orgIn reports whether tokens [a,b) hold a capitalised word for a
// body: Office, Ministry, Agency.
func (e *engine) orgIn(a, b int) bool {
	for k := max(a, 0); k < b; k++ {
		if t := &e.toks[k]; t.cap() && (t.fl&fOrg != 0 || e.wordIn(t, "republic", "kingdom")) {
			return true // "Office for the …", "Democratic Republic of the Congo"
		}
	}
	return false
}

// andJoins reports whether the "and" at token k joins two halves of one
// body's name ("Cybersecurity and Infrastructure Security Agency",
// "Department of Health and Human Services"), not two names.
func (e *engine) andJoins(k, hi int) bool {
	if k < 1 || k+1 >= hi || !e.toks[k].lower() || !strings.EqualFold(e.str(&e.toks[k]), "and") ||
		!e.toks[k-1].cap() || notName(&e.toks[k-1]) {
		return false
	}
	orgOf := e.orgOfBefore(k)
	for j := k + 1; j < hi && j < k+6; j++ {
		u := &e.toks[j]
		if !u.cap() || notName(u) {
			if u.lower() && u.fl&fConn != 0 {
				continue
			}
			if j == k+2 && u.lower() && e.wordIn(u, "council", "councils", "councillor", "councillors", "police", "county", "borough") {
				return true // "Redcar and Cleveland council": two places, one council
			}
			return orgOf && j > k+1
		}
		if u.fl&fOrg != 0 || bodyNameEnd(strings.ToLower(e.str(u))) {
			return true
		}
	}
	return orgOf
}

// bodyNameEnd reports whether a capitalised word, not itself a noun for
// a body, ends many a public body's name after an "and": "Customs and
// Border Protection", "Immigration and Customs Enforcement".
func bodyNameEnd(w string) bool {
	switch w {
	case "protection", "enforcement", "revenue", "customs", "immigration", "safety", "standards",
		"development", "welfare", "prevention", "investigation", "investigations", "statistics", "research":
		return true
	}
	return false
}

// orgOfBefore reports whether the name that ends just before token k
// is a body's "X of/for Y": "Office for Democratic Institutions" (and
// Human Rights), "Ministry of Foreign Affairs" (and Trade), whose name
// goes on after an "and".
func (e *engine) orgOfBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-6; j-- {
		u := &e.toks[j]
		switch {
		case u.kind != tWord:
			return false
		case u.lower() && u.fl&fConn != 0:
			p := &e.toks[j-1]
			if e.wordIn(u, "of", "for") && p.cap() && p.fl&fOrg != 0 {
				return true
			}
		case !u.cap() || notName(u):
			return false
		}
	}
	return false
}

// possAdj reports whether w, after a possessive, is an adjective the
// lexicon counts as a function word: "the pilot's last words".
func possAdj(w string) bool {
	switch w {
	case "last", "first", "own", "latest", "final", "only", "other", "next":
		return true
	}
	return false
}

// titleBefore reports whether a title word stands in tokens [a,b).
func (e *engine) titleBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if e.toks[k].cap() && e.toks[k].fl&fTitle != 0 {
			return true
		}
	}
	return false
}

// trimConn drops connectors and modifiers that cannot start a phrase.
func trimConn(e *engine, a, j int) int {
	for a < j && e.toks[a].lower() && e.toks[a].fl&fConn != 0 {
		a++
	}
	return a
}

// postIn reports whether token k is the "in" between a diplomatic post
// and its host: "Embassy in Cambodia", "Consulate in Istanbul".
func (e *engine) postIn(k, hi int) bool {
	return k > 0 && k+1 < hi && e.toks[k].lower() && e.wordIn(&e.toks[k], "in") && e.toks[k-1].cap() &&
		e.wordIn(&e.toks[k-1], "embassy", "consulate", "mission", "delegation") && e.toks[k+1].cap() && !notName(&e.toks[k+1])
}

// nameJoin reports whether token k joins the capitalised words on
// either side into one name: "of", "van den", "&", "and" between the
// words of a body's name, "in" after "Embassy", "Without".
func (e *engine) nameJoin(k, hi int) bool {
	u := &e.toks[k]
	return u.lower() && (u.fl&fConn != 0 || e.andJoins(k, hi) || e.wordIn(u, "and") && e.listAnd(k, hi)) || u.punct('&') || e.postIn(k, hi) || e.withoutJoin(k, hi) || e.listJoin(k, hi)
}

// verbLike reports whether a capitalised word is one a charity's or a
// campaign's name opens with, bidding the reader act: "Save the
// Children", "Stop the War Coalition".
func (e *engine) verbLike(t *token) bool {
	return e.wordIn(t, "save", "stop", "feed", "free", "keep", "protect", "defend", "end", "fight", "heal", "reclaim", "restore")
}

// officeList reports whether the comma or "and" at token k, after a
// role, goes on to more roles and then a name: "CEO, founder and chief
// engineer Sir Peter Beck".
func (e *engine) officeList(k, hi int) bool {
	if k < 1 {
		return false
	}
	if p := &e.toks[k-1]; !(p.cap() && p.fl&fTitle != 0 || e.roleHead(p)) {
		return false
	}
	and := e.wordIn(&e.toks[k], "and") // a list, not "The first witness, former financial controller Aoife Brennan,"
	for j := k + 1; j < hi && j < k+10; j++ {
		t := &e.toks[j]
		switch {
		case t.cap():
			return and && (t.fl&fTitle != 0 || !notName(t) && j+1 < hi && e.toks[j+1].cap()) // the name, or a title before it
		case t.lower() && e.wordIn(t, "and"):
			and = true
			continue
		case t.punct(',') || t.lower() && (e.roleHead(t) || t.fl&(fTitle|fPersonNoun) != 0 || t.fl&(fFunc|fVerb|fPart|fPrep) == 0):
			continue
		}
		return false
	}
	return false
}

// listAnd reports whether the "and" at token k ends the list of a body's
// name that listJoin reads: "… for Culture, Media and Sport".
func (e *engine) listAnd(k, hi int) bool {
	for c := k - 2; c > 0 && c >= k-8; c-- {
		if e.toks[c].punct(',') {
			if e.listJoin(c, hi) {
				return true
			}
			continue
		}
		if !e.toks[c].cap() {
			return false
		}
	}
	return false
}

// listJoin reports whether the comma at token k is inside a body's name
// that lists what it is for: "Department for Digital, Culture, Media and
// Sport".
func (e *engine) listJoin(k, hi int) bool {
	if !e.toks[k].punct(',') || k < 3 || !e.toks[k-1].cap() {
		return false
	}
	org := false
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if t := &e.toks[j]; t.lower() && e.wordIn(t, "for", "of") {
			org = j > 0 && e.toks[j-1].cap() && e.toks[j-1].fl&fOrg != 0
			break
		} else if !t.cap() && !t.punct(',') {
			break
		}
	}
	for j := k + 1; j+1 < hi && j < k+9; j++ {
		switch t := &e.toks[j]; {
		case t.lower() && e.wordIn(t, "and"):
			// (or the list names what the body is of before its noun:
			// "Kenya Medical Practitioners, Pharmacists and Dentists Union")
			return e.toks[j-1].cap() && e.toks[j+1].cap() && (org || j+2 < hi && e.toks[j+2].cap() && e.toks[j+2].fl&fOrg != 0)
		case !t.cap() && !t.punct(','):
			return false
		}
	}
	return false
}

// withoutJoin reports whether token k is a capitalised "Without" inside
// a name: "Doctors Without Borders", "Reporters Without Borders".
func (e *engine) withoutJoin(k, hi int) bool {
	u := &e.toks[k]
	return k > 0 && k+1 < hi && u.cap() && e.wordIn(u, "without") && e.toks[k-1].cap() && !notName(&e.toks[k-1]) &&
		e.toks[k+1].cap() && !notName(&e.toks[k+1])
}

// openingAdverb reports whether a capitalised word is an adverb a
// sentence opens with, not a name: "Initially", "Separately",
// "Reportedly" (but "Connolly", "Kimberly" are names).
func openingAdverb(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range [...]string{"ially", "ately", "ously", "edly", "ntly", "ively", "ually", "nally"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// notName reports whether a capitalised word cannot be part of a name:
// "In", "After", "Wednesday".
func notName(t *token) bool {
	if t.sh&sAllCaps != 0 && t.fl&fFunc != 0 && t.fl&pronouns == 0 && t.cap() {
		return false // "US", "IT": initials, not the words "us" and "it"
	}
	return t.fl&fFunc != 0 && t.fl&(fTitle|fDet) == 0 || t.fl&(fMonth|fWeekday) != 0
}

// npForward returns the end of the speaker phrase that starts at token
// i, or i if none does.
func (e *engine) npForward(i, hi int) int {
	k := i
	if k < hi && e.toks[k].fl&pronouns != 0 && e.toks[k].kind == tWord {
		return k + 1
	}
	if k < hi && e.toks[k].is(fDet) {
		k++
		if k < hi && e.wordIn(&e.toks[k], "first", "second", "third", "fourth", "fifth") {
			k++ // "a second diplomat", "the first witness"
		}
	}
	for k < hi && (e.toks[k].is(fNum) || e.toks[k].sh&sDigit != 0) {
		k++
	}
	if k > i && k+1 < hi && e.toks[k].lower() && strings.EqualFold(e.str(&e.toks[k]), "of") {
		k++ // "Hundreds of doctors", "one of the sources"
		if e.toks[k].is(fDet) {
			k++
		}
	}
	end, lowers := -1, 0
	for ; k < hi && k-i < 16; k++ {
		u := &e.toks[k]
		if u.punct('&') && end >= 0 && end == k-1 && e.toks[end].cap() && k+1 < hi && e.toks[k+1].cap() {
			continue // "Korea Iron & Steel Association"
		}
		if u.punct(',') && end >= 0 && end == k-1 && k+1 < hi && e.toks[k+1].cap() && e.listJoin(k, hi) {
			continue // "Kenya Medical Practitioners, Pharmacists and Dentists Union"
		}
		if (u.punct(',') || e.wordIn(u, "and") && u.lower()) && end >= 0 && end == k-1 && e.officeList(k, hi) {
			continue // "CEO, founder and chief engineer Sir Peter Beck", "president and chief executive Tom Reyes"
		}
		if u.punct('(') && end >= 0 && end == k-1 && e.toks[end].cap() && k+3 < hi && acronym(e.str(&e.toks[k+1])) && e.toks[k+2].punct(')') && e.toks[k+3].lower() && e.roleHead(&e.toks[k+3]) {
			k += 2 // "New Zealand Nurses Organisation (NZNO) representative Cee Payne"
			continue
		}
		if u.kind != tWord {
			break
		}
		switch {
		case ordinal(e.str(u)) && end >= 0 && k+1 < hi && e.toks[k+1].cap() && e.toks[k+1].fl&fTitle != 0:
			continue // "Padstow lifeboat 2nd Coxswain Richard Pitman"
		case e.withoutJoin(k, hi) && end == k-1:
			continue // "Doctors Without Borders"
		case u.cap():
			if notName(u) || u.fl&fDet != 0 || end >= 0 && lowers > 0 && !e.titlesBetween(end+1, k) && !(u.fl&fTitle != 0 && lowers <= 2 && k+1 < hi && e.toks[k+1].cap()) || e.headPara && k > i && u.fl&fVerb != 0 && u.fl&fNounToo == 0 {
				// (but "Padstow lifeboat Coxswain Richard Pitman": a title
				// after a place's noun, and the name)
				// (a headline's "Envoy Says Deal Is …": the verb ends it)
				k = hi // stop: "the Ministry … summoned China’s envoy"
				continue
			}
			end, lowers = k, 0
			continue
		case u.fl&fConn != 0 && end >= 0 && end == k-1 && e.toks[end].cap() && k+1 < hi && e.toks[k+1].cap():
			continue
		case e.bodyOn(k, hi) && end == k-1:
			continue // "the UN High Commission on Refugees chief"
		case e.ofThe(k, hi) && end == k-1 && e.orgIn(i, k):
			k++ // "Federal Office for the Protection of the Constitution"
			continue
		case strings.EqualFold(e.str(u), "and") && end >= 0 && end == k-1 && e.toks[end].cap() && k+1 < hi && e.toks[k+1].cap() &&
			(e.titleBefore(i, k) || e.andJoins(k, hi) || e.listAnd(k, hi)):
			continue // "Under Secretary for Terrorism and Financial Intelligence"
		case u.lower() && e.wordIn(u, "to") && end >= 0 && end == k-1 && e.toks[end].cap() && e.toks[end].fl&fTitle != 0 && e.accredited(&e.toks[end]) && k+1 < hi && e.toks[k+1].cap():
			continue // "Türkiye's Ambassador to Somalia Ayşe Nur Demirtaş"
		case e.postIn(k, hi) && end == k-1:
			continue // "the Chinese Embassy in Cambodia"
		case (u.fl&fPrepOf != 0 || e.wordIn(u, "to") && e.accredited(&e.toks[max(end, 0)])) && end >= 0 && end == k-1 && e.roleHead(&e.toks[end]) && k+1 < hi:
			continue // "a spokesperson for the ministry", "the Russian mission to the EU"
		case (u.fl&fDet != 0 || u.is(fNum)) && k > i && (e.toks[k-1].fl&fPrepOf != 0 || e.wordIn(&e.toks[k-1], "to")) && e.toks[k-1].lower():
			continue // "a spokesperson for the ministry", "a diplomat from one member state"
		case u.lower() && k > i && e.toks[k-1].sh&sPoss != 0 && possAdj(e.str(u)):
			lowers++ // "the pilot's last words"
			continue
		case u.lower() && k == i+1 && e.toks[i].is(fDet) && end < 0 && (u.sh&sLy != 0 || e.wordIn(u, "now", "once", "still", "ever", "already")) &&
			k+2 < hi && e.toks[k+1].lower() && e.toks[k+1].fl&(fFunc|fVerb|fPrep) == 0 && e.toks[k+2].cap():
			lowers++ // "The now exasperated Johari", "a visibly angry Reyes"
			continue
		case u.lower() && u.fl&(fFunc|fVerb|fPart|fSkip|fPrep) == 0 && u.sh&sLy == 0:
			if e.verbAfterName(k) {
				break // "Friederike von Hallberg heads a team"
			}
			if w := e.str(u); end >= 0 && end == k-1 && len(w) > 4 && strings.HasSuffix(w, "ed") && (e.roleHead(&e.toks[end]) || e.toks[end].cap() && e.toks[end].sh&sPoss == 0 && !compoundModifier(w)) && k+1 < hi && e.toks[k+1].kind == tWord && e.toks[k+1].fl&(fPrep|fPrepOf) == 0 {
				break // "police lobbed canisters of tear gas", "Meyers advised people": a verb and its object (but "officials briefed on the talks")
			}
			if e.roleHead(u) {
				end, lowers = k, 0
				continue
			}
			if lowers < 4 {
				lowers++
				continue
			}
		}
		break
	}
	if end < 0 {
		return i
	}
	return end + 1
}

// phraseText returns the text of tokens [a,b) as printed, without a
// final possessive, its white space made single spaces.
func (e *engine) phraseText(a, b int) string {
	if a >= b {
		return ""
	}
	last := &e.toks[b-1]
	end := int(last.e)
	if last.sh&sPoss != 0 {
		end = int(last.s) + len(e.name(last))
	}
	start := int(e.toks[a].s)
	for k := range e.segs {
		if sg := &e.segs[k]; sg.nick && sg.open > start && sg.close < end {
			// "Joaquin “Jack” Villareal" is Joaquin Villareal
			return singleSpaced(e.text[start:sg.open] + e.text[sg.close+1:end])
		}
	}
	return singleSpaced(e.text[start:end])
}

// singleSpaced returns s with each run of white space (no-break spaces
// too) made one space; it allocates only when it must.
func singleSpaced(s string) string {
	prevSpace := false
	for _, r := range s {
		sp := isSpace(r)
		if sp && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
	}
	return s
}
