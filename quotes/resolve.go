package quotes

import (
	"slices"
	"strings"
)

// resolvePhrase says whom the speaker phrase [a,b) names; at is where
// it stands, for pronouns.
func (e *engine) resolvePhrase(a, b, at int) attribution {
	if a >= b {
		return noOne
	}
	if b-a == 1 && e.toks[a].fl&pronouns != 0 {
		return e.resolvePronoun(&e.toks[a], at)
	}
	if b-a == 1 && e.wordIn(&e.toks[a], "another") || b-a == 2 && e.wordIn(&e.toks[a], "a") && e.wordIn(&e.toks[a+1], "second", "third", "fourth", "fifth") {
		// "“…,” one European diplomat said. Another added:": another one
		if w := e.another(strings.ToLower(e.phraseText(a, b))); w.ok() {
			return w
		}
	}
	if b-a == 1 && e.wordIn(&e.toks[a], "one") {
		// "Fans took to social media. One said: “…”": one fan
		if w := e.oneOf(); w.ok() {
			return w
		}
	}
	if e.toks[a].fl&fNoOne != 0 {
		return noOne // "Nobody in government wants to be seen declaring “…”": no one said it
	}
	text := e.phraseText(a, b)
	if !e.toks[b-1].cap() && len(e.known.byName) > 0 {
		if k, ok := e.known.byName[e.key(text)]; ok && k >= 0 {
			// a role the case knows as an alias: "the foreign ministry"
			i := e.entity(text, e.known.kind[k], "")
			return attribution{ent: i, kind: e.ents[i].kind}
		}
	}
	det := -1
	a0 := a
	if e.toks[a0].is(fDet) {
		det, a0 = a0, a0+1
	}
	if a0 > 0 && e.toks[a0-1].is(fThe) && b-a0 == 2 && strings.HasSuffix(e.str(&e.toks[a0]), "-year-old") && e.toks[b-1].cap() {
		// "the 77-year-old Briton said": an epithet for the person the
		// story is about, whose nationality it is
		if i, named := e.entBy[e.key(e.str(&e.toks[b-1]))]; !named || e.ents[i].sent == e.sentNo {
			if p := e.prevSubj.ent; p >= 0 && e.ents[p].kind == kPerson && !e.ents[p].roleOnly {
				return e.touch(nameHit{p, kPerson, ""})
			}
			if i := e.latest(func(_ int, en *entity) bool { return en.kind == kPerson && !en.roleOnly }); i >= 0 {
				return e.touch(nameHit{i, kPerson, ""})
			}
		}
	}
	for a0 < b && (e.toks[a0].is(fNum) || e.toks[a0].sh&sDigit != 0) && !(ordinal(e.str(&e.toks[a0])) && a0+1 < b && e.toks[a0+1].cap()) {
		a0++ // (but "The 6th Circuit said": the ordinal is the name's)
	}
	if a0 >= b {
		return noOne
	}
	if det < 0 {
		for k := a0 + 2; k < b-1 && k <= a0+3; k++ {
			if t := &e.toks[k]; t.lower() && strings.EqualFold(e.str(t), "of") && e.toks[k+1].cap() && e.plainName(a0, k) && !e.titledBefore(a0) {
				// "Ray Villanueva of Homeland Security Investigations": the
				// person, not the title words in where they work
				return e.resolvePhrase(a, k, at)
			}
		}
	}
	for k := a0 + 2; k < b-1; k++ {
		if e.nameOfThe(k, b) && (e.toks[b-1].lower() || det < 0 && k-1-a0 >= 2 && k-1-a0 <= 3 && e.plainName(a0, k-1)) {
			// "Rep. Park Ji-min of the main opposition party", "Paul Oliver
			// of the Centre for Planetary Health and Food Security and
			// Queensland Museum"
			return e.resolvePhrase(a, k-1, at)
		}
	}
	// "a spokesperson for the ministry", "a report by Microsoft"
	for k := a0 + 1; k < b-1; k++ {
		t, h := &e.toks[k], &e.toks[k-1]
		if t.lower() && t.fl&fPrepOf != 0 && e.roleHead(h) && (spokes(e.name(h)) || h.fl&fDocNoun != 0 || e.wordIn(h, "speaker", "delegate") && e.wordIn(t, "for", "of")) {
			if w := e.resolvePhrase(k+1, b, at); w.ok() {
				if h.fl&fDocNoun == 0 {
					w.role = e.phraseText(a0, k)
					if w.ent >= 0 {
						e.addRoleWords(w.ent, w.role)
					}
				}
				return w
			}
			break
		}
	}
	if m := e.nameThenRole(a0, b, det); m > 0 {
		// "said Joel Simon executive director of the New York-based
		// organization": the name, then its role, with no comma between
		if w := e.resolvePhrase(a0, m, at); w.ent >= 0 && e.ents[w.ent].kind != kBody {
			w.role = e.phraseText(m, b)
			e.addRole(w.ent, w.role)
			return w
		}
	}
	// "the leaders of Greece", "the boss of a water company": the role
	// before "of" is the head, not the place or body after it.
	for k := a0 + 1; k < b-1; k++ {
		if t := &e.toks[k]; t.lower() && (t.fl&fPrepOf != 0 || e.wordIn(t, "to") && e.accredited(&e.toks[k-1])) && e.roleHead(&e.toks[k-1]) {
			if e.titledName(k+1, b) || k+4 <= b && country([]string{strings.ToLower(e.str(&e.toks[k+1]))}) && e.plainName(k+2, b) || e.nameAfterBody(k+1, b) > 0 || e.nameAfterLower(k+1, b) {
				// "Former ambassador to Thailand Tan Sri Abdul Latiff
				// Hamzah", "program manager for Norway Truls Gulowsen",
				// "general secretary of NFF T Peter": the name ends it
				break
			}
			return e.rolePhrase(a, a0, k, b, det, text, at)
		}
	}
	if end, h := e.unnamedHead(a, b); end == b {
		// "a senior aid official in the region of Mopti": unnamed, not Mopti
		if !e.toks[h].cap() {
			return e.rolePhrase(a, a0, h+1, b, det, text, at)
		}
		// "Observers from the …", the sentence's capital on its noun
		n := len(e.ents)
		i := e.entity(text, kPerson, "")
		if i == n {
			e.ents[i].roleOnly = true
			e.addRoleWords(i, strings.ToLower(e.name(&e.toks[h])))
		}
		return attribution{ent: i, kind: e.ents[i].kind}
	}
	for k := a0; k+3 <= b && k < a0+4; k++ {
		if e.toks[k].cap() && e.verbLike(&e.toks[k]) && e.toks[k+1].lower() && e.toks[k+1].is(fThe) && e.allCapitalised(k+2, b) && (k == a0 || e.allLower(a0, k)) {
			// "Save the Children", "the charity Save the Children": a
			// body's name with its "the"
			i := e.entity(e.phraseText(k, b), kBody, "")
			if k > a0 {
				e.addRoleWords(i, e.phraseText(a0, k))
			}
			return attribution{ent: i, kind: kBody}
		}
	}
	if k := e.officeOfPortfolio(a0, b); k > 0 {
		// "The Minister of Information and Culture": an office, whose
		// portfolio is no one's name
		return e.rolePhrase(a, a0, k, b, det, text, at)
	}
	if c := e.capSpan(a0, b); c < b {
		cache := e.names
		if a == e.sentStart {
			cache = e.namesAtStart
		}
		if hit, ok := cache[text]; ok {
			return e.touch(hit)
		}
		w := e.namePhrase(a0, c, b, det)
		if w.ent >= 0 && !e.ents[w.ent].roleOnly {
			cache[text] = nameHit{w.ent, w.kind, w.role}
		}
		return w
	}
	return e.rolePhrase(a, a0, b, b, det, text, at)
}

// nameThenRole returns where the role begins in [a0,b) when the phrase
// opens with a plain name of two or three words followed by a role in
// lower case that no name follows ("Joel Simon executive director of the
// …"; not "Green Progress leader Kateřina Vondráčková", whose name comes
// after the role), or 0.
func (e *engine) nameThenRole(a0, b, det int) int {
	if det >= 0 {
		return 0
	}
	for m := a0 + 2; m <= a0+3 && m+1 < b; m++ {
		if !e.plainName(a0, m) || !e.toks[m].lower() || e.toks[m].fl&(fTitle|fPersonNoun) == 0 {
			continue
		}
		k := m
		for k < b && e.toks[k].lower() && e.toks[k].fl&fPrepOf == 0 {
			k++
		}
		if k == b || e.toks[k].lower() {
			return m
		}
		return 0
	}
	return 0
}

// nameAfterBody returns where a person's plain name of two or three words
// begins after the body named right after "of" at a ("of NFF T Peter",
// "of the German Farmers’ Association Joachim Rukwied"): after the
// body's short form or its last word for a body. It returns 0 when [a,b)
// is not so.
func (e *engine) nameAfterBody(a, b int) int {
	if a < 1 || a >= b {
		return 0
	}
	p := a - 1
	if e.toks[p].is(fThe) && p > 0 {
		p-- // "of the German Farmers’ Association"
	}
	if !e.toks[p].lower() || !e.wordIn(&e.toks[p], "of", "for", "at") {
		return 0
	}
	if e.toks[a].is(fThe) {
		a++
	}
	for q := b - 3; q >= a && q >= b-4; q-- {
		t := &e.toks[q]
		if (t.sh&sAllCaps != 0 && acronym(e.str(t)) || t.cap() && t.fl&fOrg != 0) && e.allCapitalised(a, q) && e.plainName(q+1, b) {
			return q + 1
		}
	}
	if b-a == 3 && e.toks[a].cap() && e.toks[a].fl&(fTitle|fPersonNoun) == 0 && e.plainName(a+1, b) {
		return a + 1 // "chairperson of Threshold Aideen Hayden": one word the body's, two the name
	}
	return 0
}

// nameAfterLower reports whether [a,b) is a lower-case phrase and then a
// name of two or three words: "of the scheme Huw Thomas".
func (e *engine) nameAfterLower(a, b int) bool {
	if a < b && e.toks[a].is(fThe) {
		a++
	}
	n := a
	for n < b && n < a+3 && e.toks[n].lower() && e.toks[n].fl&(fVerb|fPart|fPrepOf|fConn) == 0 {
		n++
	}
	return n > a && b-n >= 2 && b-n <= 3 && e.plainName(n, b)
}

// allCapitalised reports whether every token of [a,b) is a capitalised
// word.
func (e *engine) allCapitalised(a, b int) bool {
	return !e.some(a, b, func(t *token) bool { return !t.cap() })
}

// another returns a new unnamed speaker of the kind last quoted without a
// name: "another European diplomat" after "one European diplomat".
func (e *engine) another(which string) attribution {
	best := e.latest(func(_ int, en *entity) bool { return en.roleOnly && en.kind == kPerson && len(en.nameWords) > 1 })
	if best < 0 {
		return noOne
	}
	w := strings.Fields(e.ents[best].name)
	if lexicon[strings.ToLower(w[0])]&(fDet|fNum|fFunc) != 0 {
		w = w[1:]
	}
	if len(w) > 0 && lexicon[strings.ToLower(w[0])]&fNum == 0 && (w[0] == "first" || w[0] == "second" || w[0] == "third" || w[0] == "fourth" || w[0] == "fifth") {
		w = w[1:] // "a third" after "a second diplomat"
	}
	if len(w) == 0 {
		return noOne
	}
	if which == "another" {
		w[len(w)-1] = singularOf(w[len(w)-1]) // "another victim" after "his victims"
	}
	name := which + " " + strings.Join(w, " ")
	i := e.newEntity(name, strings.Fields(name), kPerson)
	e.ents[i].roleOnly = true
	return attribution{ent: i, kind: kPerson}
}

// oneOf returns "one fan" for a bare "One said" after "Fans took to
// social media": one of the people the sentence before was about, when
// they are named by a plural noun; or no one.
func (e *engine) oneOf() attribution {
	for _, s := range [...]attribution{e.curSubj, e.prevSubj} {
		if s.ent < 0 || e.ents[s.ent].kind == kBody {
			continue
		}
		en := &e.ents[s.ent]
		w := strings.Fields(en.name)
		last := strings.ToLower(w[len(w)-1])
		if len(w) > 1 && !lowerTail(en.name, last) || singularOf(last) == last || e.lookup(last)&(fOrg|fPlace) != 0 {
			continue // a name ("Reuters", "Tom Jones"), or one person
		}
		name := "one " + singularOf(last)
		i := e.newEntity(name, strings.Fields(name), kPerson)
		e.ents[i].roleOnly = true
		return attribution{ent: i, kind: kPerson}
	}
	return noOne
}

// singularOf returns a plural noun's singular, roughly, as a role needs
// it: "victims" "victim", "deputies" "deputy"; "witness" stays.
func singularOf(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || !strings.HasSuffix(w, "s"):
		return w
	}
	return w[:len(w)-1]
}

// A nameHit is what a capitalised name phrase resolved to. Once its
// entity exists the same phrase always resolves the same way, so
// resolvePhrase keeps it rather than parse the phrase again.
type nameHit struct {
	ent  int
	kind uint8
	role string
}

// touch records a mention of the entity of a remembered name phrase, as
// entity would, and returns its attribution.
func (e *engine) touch(h nameHit) attribution {
	en := &e.ents[h.ent]
	if en.kind == kUnknown {
		en.kind = h.kind
	}
	e.seq++
	en.last = e.seq
	e.noteLast(h.ent)
	return attribution{ent: h.ent, kind: en.kind, role: h.role}
}

// capSpan returns where the capitalised words that end [a0,b) begin.
func (e *engine) capSpan(a0, b int) int {
	c := b
	for c > a0 {
		u := &e.toks[c-1]
		if u.cap() && (c == b || u.sh&sPoss == 0 || e.pluralPossessive(u) && e.toks[c].cap() && e.toks[c].fl&fOrg != 0) && !notName(u) {
			c-- // (and "UN Children’s Fund", "German Farmers’ Association": one name)
			continue
		}
		if c < b && ordinal(e.str(u)) {
			c-- // "the 6th Circuit"
			continue
		}
		if e.nameJoin(c-1, b) && c-1 > a0 && e.toks[c-2].cap() && c < b {
			c-- // "Korea Iron & Steel Association"
			continue
		}
		if u.lower() && u.fl&fConn != 0 && c-2 > a0 && e.toks[c-2].lower() && e.toks[c-2].fl&fConn != 0 && e.toks[c-3].cap() && c < b {
			c -= 2 // "Marieke van den Broek-Hazes"
			continue
		}
		if u.lower() && u.is(fThe) && c-2 > a0 && c < b && (e.ofThe(c-2, b) && e.orgIn(a0, c-2) || e.nameOfThe(c-1, b)) {
			c -= 2 // "Federal Office for the Protection of the Constitution", "Kaisa Lehtonen of the Bureau"
			continue
		}
		if u.lower() && u.is(fThe) && c-3 >= a0 && c < b && e.wordIn(&e.toks[c-2], "to") && e.toks[c-2].lower() && e.toks[c-3].cap() && e.accredited(&e.toks[c-3]) {
			c -= 2 // "The U.S. Mission to the United Nations": one body
			continue
		}
		break
	}
	if c == b-1 && e.surnameParticles(a0, b) {
		return a0 // "said van der Ley"
	}
	if c == b-1 && c > a0 && e.toks[c].fl&fOrg != 0 && e.toks[c-1].lower() && officeOf[strings.ToLower(e.str(&e.toks[c-1]))] {
		return c - 1 // "The defense Ministry": what it is for, printed lower case, is its name's
	}
	for c < b && (e.toks[c].lower() && !e.surnameParticles(c, b) || c+1 < b && ownedBy(e.str(&e.toks[c]))) {
		c++ // (and "State-owned" before "Petroecuador": the name's modifier)
	}
	return c
}

// dottedInitials reports whether token k is a name's initials set with stops:
// "M.A." in "M.A. Matin".
func (e *engine) dottedInitials(k int) bool {
	w := e.str(&e.toks[k])
	if len(w) < 2 || len(w) > 6 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// pluralPossessive reports whether t is a plural noun's possessive, as
// bodies' names hold them: "Children’s", "Women’s", "Farmers’".
func (e *engine) pluralPossessive(t *token) bool {
	w := e.str(t)
	if strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'") {
		return true
	}
	stem := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
	return stem == "children" || stem == "women" || stem == "men" || stem == "people"
}

// surnameParticles reports whether the lower-case words from c are the
// particles of the surname that ends at b: "said van der Ley", "Anthony
// van der Ley".
func (e *engine) surnameParticles(c, b int) bool {
	k := c
	for k < b-1 && e.toks[k].lower() && e.wordIn(&e.toks[k], "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "bin", "ibn", "binti", "ter", "ten") {
		k++
	}
	return k > c && k == b-1 && e.toks[k].cap()
}

// allKnown reports whether the words [a,b) are all words of the
// lexicon or nations' adjectives: "Interior", "Foreign", "Iranian",
// not a name.
func (e *engine) allKnown(a, b int) bool {
	for k := a; k < b; k++ {
		w := strings.ToLower(e.name(&e.toks[k]))
		if lexicon[w] == 0 && !demonym(w) && !officeOf[w] {
			return false
		}
	}
	return true
}

// namePhrase resolves a phrase ending in capitalised words [c,b), with
// what comes before them ([a0,c)) as the role: "Prime Minister Edi
// Rama", "National Security Council spokesperson Adrienne Watson",
// "the Iranian Foreign Ministry", "cybersecurity firm Mandiant".
func (e *engine) namePhrase(a0, c, b, det int) attribution {
	if det >= 0 && e.toks[det].is(fThe) && c > a0 && e.wordIn(&e.toks[a0], "former") && e.toks[b-1].fl&(fTitle|fPersonNoun) != 0 && e.toks[b-1].fl&fBodyNoun == 0 {
		// "The former Meru Governor challenged …": an office once held,
		// as the story recalls the one it is about, not a name
		return e.roleLookup(a0, b, b, det, e.phraseText(det, b))
	}
	if e.capitalOffice(a0, b, det) {
		// "the Interior Boss emphasised", "The Health Minister said", "The
		// Nominated MP stated", "Iranian FM noted": an office set in
		// capitals, not a name
		from := a0
		if det >= 0 {
			from = det
		}
		return e.roleLookup(a0, b, b, det, e.phraseText(from, b))
	}
	if i := e.shortOfBody(a0, c, b, det); i >= 0 {
		return e.touch(nameHit{i, kBody, ""})
	}
	if c > 0 && b-c >= 3 && e.toks[c-1].lower() && e.wordIn(&e.toks[c-1], "and") {
		for p := b - 3; p >= c && p >= b-4; p-- {
			if portfolioWord(e.name(&e.toks[p])) && e.plainName(p+1, b) {
				c = p + 1 // "… and Information Technology Rajeev Chandrasekhar": the office's words, then the name
				break
			}
		}
		if t := e.titleRunBack(0, c-2); b-c == 3 && e.plainName(c+1, b) && c >= 2 && e.toks[c-2].cap() && t >= 0 {
			// "Minister for Electronics and IT and Railways Ashwini
			// Vaishnaw": the last portfolio, then the name; the title
			// from its start is the role
			a0, c = min(a0, t), c+1
		}
	}
	if c+1 < b && e.wordIn(&e.toks[c], "NGO") && e.toks[c].sh&sAllCaps != 0 {
		c++ // "NGO Sea-Watch said": what kind of body, not its name
	}
	if n := e.nameAfterBody(c, b); n > 0 {
		c = n // "general secretary of NFF T Peter", "president of the German Farmers’ Association Joachim Rukwied": the body is the role's, the name follows
	}
	for b-c >= 3 && e.postNominal(&e.toks[b-1]) && !e.postNominal(&e.toks[c]) && !e.postNominal(&e.toks[c+1]) {
		b-- // "Alison Pryce KC", "Richard Penhale KCB CBE ADC": letters after the name are not the name
	}
	for k := c; k < b-1; k++ {
		if compoundModifier(strings.ToLower(e.str(&e.toks[k]))) {
			c = k + 1 // "New York-based Altria Group", "the Sudan-born Bol": where, not who
		}
	}
	for k := c + 2; k < b-1; k++ {
		if e.nameOfThe(k, b) {
			// "Kaisa Lehtonen of the National Bureau of Investigation":
			// the person, not where they work
			return e.namePhrase(a0, c, k-1, det)
		}
	}
	// Titles before the name belong to the role: the name is what follows
	// the last title word.
	n := b
	for n > c && e.toks[n-1].fl&fTitle == 0 {
		n--
	}
	if n == b && b-3 >= c && e.toks[b-2].cap() && e.toks[b-2].fl&(fTitle|fOrg|fPlace|fFunc) == 0 && e.toks[b-3].fl&fTitle != 0 {
		n = b - 2 // "Foreign Minister Julie Bishop", "Senator Tom King": a title word as the surname
	}
	if n > c && n < b && e.withoutJoin(n, b) {
		n = c // "Doctors Without Borders": the title word is the name's
	}
	if n == b && b-2 >= c && e.wordIn(&e.toks[b-1], prefixHonorifics...) && e.toks[b-2].cap() && e.toks[b-2].fl&(fTitle|fOrg|fPlace|fFunc) == 0 {
		// "Ko Zaw Tun": an honorific that only comes before a name, here
		// the name's own word (after "Brigadier General", the title's end)
		n = c
		for k := b - 2; k > c; k-- {
			if e.toks[k-1].fl&fTitle != 0 {
				n = k
				break
			}
		}
	}
	for n < b && e.toks[n].lower() && !e.surnameParticles(n, b) {
		n++
	}
	for n+2 < b && (n > a0 || n > 1 && e.roleHead(&e.toks[n-2])) && e.toks[n-1].lower() && e.toks[n-1].fl&(fPrep|fPrepOf) != 0 && country([]string{strings.ToLower(e.str(&e.toks[n]))}) {
		n++ // "Ambassador to Somalia Ayşe Nur Demirtaş", "IOM spokesman in Italy Flavio Di Giacomo": the country is the title's
		c = max(c, n)
	}
	if n+2 < b && n-3 >= a0 {
		if end := e.officeBody(n); end > 0 && end+2 <= b {
			n = end // "Minister in the Presidency Jeff Radebe": the body is the office's
			c = max(c, n)
		}
	}
	titleAnd := n-2 >= a0 && n < b-2 && e.wordIn(&e.toks[n-1], "and") && e.toks[n-2].fl&fTitle != 0 && e.toks[n].cap()
	if titleAnd {
		n++ // "Minister for Trade and Industry Lim Wei Han": the title's
		for n+1 < b && e.toks[n].cap() && e.toks[n].fl&fOrg != 0 {
			n++ // "Secretary of Health and Human Services Xavier Becerra": "Services" too
		}
		if b-n >= 3 && portfolioWord(e.name(&e.toks[n])) && e.plainName(n+1, b) {
			n++ // "Minister for Electronics and Information Technology Rajeev Chandrasekhar", "… and Climate Protection Robert Habeck"
		}
	}
	if n > a0 && b-n >= 3 && e.prepIn(a0, n) && !titleAnd {
		// "Commissioner for Defence Industry Jonas Vilkas": what the
		// office is for is the role's; the name is the last words
		m := b - 2
		if e.toks[m].lower() {
			m-- // "Khalid bin Rashid"
		}
		if m > n && e.plainName(m, b) && !e.longName(n, b) {
			n = m
		}
	}
	// "Priya Raman of Kessler Securities": a person's name and where they
	// work, not a body's name ("Bank of America", "Ministry of Defence").
	for k := n + 2; k < b-1; k++ {
		if t := &e.toks[k]; !t.cap() {
			if t.lower() && strings.EqualFold(e.str(t), "of") && (e.plainName(n, k) || k-n >= 2 && e.dottedInitials(n) && e.plainName(n+1, k)) {
				b = k
			}
			break
		}
	}
	// A body word in the name, or anywhere when no name follows the
	// titles, makes the capitalised words one body's name: "Iranian
	// Foreign Ministry", "Department of Homeland Security"; but in "Public
	// Administration Minister Maras Dukaj" it is the role's.
	from := n
	personTitle := n < b && n > c && e.toks[n-1].cap() && e.toks[n-1].fl&fPersonNoun != 0 // "Bank of Japan Governor Haruto Ikeda"
	if n == b || n > c && e.toks[n-1].lower() || !personTitle && c+2 < n && e.toks[c].fl&fOrg != 0 && e.toks[c+1].lower() && e.toks[c+1].fl&fConn != 0 ||
		!personTitle && n < b && e.orgThenFor(c, n) {
		from = c // "Ministry of Foreign Affairs of Lithuania", "Office of Foreign Assets Control", "United Party for National Development"
	}
	if b == c+1 && c > a0 && e.wordIn(&e.toks[c], "office") && e.toks[c-1].sh&sPoss != 0 && e.toks[c-1].cap() {
		// "The Prime Minister’s Office said": the prime minister named
		// before, or the office by its whole name
		if w := e.resolvePhrase(max(det, a0), c, c); w.ent >= 0 && e.ents[w.ent].kind == kPerson && !e.ents[w.ent].roleOnly {
			w.role, w.kind = "", kBody
			return w
		}
		i := e.entity(e.phraseText(a0, b), kBody, "")
		return attribution{ent: i, kind: kBody}
	}
	for c < b-1 && e.wordIn(&e.toks[c], "former", "acting", "interim", "ex") {
		c++ // "Former Calder Engineering chief": the body's name has no "Former"
	}
	if n == b && det >= 0 && e.toks[det].is(fThe) && e.toks[b-1].fl&fPersonNoun != 0 && e.toks[b-1].fl&fBodyNoun == 0 {
		// "the Cabinet Secretary" after "Interior Cabinet Secretary (CS)
		// Kithure Kindiki": the office he was named with, not a body
		if i := e.byRole(strings.ToLower(e.name(&e.toks[b-1])), e.lowerWords(a0, b), true); i >= 0 && e.ents[i].kind == kPerson && e.allWordsIn(i, a0, b) {
			return e.touch(nameHit{i, kPerson, ""})
		}
	}
	// "Ms Court", and "ACCC commissioner Sarah Court": after an honorific
	// or a noun for a person, a surname that is a body's word is still a
	// surname
	personal := n > c && n == b-1 && e.wordIn(&e.toks[n-1], "mr", "mrs", "ms", "miss", "mx", "dr") ||
		n == c && c > a0 && b-c >= 2 && b-c <= 3 && e.toks[c-1].lower() && e.toks[c-1].fl&(fPersonNoun|fTitle) != 0 && e.toks[c-1].fl&fBodyNoun == 0 &&
			e.toks[c].fl&(fOrg|fPlace|fTitle) == 0 && e.toks[c].sh&sAllCaps == 0
	for k := from; k < b && !personal; k++ {
		if e.toks[k].fl&(fOrg|fPlace) != 0 {
			if p := c - 1; p >= a0 && p == a0 && e.toks[p].cap() && e.toks[p].sh&sPoss != 0 && e.toks[p].fl&fTitle == 0 && e.toks[c].fl&fTitle == 0 {
				// "Kazakhstan's Energy Ministry", "Guyana’s Ministry of
				// Foreign Affairs": whose ministry is part of its name
				i := e.entity(e.phraseText(p, b), kBody, "")
				return attribution{ent: i, kind: e.ents[i].kind}
			}
			i := e.entity(e.phraseText(c, b), kBody, "")
			return attribution{ent: i, kind: e.ents[i].kind, role: e.phraseText(a0, c)}
		}
	}
	if n < b && b-n >= 3 && !e.withoutJoin(n+1, b) && (n == e.sentStart && descriptor(strings.ToLower(e.str(&e.toks[n]))) || e.toks[n].fl&fPersonNoun != 0 && e.toks[n].fl&fTitle == 0) {
		n++ // "Incumbent Helena Varga", "Analyst Priya Raman": the sentence's capital is not the name's
	}
	for k := b - 3; k >= n && k >= b-4 && k > c; k-- {
		// "Goalkeeper Gurpreet Sandhu", "Rosetta Project Scientist Matt
		// Taylor": an occupation set in capitals before a plain name of
		// two or three words is the role's
		if t := &e.toks[k]; t.cap() && t.fl&fPersonNoun != 0 && t.fl&(fTitle|fBodyNoun|fOrg) == 0 && !strings.HasSuffix(e.name(t), "s") && e.plainName(k+1, b) {
			n = k + 1
			break
		}
	}

	if n < b && n > a0 && e.toks[n-1].lower() && e.toks[n-1].fl&(fPrep|fPrepOf) != 0 && country(strings.Fields(strings.ToLower(e.phraseText(n, b)))) {
		// "Assistant Secretary-General for Africa", "Minister for
		// Ukraine": the country is the office's, no one's name
		return e.roleLookup(a0, b, b, det, e.phraseText(a0, b))
	}
	if n == b-1 && n > a0 && e.prepIn(a0, n) && b+1 < len(e.toks) && e.toks[b].punct(',') && e.toks[b+1].cap() {
		// "The Director of Defence Information, Brig.-Gen. Ibrahim
		// Danlami,": one capitalised word after "of Defence" is the
		// office's, and the name follows
		return e.roleLookup(a0, b, b, det, e.phraseText(a0, b))
	}
	if n < b {
		role := e.phraseText(a0, n)
		i := e.entity(e.phraseText(n, b), e.nameKind(a0, n, b, det), role)
		if en := &e.ents[i]; personal && en.kind == kBody && len(en.roles) <= 1 {
			en.kind = kPerson // first read alone as a body's name ("Sarah Court")
			e.noteLast(i)
		}
		return attribution{ent: i, kind: e.ents[i].kind, role: role}
	}
	if n == b && b-c >= 2 && b+2 < len(e.toks) && e.toks[b].punct('(') && e.toks[b+2].punct(')') && acronym(e.str(&e.toks[b+1])) && e.andIn(c, b) {
		// "The Health and Safety Executive (HSE)": a body its short form
		// names, not a chain of titles
		i := e.entity(e.phraseText(c, b), kBody, "")
		return attribution{ent: i, kind: e.ents[i].kind}
	}
	if n == b && b-c >= 2 && e.toks[b-1].fl&fPersonNoun == 0 && e.toks[c].cap() && e.toks[c].fl == 0 {
		// "Riverbend Health", "Northvale Energy": a name, then a word
		// that is a title only before a person's ("Health Minister")
		i := e.entity(e.phraseText(c, b), kBody, "")
		return attribution{ent: i, kind: e.ents[i].kind}
	}
	// all titles: "the Prime Minister"
	return e.roleLookup(a0, b, b, det, e.phraseText(a0, b))
}

// orgThenFor reports whether [c,n) holds a word for a body followed by a
// lower-case "for" or "of": "United Party for National", where
// "National" is the name's word, not a title's.
func (e *engine) orgThenFor(c, n int) bool {
	for k := c; k+1 < n; k++ {
		if e.toks[k].cap() && e.toks[k].fl&fOrg != 0 && e.toks[k+1].lower() && e.wordIn(&e.toks[k+1], "for", "of") {
			return true
		}
	}
	return false
}

// postNominal reports whether t is letters after a name: two to four
// capitals ("KC", "MP", "CBE", "KCB", "ADC").
//
// A generation's numeral is the name's own: "Antonio Trillanes IV".
func (e *engine) postNominal(t *token) bool {
	n := t.e - t.s
	return t.kind == tWord && t.sh&sAllCaps != 0 && n >= 2 && n <= 4 && t.sh&sDot == 0 && !e.wordIn(t, "II", "III", "IV", "VI", "VII", "VIII") ||
		t.kind == tWord && t.sh&sDot != 0 && dottedPostNominal[e.str(t)]
}

// dottedPostNominal holds letters after a name written with stops ("Ruairí
// Quinn T.D."); not "U.S." or "S.C.", which are places.
var dottedPostNominal = map[string]bool{"T.D.": true, "M.P.": true, "Q.C.": true, "K.C.": true, "M.L.A.": true,
	"M.E.P.": true, "M.S.P.": true, "O.B.E.": true, "C.B.E.": true, "M.B.E.": true}

// longName reports whether the words [n,b) have the marks of one
// person's name of more than two words: a particle inside it ("Nur
// Aisyah binte Mohamed Yusof") or a Cantonese given name after the
// surname ("Raymond Tse Ka-lok").
func (e *engine) longName(n, b int) bool {
	for k := n + 1; k < b-1; k++ {
		if t := &e.toks[k]; t.lower() && t.fl&fConn != 0 && !e.wordIn(t, "of", "for") {
			return true
		}
	}
	last := e.str(&e.toks[b-1])
	h := strings.IndexByte(last, '-')
	return h > 0 && h+1 < len(last) && 'a' <= last[h+1] && last[h+1] <= 'z'
}

// prepIn reports whether [a,b) holds a lower-case "for" or "of".
func (e *engine) prepIn(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.lower() && t.fl&fPrepOf != 0 })
}

// plainName reports whether [a,b) is capitalised words (and particles:
// bin, van) none of which is a title or names a body or place.
func (e *engine) plainName(a, b int) bool {
	for j := a; j < b; j++ {
		t := &e.toks[j]
		if j > a && t.lower() && t.fl&fConn != 0 {
			continue // "bin" in "Khalid bin Rashid"
		}
		if !t.cap() || t.fl&(fOrg|fPlace|fTitle) != 0 || t.sh&(sPoss|sAllCaps) != 0 {
			return false
		}
	}
	return true
}

// officeOfPortfolio returns the "of" or "for" of a title and the
// portfolio it holds, every word of which is an abstract noun
// ("Minister of Information and Culture", "Commissioner for
// Competition"), or 0.
func (e *engine) officeOfPortfolio(a0, b int) int {
	for k := a0 + 1; k+1 < b; k++ {
		t := &e.toks[k]
		if !t.lower() {
			continue
		}
		if !e.wordIn(t, "of", "for") || !e.toks[k-1].cap() || e.toks[k-1].fl&fTitle == 0 {
			return 0
		}
		for j := k + 1; j < b; j++ {
			if u := &e.toks[j]; !(u.cap() && portfolioWord(e.str(u)) || u.lower() && e.wordIn(u, "and") && j+1 < b) {
				return 0
			}
		}
		return k
	}
	return 0
}

// portfolioWord reports whether a capitalised word has the ending of an
// abstract noun, as what an office is for ends ("Technology",
// "Protection", "Development", "Security"), not a name.
func portfolioWord(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range [...]string{"ion", "ions", "ogy", "ment", "ments", "ity", "ance", "ence", "ure", "ics", "ism", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// descriptor reports whether a word has the ending of an adjective or a
// noun for a person rather than of a first name: incumbent, dissident,
// activist, conservative.
func descriptor(w string) bool {
	for _, suf := range [...]string{"ent", "ant", "ist", "ive", "ous", "al", "ary"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// nameKind guesses whether the name [n,b) with role [a0,n) is a person
// or a body.
func (e *engine) nameKind(a0, n, b, det int) uint8 {
	if n > a0 {
		last := &e.toks[n-1]
		if last.lower() && last.fl&fBodyNoun != 0 && last.fl&fPersonNoun == 0 {
			return kBody // cybersecurity firm Mandiant
		}
		for k := a0; k < n; k++ {
			if e.toks[k].fl&(fTitle|fPersonNoun) != 0 {
				return kPerson
			}
		}
	}
	if det >= 0 && e.toks[det].is(fThe) {
		return kBody
	}
	if a0 >= 2 && e.toks[a0-1].punct('(') && b < len(e.toks) && e.toks[b].punct(')') && acronym(e.str(&e.toks[a0-2])) {
		return kBody // "the NISAR (NASA-ISRO Synthetic Aperture Radar) mission": what a short form stands for
	}
	if b-n == 1 {
		if e.toks[n].sh&sAllCaps != 0 {
			return kBody
		}
		return kUnknown
	}
	for k := n + 1; k < b-1; k++ {
		if e.withoutJoin(k, b) {
			return kBody // "Doctors Without Borders"
		}
	}
	if country(e.lowerWords(n, b)) {
		return kUnknown // "Burkina Faso", "Sri Lanka": a place, as one-word countries are
	}
	return kPerson
}

// rolePhrase resolves a phrase that ends in a lower-case noun: "the
// ministry", "a Microsoft spokesperson", "its spokesperson", "the
// statement", "US officials".
//
// hb ends the phrase's head: b, or the "of" in "the leaders of Greece".
func (e *engine) rolePhrase(a, a0, hb, b, det int, text string, at int) attribution {
	w := e.rolePhrase1(a, a0, hb, b, det, text, at)
	if h := &e.toks[hb-1]; w.ent >= 0 && det >= 0 && e.wordIn(&e.toks[det], "a", "an") && h.fl&fPersonNoun != 0 && spokes(strings.ToLower(e.name(h))) {
		w.unnamed = strings.ToLower(e.name(h)) // "A Chinese foreign ministry spokesman", whom the story may name
	}
	return w
}

// rolePhrase1 is rolePhrase without noting an unnamed spokesperson.
func (e *engine) rolePhrase1(a, a0, hb, b, det int, text string, at int) attribution {
	head := &e.toks[hb-1]
	if !e.roleHead(head) {
		return noOne
	}
	headKey := strings.ToLower(e.name(head))
	plural := strings.HasSuffix(headKey, "s") && head.fl&fBodyNoun == 0
	if head.fl&fPersonNoun != 0 && !plural && spokes(headKey) && det >= 0 && e.toks[det].is(fThe) {
		// "the External Affairs Ministry spokesman said" after "External
		// Affairs Ministry spokesman Arindam Bagchi": the one named so
		if i := e.byRole(headKey, e.lowerWords(a0, hb), true); i >= 0 && e.ents[i].kind == kPerson {
			return e.touch(nameHit{i, kPerson, ""})
		}
	}
	if head.fl&fPersonNoun != 0 && !plural && spokes(headKey) {
		// "a Microsoft spokesperson": the body speaks through them
		if cs, ce := e.capRunBefore(a0, hb-1); cs < ce {
			i := e.entity(e.phraseText(cs, ce), kBody, "")
			role := e.phraseText(ce, hb)
			e.addRoleWords(i, role)
			return attribution{ent: i, kind: e.ents[i].kind, role: role}
		}
		if p := hb - 2; p >= a0 && e.toks[p].cap() && e.toks[p].sh&sPoss != 0 {
			// "the Kremlin’s spokesman": the Kremlin speaks through them
			if w := e.resolvePhrase(a, p+1, at); w.ent >= 0 && e.ents[w.ent].kind != kPerson {
				w.role = e.phraseText(p+1, hb)
				e.addRoleWords(w.ent, w.role)
				return w
			}
		}
		if p := hb - 2; p >= a0 && e.toks[p].lower() && e.toks[p].fl&fBodyNoun != 0 {
			// "a ministry spokeswoman": the ministry named before
			if i := e.byRole(strings.ToLower(e.str(&e.toks[p])), nil, true); i >= 0 && e.ents[i].kind == kBody {
				role := e.phraseText(p, hb)
				e.addRoleWords(i, role)
				e.seq++
				e.ents[i].last = e.seq
				e.noteLast(i)
				return attribution{ent: i, kind: kBody, role: role}
			}
		}
		if det >= 0 && !e.toks[det].is(fThe) && hb == b {
			if i := e.selfNamed(at); i >= 0 {
				// "“MS3 are disappointed to learn of Ofcom's decision to
				// fine us,” a spokesperson told i.": the body that speaks
				// of itself
				e.ents[i].kind = kBody
				role := e.phraseText(a0, hb)
				e.addRoleWords(i, role)
				return attribution{ent: i, kind: kBody, role: role}
			}
		}
		// "The FBI said it was aware. “…,” a spokesperson said": the
		// body the sentence before was about
		if det >= 0 && !e.toks[det].is(fThe) && hb == b {
			if w := e.bodySubject(at); w.ent >= 0 {
				w.role = e.phraseText(a0, hb)
				e.addRoleWords(w.ent, w.role)
				return w
			}
		}
	}
	if p := hb - 2; p >= a0 && hb == b && (headKey == "family" || headKey == "relatives") && e.toks[p].cap() && e.toks[p].sh&sPoss != 0 {
		// "Flight Lieutenant Parry's family said": the family of the
		// person named before, by their full name
		if w := e.resolvePhrase(a, p+1, at); w.ent >= 0 && e.ents[w.ent].kind == kPerson && !e.ents[w.ent].roleOnly {
			poss := strings.TrimPrefix(e.str(&e.toks[p]), e.name(&e.toks[p]))
			i := e.entity(e.ents[w.ent].name+poss+" "+e.str(head), kPerson, "")
			return attribution{ent: i, kind: e.ents[i].kind}
		}
	}
	if subUnit(headKey) {
		for p := hb - 2; p >= a0; p-- {
			if t := &e.toks[p]; t.cap() && t.sh&sPoss != 0 {
				// "the European External Action Service's strategic
				// communications division": the body it is part of
				if w := e.resolvePhrase(a, p+1, at); w.ent >= 0 && e.ents[w.ent].kind == kBody {
					w.role = e.phraseText(p+1, hb)
					return w
				}
				break
			}
			if !e.toks[p].lower() {
				break
			}
		}
	}
	if p := hb - 2; p >= a0 && headKey == "office" && e.toks[p].cap() && e.toks[p].sh&sPoss != 0 {
		// "Prime Minister Kim Min-jun’s office said": the person speaks
		// through it
		if w := e.resolvePhrase(a, p+1, at); w.ent >= 0 && e.ents[w.ent].kind == kPerson {
			w.role, w.kind = "", kBody // "it said" after it
			return w
		}
	}
	its := det >= 0 && (strings.EqualFold(e.str(&e.toks[det]), "its") || strings.EqualFold(e.str(&e.toks[det]), "their"))
	if its && head.fl&fPersonNoun != 0 && !spokes(headKey) && !plural {
		// "its former head has told MPs": a person, whom the story
		// names later, not the body
		n := len(e.ents)
		i := e.entity(text, kPerson, "")
		if i == n {
			e.ents[i].roleOnly, e.ents[i].head = true, headKey
			e.addRoleWords(i, e.phraseText(a0, hb))
		}
		return attribution{ent: i, kind: kPerson}
	}
	if its {
		if w := e.resolvePronoun(&e.toks[det], at); w.ok() {
			w.role = e.phraseText(a0, b)
			return w
		}
	}
	if head.fl&(fDocNoun|fCue) != 0 {
		// "The ministry’s statement said", "The pilot's last words were:"
		for k := a0; k < hb-1; k++ {
			if e.toks[k].sh&sPoss != 0 {
				if w := e.resolvePhrase(a, k+1, at); w.ok() {
					if head.fl&fDocNoun != 0 && w.ent >= 0 {
						// and a later "the statement said" is the company's too
						e.docAuthor[headKey] = attribution{ent: w.ent, text: w.text, kind: w.kind}
					}
					return w
				}
			}
		}
		if det >= 0 && e.toks[det].is(fThe) {
			if w, ok := e.docAuthor[headKey]; ok {
				return w
			}
			if e.lastDoc.ok() && head.fl&fChannel != 0 {
				return e.lastDoc // "the statement" after "said in a joint communique", but not "the indictment"
			}
		}
		if head.fl&fDocNoun != 0 && hb == b && hb-1 > a0 && !strings.HasSuffix(headKey, "s") && (e.toks[hb-2].cap() || hb-2 > a0 && e.toks[hb-2].fl&fBodyNoun != 0) && e.toks[hb-2].sh&sPoss == 0 {
			// "a foreign ministry statement said", "a Kremlin statement":
			// its author
			if w := e.resolvePhrase(a0, hb-1, at); w.ok() && (w.ent < 0 || e.ents[w.ent].kind != kPerson) {
				if w.ent >= 0 {
					e.docAuthor[headKey] = attribution{ent: w.ent, text: w.text, kind: w.kind} // and "the statement" after
				}
				return w
			}
		}
		if headKey == "statement" && det >= 0 && !e.toks[det].is(fThe) && hb == a0+1 {
			// "Reporters Without Borders (RSF) called for an inquiry.
			// “…,” a statement said": the body the sentence before was about
			if w := e.bodySubject(at); w.ent >= 0 {
				return w
			}
		}
		if head.fl&fDocNoun != 0 {
			return attribution{ent: -1, text: text, kind: kBody}
		}
	}
	return e.roleLookup(a0, hb, b, det, text)
}

// roleLookup resolves a definite role phrase, whose head ends at hb, to
// the entity last named with that role, or returns the phrase itself as
// the speaker.
func (e *engine) roleLookup(a0, hb, b, det int, text string) attribution {
	head := &e.toks[hb-1]
	if hk := strings.ToLower(e.name(head)); mediaNouns[hk] && hb == b && (hk != "agency" && hk != "service" || hb-2 >= a0 && e.wordIn(&e.toks[hb-2], "news", "wire")) {
		// "the official IRNA news agency", "the Mizan Online website":
		// the outlet by its name
		if cs, ce := e.capRunBefore(a0, hb-1); cs < ce && ce < hb && e.allLower(ce, hb) {
			i := e.entity(e.phraseText(cs, ce), kBody, "")
			e.addRoleWords(i, e.phraseText(ce, hb))
			return attribution{ent: i, kind: kBody}
		}
	}
	kind := kPerson
	if head.fl&fBodyNoun != 0 {
		kind = kBody
	}
	headKey := strings.ToLower(e.name(head))
	// Definite: "the ministry", "Moscow's embassy", a bare title ("Prime
	// Minister said") or a headline's bare noun ("says boss"); not
	// "Baltic leaders" or "a senior official".
	definite := det >= 0 && e.toks[det].is(fThe) || det < 0 && (e.toks[a0].sh&sPoss != 0 || head.cap() || e.headline)
	if definite {
		words := e.wordsBuf[:0]
		nation := ""
		for k := a0; k < hb; k++ {
			if e.toks[k].word() {
				w := strings.ToLower(e.name(&e.toks[k]))
				words = append(words, w)
				if k < hb-1 && e.toks[k].cap() && (demonym(w) || e.toks[k].sh&sPoss != 0) {
					nation = w // "the Russian defence ministry", "China’s coast guard"
				}
			}
		}
		e.wordsBuf = words
		i := e.byRole1(headKey, words, false, false)
		if i < 0 && kind == kBody && hb == a0+1 && roleKin[headKey] != nil {
			// "The Bank of Lithuania said … , the regulator said": the
			// body the sentence is about, before one named earlier
			if w := e.bodySubject(e.sentStart + 1<<30); w.ent >= 0 && !e.business(w.ent) {
				if k := e.byRole(headKey, words, false); k >= 0 && e.ents[k].kind == kBody && !e.ents[k].roleOnly && e.ents[w.ent].roleOnly {
					// "The council notified the Information Commissioner's
					// Office. The watchdog said": a body of that kind named,
					// not one the sentence only calls by its noun
					i = k
				} else {
					return w
				}
			}
		}
		if i < 0 {
			i = e.byRole(headKey, words, false)
			if i >= 0 && kind == kBody && nation != "" && !e.ofNation(i, nation) && !(genericBody(headKey) && e.business(i) && !e.hasNation(i)) {
				// "the Israeli army" is not a UN force, though "the Maltese
				// army" is the Armed Forces of Malta; and "The French
				// company" may be the business named with no nation
				i = -1
			}
		}
		if i >= 0 && nation != "" && !e.ofNation(i, nation) && kind == kPerson {
			// "Kairys said after a call with his Latvian counterpart,
			// Edgars Liepa. … The Latvian minister said": the counterpart
			// holds the same office in the other nation
			if c := e.byRole1("counterpart", words, true, true); c >= 0 && !e.otherNation(c, nation) && e.ofNation(c, nation) {
				i = c
			}
		}
		if i >= 0 && !e.otherNation(i, nation) && !otherOfText(text, &e.ents[i]) {
			e.seq++
			e.ents[i].last = e.seq
			e.noteLast(i)
			return attribution{ent: i, kind: e.ents[i].kind}
		}
		// "Cascade Health Partners said … “…,” the company said": a body
		// noun no name has is the body the sentence is about.
		// (and "The French company said": a nation before the noun)
		if kind == kBody && det >= 0 && hb == b && hb <= a0+3 && (e.allLower(a0, hb) || nation != "" && e.toks[a0].cap() && e.allLower(a0+1, hb)) && genericBody(headKey) {
			if w := e.bodySubject(e.sentStart + 1<<30); w.ent >= 0 && nation == "" {
				return w
			}
			// "a mine run by French nuclear fuel group Avenor, in what the
			// company called": the business last named as one
			i := e.lastBusiness()
			if i >= 0 && nation != "" && e.otherNation(i, nation) {
				i = -1
			}
			if c := e.curSubj; i < 0 && c.ent >= 0 && e.curSubjTok < a0 {
				if en := &e.ents[c.ent]; en.kind == kUnknown && !en.roleOnly && len(en.nameWords) == 1 && len(en.roles) == 0 && !country(en.words) {
					// "LastPass left out …: a breach the company first
					// revealed", no business named before: the subject,
					// a name of no kind till now
					en.kind = kBody
					return e.touch(nameHit{c.ent, kBody, ""})
				}
			}
			if i < 0 {
				if i = e.companyNamed(headKey); i >= 0 {
					e.addRoleWords(i, headKey) // so "the airline" finds it again
				}
			}
			if i >= 0 {
				e.seq++
				e.ents[i].last = e.seq
				e.noteLast(i)
				return attribution{ent: i, kind: kBody}
			}
		}
		if kind == kPerson && det >= 0 && e.toks[det].is(fThe) && hb == a0+1 && headKey == "official" {
			// "The official underlined that …" after "Russia's
			// presidential spokesman, Dmitry Peskov,"
			if i := e.officialNamed(); i >= 0 {
				return e.touch(nameHit{i, kPerson, ""})
			}
		}
		if kind == kPerson && det >= 0 && e.toks[det].is(fThe) && (head.fl&fTitle == 0 || strings.Contains(text, "-year-old") || formerOffice(words) || epithetIn(words)) && (!strings.HasSuffix(headKey, "s") || strings.HasSuffix(headKey, "ss")) && !spokes(headKey) && (!anonNoun(headKey) || formerOffice(words)) {
			// "Tech tycoon Raj Patel bought the newspaper. “…,” the
			// billionaire said": an epithet, not an office, is the
			// person last named
			g := roleGender(text)
			fits := func(_ int, en *entity) bool {
				return en.kind == kPerson && !en.roleOnly && (g == 0 || en.gender == 0 || en.gender == g)
			}
			i := e.latest(fits)
			if p := e.prevSubj.ent; p >= 0 && fits(p, &e.ents[p]) {
				i = p // the one the story was last about, not someone named after the epithet
			}
			if i >= 0 {
				e.seq++
				e.ents[i].last = e.seq
				e.noteLast(i)
				return attribution{ent: i, kind: kPerson}
			}
		}
		if p := e.prevSubj.ent; kind == kPerson && det >= 0 && e.toks[det].is(fThe) && head.fl&fTitle != 0 && p >= 0 && e.ents[p].kind == kPerson &&
			!e.ents[p].roleOnly && e.ents[p].role == "" && len(e.ents[p].roles) == 0 && e.ents[p].para >= e.para-1 &&
			(!e.prevNarr && e.lastQuoteNo >= e.sentNo-1 || e.prevNarr && det == e.sentStart && e.ents[p].sent == e.sentNo-1 && e.ledePara > 0 && e.para > e.ledePara) {
			// (and "Tony de Brum is visibly emotional. The Marshall Islands
			// foreign minister has been …": the office of the one the
			// sentence before first named)
			// "Wes Streeting said he “never left” … The Cabinet minister
			// said": an office no one has been named with, right after a
			// person quoted with none, is theirs
			return e.touch(nameHit{p, kPerson, ""})
		}
		if p := e.prevSubj.ent; kind == kPerson && det >= 0 && e.toks[det].is(fThe) && hb == b && variedRole[headKey] &&
			p >= 0 && e.ents[p].kind == kPerson && !e.ents[p].roleOnly && !e.otherNation(p, nation) {
			// "Chief Cabinet Secretary Yoshimasa Hayashi said … “…,” the
			// top government spokesman said": a description no one named
			// has, for the person the story was just about
			if g := roleGender(text); g == 0 || e.ents[p].gender == 0 || e.ents[p].gender == g {
				return e.touch(nameHit{p, kPerson, ""})
			}
		}
		// A definite role names someone: keep it as an entity, so "the
		// embassy" finds "Moscow's embassy" and a name given later
		// can replace it.
		n := len(e.ents)
		i = e.entity(text, kind, "")
		if i == n {
			e.ents[i].roleOnly, e.ents[i].head = true, headKey
			e.addRoleWords(i, e.phraseText(a0, hb))
		}
		return attribution{ent: i, kind: e.ents[i].kind}
	}
	if det < 0 && hb == a0+1 && hb == b && strings.HasSuffix(headKey, "s") && anonNoun(strings.TrimSuffix(headKey, "s")) {
		// "diplomatic sources" in the lede, then "“…,” sources said": the
		// same sources, by the fuller words
		if i := e.latest(func(_ int, en *entity) bool {
			return en.roleOnly && len(en.nameWords) > 1 && en.nameWords[len(en.nameWords)-1] == headKey
		}); i >= 0 {
			return e.touch(nameHit{i, e.ents[i].kind, ""})
		}
	}
	// An unnamed speaker ("a senior official") is someone "the official"
	// may refer to later.
	n := len(e.ents)
	i := e.entity(text, kind, "")
	if i == n {
		e.ents[i].roleOnly = true
		e.ents[i].anon = e.keptAnonymous()
		e.addRoleWords(i, e.phraseText(a0, hb))
	}
	return attribution{ent: i, kind: e.ents[i].kind}
}

// shortOfBody finds the body "the Ministry", "The City" or "the Council"
// is short for: the one last named with those first words before "of" or
// "for" ("the Ministry of Defence", "the City of Cape Town", "the Council
// of Europe"), or -1.
func (e *engine) shortOfBody(a0, c, b, det int) int {
	if det < 0 || !e.toks[det].is(fThe) || c != a0 || b-c > 2 {
		return -1
	}
	short := e.phraseText(c, b)
	return e.latest(func(_ int, en *entity) bool {
		if en.kind == kPerson || !strings.HasPrefix(en.name, short+" ") {
			return false
		}
		rest := en.name[len(short)+1:]
		return strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ")
	})
}

// variedRole holds the role nouns a story uses for a person it has just
// named, to vary its words ("the top government spokesman" for the Chief
// Cabinet Secretary, "the agency chief" for its director general): not an
// office only one person holds ("the prime minister", "the judge"), which
// may be someone else.
var variedRole = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"chief": true, "officer": true, "envoy": true, "boss": true}

// capitalOffice reports whether the phrase [a0,b), after the
// determiner at det (or none, -1), is an office written in capitals: at
// most three words ending in a title or a noun for a person, after "the"
// ("the Interior Boss", "the Nominated MP") or a nation and a short
// form ("Iranian FM"), none of them a body's word or "of".
func (e *engine) capitalOffice(a0, b, det int) bool {
	h := &e.toks[b-1]
	if b-a0 > 3 || h.fl&(fPersonNoun|fTitle) == 0 || h.fl&fBodyNoun != 0 {
		return false
	}
	hk, first := strings.ToLower(e.str(h)), strings.ToLower(e.str(&e.toks[a0]))
	the := det >= 0 && e.toks[det].is(fThe)
	if !the && !(det < 0 && b-a0 == 2 && shortOffice[hk] && (demonym(first) || country([]string{first}))) {
		return false
	}
	known := e.allKnown(a0, b-1)
	if !(h.sh&sAllCaps == 0 && len(e.str(h)) > 3 && known || b-a0 == 2 && strings.HasSuffix(first, "ed") && h.fl&fTitle != 0 || shortOffice[hk] && known) {
		return false
	}
	return !e.some(a0, b-1, func(t *token) bool { return t.fl&(fBodyNoun|fPrepOf) != 0 })
}

// shortOffice are offices written in capitals that stand for a title:
// "the Iranian FM", "Iranian FM noted".
var shortOffice = setOf(`fm pm dpm`)

// ordinal reports whether w is a number written as an ordinal: "6th",
// "2nd", "21st".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// companyNamed returns the body a generic noun ("the company", "a
// company spokesman") stands for when no business has been named as
// one, or -1.
func (e *engine) companyNamed(head string) int {
	// "Western Digital confirms …": a body named with no noun at all,
	// which can only be a business's own name
	i := e.latest(func(_ int, en *entity) bool {
		return en.kind == kBody && !en.roleOnly && len(en.heads) == 0 && !e.hasBodyNoun(en) && !country(en.words) && !placeName(en.name)
	})
	if i < 0 && genericBody(head) {
		// "Hydro now knows what caused …. “…,” the company says": the
		// first one-word name of no kind till now, which the story
		// opened on (or called an operator, a firm: "Telecommunications
		// operator, 9mobile,")
		for k := range e.ents {
			if en := &e.ents[k]; en.kind == kUnknown && !en.roleOnly && len(en.nameWords) == 1 && (len(en.roles) == 0 || slices.ContainsFunc(en.heads, genericBody)) && en.para <= e.ledePara+1 && !country(en.words) {
				en.kind = kBody
				return k
			}
		}
	}
	return i
}

// mediaNouns are the nouns for an outlet that follow its name: "the
// official IRNA news agency", "the Mizan Online website" (but "the UN
// agency" is the UN's, and "a Telegram channel" is not Telegram).
var mediaNouns = setOf(`agency service website newspaper paper daily weekly broadcaster station outlet portal tabloid`)

// placeName reports whether a name's last word is a place's: "Schuylkill
// County", "Quezon City".
func placeName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 1 && lexicon[words[len(words)-1]]&fPlace != 0
}

// otherNation reports whether entity i belongs to another nation than
// the one a role phrase names: "the Russian defence ministry" is not the
// French Ministry of the Armed Forces named before it.
func (e *engine) otherNation(i int, nation string) bool {
	if nation == "" || hasWord(e.ents[i].words, nation) || hasWord(e.ents[i].words, nation+"'s") {
		return false
	}
	en := &e.ents[i]
	if !demonym(nation) {
		// A possessor: "China’s coast guard" is not the Philippine coast
		// guard's spokesman named before it, and "China's foreign
		// ministry" is not "the Japanese defence ministry".
		return en.kind == kPerson || country([]string{nation}) && demonymOtherThan(en, nation)
	}
	return demonymOtherThan(en, nation)
}

// demonymOtherThan reports whether a capitalised word of en's name or
// roles is a nationality other than nation's (a demonym or a country).
func demonymOtherThan(en *entity, nation string) bool {
	for _, name := range append([]string{en.name}, en.roles...) {
		for w := range strings.FieldsSeq(name) {
			if r := w[0]; 'A' <= r && r <= 'Z' {
				if lw := strings.ToLower(w); lw != nation && demonym(lw) && !sameNation(nation, lw) {
					return true
				}
			}
		}
	}
	return false
}

// hasNation reports whether entity i's name or roles name any nation:
// a nationality or a capitalised possessor ("Finnish", "Azerbaijan's").
func (e *engine) hasNation(i int) bool {
	en := &e.ents[i]
	for _, name := range append([]string{en.name}, en.roles...) {
		for w := range strings.FieldsSeq(name) {
			if r := w[0]; 'A' <= r && r <= 'Z' {
				if lw, poss := stripPossessive(strings.ToLower(w)); poss || demonym(lw) && lexicon[lw]&fTitle == 0 {
					return true
				}
			}
		}
	}
	return false
}

// ofNation reports whether entity i's name or roles give it the nation a
// possessor names: "Finland's president" is "Finnish President Aino
// Lehtonen".
func (e *engine) ofNation(i int, nation string) bool {
	en := &e.ents[i]
	for _, name := range append([]string{en.name}, en.roles...) {
		for w := range strings.FieldsSeq(name) {
			if r := w[0]; 'A' <= r && r <= 'Z' {
				if lw, _ := stripPossessive(strings.ToLower(w)); sameNation(nation, lw) || country([]string{lw}) && sameNation(lw, nation) {
					return true
				}
			}
		}
	}
	return false
}

// sameNation reports whether a country's name and a nationality are one
// nation's: armenia and armenian, china and chinese, finland and
// finnish; not iran and iraqi.
func sameNation(country, w string) bool {
	if !demonym(w) || len(w) < 4 || len(country) < 4 {
		return false
	}
	switch country + " " + w {
	case "france french", "netherlands dutch", "switzerland swiss", "britain british", "ireland irish",
		"wales welsh", "us american", "america american", "philippines filipino", "finland finnish",
		"denmark danish", "poland polish", "spain spanish", "england english":
		return true
	}
	n := 0
	for n < len(country) && n < len(w) && country[n] == w[n] {
		n++
	}
	return n >= 4
}

// nationOf is the nationality a role-only entity's name gives: "russian"
// for "Russian defence ministry", or "".
func (e *engine) nationOf(i int) string {
	for w := range strings.FieldsSeq(e.ents[i].name) {
		if r := w[0]; 'A' <= r && r <= 'Z' {
			lw, poss := stripPossessive(strings.ToLower(w))
			if poss || demonym(lw) {
				return lw // "Russian defence ministry", "Armenia's prime minister"
			}
		}
	}
	return ""
}

// titledName reports whether tokens [a,b) end in a title and a name of
// two words or more: "Thailand Tan Sri Abdul Latiff Hamzah".
func (e *engine) titledName(a, b int) bool {
	n := b
	for n > a && e.toks[n-1].cap() && e.toks[n-1].fl&(fTitle|fOrg|fPlace) == 0 {
		n--
	}
	return b-n >= 2 && n > a && e.toks[n-1].cap() && e.toks[n-1].fl&fTitle != 0
}

// some reports whether a token of [a,b) is one f accepts: the test the
// phrase checks below share ("a preposition in it", "a noun for a
// person in it").
func (e *engine) some(a, b int, f func(*token) bool) bool {
	for k := a; k < b; k++ {
		if f(&e.toks[k]) {
			return true
		}
	}
	return false
}

// allLower reports whether tokens [a,b) are all lower-case words: "the
// power utility", not "the Riverbend utility".
func (e *engine) allLower(a, b int) bool {
	return !e.some(a, b, func(t *token) bool { return !t.lower() })
}

// bodySubject returns the subject of this sentence (if it stands before
// at) or of the last one when it is a body, or noOne.
func (e *engine) bodySubject(at int) attribution {
	if e.curSubj.ok() && e.curSubjTok < at && e.curSubj.ent >= 0 && e.ents[e.curSubj.ent].kind == kBody {
		return attribution{ent: e.curSubj.ent, kind: kBody}
	}
	if e.prevSubj.ent >= 0 && e.ents[e.prevSubj.ent].kind == kBody {
		return attribution{ent: e.prevSubj.ent, kind: kBody}
	}
	return noOne
}

// hasBodyNoun reports whether an entity's name has a noun for a kind of
// body: "Ministry", "Council", "Agency".
func (e *engine) hasBodyNoun(en *entity) bool {
	for _, w := range en.words {
		if e.lookup(w)&fBodyNoun != 0 {
			return true
		}
	}
	return false
}

// selfVerbs follow a body's name that opens its own statement: "MS3
// are disappointed".
var selfVerbs = setOf(`is are has have will would was were remains remain`)

// selfNamed returns the body named before that opens the quotation
// before token at as its subject and goes on in the first person
// plural: "“MS3 are disappointed … to fine us,”"; or -1.
func (e *engine) selfNamed(at int) int {
	q := at - 1
	for q >= e.sentStart && e.toks[q].kind != tQuote {
		q--
	}
	if q < e.sentStart {
		return -1
	}
	words := strings.Fields(e.segText(&e.toks[q]))
	n := 0
	for n < len(words) && n < 4 {
		if !startsUpper(words[n]) {
			break
		}
		n++
	}
	if n == 0 || n == len(words) || !selfVerbs[words[n]] {
		return -1
	}
	i, ok := e.entBy[e.key(strings.Join(words[:n], " "))]
	if !ok || e.ents[i].kind == kPerson {
		return -1
	}
	for _, w := range words[n+1:] {
		if w = strings.ToLower(strings.Trim(w, ".,;:!?")); w == "we" || w == "us" || w == "our" {
			return i
		}
	}
	return -1
}

// spokes reports whether a noun names someone who speaks for a body.
func spokes(w string) bool {
	return strings.HasPrefix(w, "spokes") || w == "representative" || w == "press secretary"
}

// capRunBefore returns the last run of capitalised words in [a0,b) that
// names a body, not a nationality: "Microsoft" in "a Microsoft
// spokesperson".
func (e *engine) capRunBefore(a0, b int) (int, int) {
	ce := b
	for ce > a0 && !e.toks[ce-1].cap() {
		ce--
	}
	cs := ce
	for cs > a0 {
		if e.toks[cs-1].cap() && e.toks[cs-1].sh&sPoss == 0 && !notName(&e.toks[cs-1]) {
			cs--
			continue
		}
		if cs-2 >= a0 && cs < ce && e.toks[cs-1].lower() && e.wordIn(&e.toks[cs-1], "of", "for", "and") && e.toks[cs-2].cap() && e.toks[cs-2].sh&sPoss == 0 {
			cs -= 2 // "A Ministry of Justice spokesperson"
			continue
		}
		break
	}
	if cs == ce {
		return 0, 0
	}
	if ce-cs == 1 {
		t := &e.toks[cs]
		if t.fl&fTitle != 0 || demonym(strings.ToLower(e.str(t))) {
			return 0, 0
		}
	}
	return cs, ce
}

// demonym reports whether w looks like a nationality: Albanian, Iranian,
// Chinese, British, French, Israeli.
func demonym(w string) bool {
	for _, suf := range [...]string{"ian", "ean", "can", "ese", "ish", "ch", "ic", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// keptAnonymous reports whether the current sentence says its unnamed
// speaker is kept so: "on condition of anonymity", "asked not to be
// named", "not authorized to speak".
func (e *engine) keptAnonymous() bool {
	if e.sentStart >= len(e.toks) {
		return false
	}
	end := len(e.toks) - 1
	for k := e.sentStart; k < len(e.toks); k++ {
		if e.toks[k].punct('.') {
			end = k
			break
		}
	}
	s := e.text[e.toks[e.sentStart].s:e.toks[end].e]
	for _, m := range [...]string{"anonymity", "not to be named", "not to be identified", "not authori", "declined to be", "on background"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// lowerWords returns the words of tokens [a,b), lower-cased.
func (e *engine) lowerWords(a, b int) []string {
	var out []string
	for k := a; k < b; k++ {
		if e.toks[k].word() {
			out = append(out, strings.ToLower(e.name(&e.toks[k])))
		}
	}
	return out
}

// allWordsIn reports whether entity i has every word of tokens [a,b).
func (e *engine) allWordsIn(i, a, b int) bool {
	for _, w := range e.lowerWords(a, b) {
		if !hasWord(e.ents[i].words, w) {
			return false
		}
	}
	return true
}

// epithets are the adjectives a report puts before a title to describe
// the one it has been writing about, not to name another office: "the
// leftist leader", "the veteran senator".
var epithets = setOf(`leftist rightist populist nationalist conservative liberal centrist socialist
	veteran embattled beleaguered outspoken longtime seasoned combative firebrand hardline hardliner
	reformist moderate charismatic controversial nominated elected re-elected ousted jailed detained exiled
	deposed impeached sacked suspended`)

// epithetIn reports whether a role's words have an epithet.
func epithetIn(words []string) bool {
	for _, w := range words {
		if epithets[w] {
			return true
		}
	}
	return false
}

// officialNamed returns whom "the official", a bare anonymous noun, is
// when the story has named someone with an office ("Russia's
// presidential spokesman, Dmitry Peskov,"): the one it was last about if
// they hold one, else the last such person named; or -1. Not after an
// unnamed official, whom byRole would have found.
func (e *engine) officialNamed() int {
	office := func(_ int, en *entity) bool {
		if en.kind != kPerson || en.roleOnly || len(en.nameWords) < 2 {
			return false
		}
		for _, h := range en.heads {
			if lexicon[h]&fTitle != 0 || spokes(h) || h == "official" {
				return true // an office: not "Tom Reyes, a trader"
			}
		}
		return false
	}
	if p := e.prevSubj.ent; p >= 0 && office(p, &e.ents[p]) {
		return p
	}
	return e.latest(office)
}
