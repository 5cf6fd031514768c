package quotes

import "strings"

// appositiveSubject reads a subject set off by commas before the verb at
// i, the comma at j: "Rama, the prime minister, said" or "the bloc's
// foreign policy chief, Henrik Vestergaard, said".
func (e *engine) appositiveSubject(s span, i, j int, a attr) (attr, bool) {
	k := j - 1
	// A role is short; a clause on who they are ("who spoke on the
	// condition of anonymity because …") may run longer.
	named := -1 // "The group, which calls itself “Anonymous Sahara”, claimed"
	for k > s.a && k > j-32 && !e.toks[k].punct(',') {
		if p := e.beforeParen(s.a, k); p < k {
			k = p // "spokeswoman for the Platform for Democratic Change (PCD)"
			continue
		}
		if t := &e.toks[k]; t.kind == tQuote && named < 0 && e.naming(k, s, e.segText(t)) && titleLike(strings.TrimRight(e.segText(t), ",")) {
			named = k
			k--
			continue
		}
		if e.toks[k].kind != tWord {
			break
		}
		k--
	}
	if named < 0 && k > s.a+1 && k+1 < j && e.toks[k].punct(',') && e.toks[s.a].cap() && e.toks[s.a].fl&fPrep != 0 && !e.wordIn(&e.toks[s.a], "as", "like") &&
		e.plainName(k+1, j) && !e.some(s.a, k, func(t *token) bool { return t.punct(',') }) {
		// "In a veiled attack against Congress, Nirmala Sitharaman,
		// said": the comma closes an opening phrase, and the name after
		// it is the subject, not an apposition to "Congress" (but "As
		// Elena Markovic, a legal scholar, has argued" is hers)
		if who := e.resolvePhrase(k+1, j, i); who.ok() {
			a.a, a.b, a.first, a.last = k+1, j, k+1, a.verbEnd-1
			a.who = who
			return a, true
		}
	}
	if named < 0 && k > s.a && e.toks[k].punct(',') && !e.personNounIn(k+1, j) && e.andIn(k+1, j) {
		// "X, Burkina Faso’s minister of economy, finance and
		// foresight, told": the role's own list, not the appositive
		p := k - 1
		for p > s.a && p > j-32 && !e.toks[p].punct(',') && e.toks[p].kind == tWord {
			p--
		}
		if p > s.a && e.toks[p].punct(',') && e.hasRoleWord(p+1, k) {
			k = p
		}
	}
	if named >= 0 && k > s.a && e.toks[k].punct(',') && e.toks[k+1].lower() && e.toks[k+1].fl&fFunc != 0 && e.npBack(s.a, k-1) >= 0 {
		i := e.entity(strings.TrimRight(e.segText(&e.toks[named]), ","), kBody, "")
		if h := &e.toks[k-1]; h.lower() && e.roleHead(h) {
			e.addRoleWords(i, strings.ToLower(e.name(h)))
		}
		a.a, a.b, a.first, a.last = named, named+1, e.npBack(s.a, k-1), a.verbEnd-1
		a.who = attribution{ent: i, kind: e.ents[i].kind}
		return a, true
	} else if named >= 0 {
		return attr{}, false
	}
	if k <= s.a || !e.toks[k].punct(',') || k+1 >= j || e.unbracketed(k, j) > 16 && !e.toks[k+1].is(fPronRel) && !e.longRole(k+1, j) &&
		!(e.toks[k+1].lower() && strings.HasSuffix(e.str(&e.toks[k+1]), "ing")) { // ", speaking on the condition of anonymity because …,"

		return attr{}, false
	}
	if st, end := e.authorBy(k, j); st > 0 {
		// "The report, by the independent integrity panel, said", "The
		// assessment, drawn up by the European External Action
		// Service's …, describes": its author
		a.a, a.b, a.first, a.last = st, end, st, a.verbEnd-1
		if a.who = e.resolvePhrase(st, end, i); a.who.ok() {
			return a, true
		}
	}
	if first := &e.toks[k+1]; first.lower() && e.wordIn(first, "but", "yet", "although", "though", "whereas") {
		// "Ford had no plans to pull out of South Africa, but the labour
		// environment was a concern, said X": a clause, not a phrase about
		// the subject
		return attr{}, false
	}
	if first := &e.toks[k+1]; first.is(fPrep|fPronRel|fVerb|fPart) || first.lower() && (first.fl&fFunc != 0 || strings.HasSuffix(e.str(first), "ing")) {
		// ", in a video message posted on X," or ", who asked not to be
		// named,": not a role; the subject is before it.

		// "The Organization of American States (OAS), which …,": the
		// subject is before its acronym.
		end := e.beforeParen(s.a, k-1) + 1
		if end-3 >= s.a && e.toks[end-1].sh&sDigit != 0 && e.toks[end-2].punct(',') {
			end -= 2 // "Keisuke Yamada, 33, who sells seafood in Iwaki, said": the age is no one
		}
		outer := e.npBack(s.a, end-1)
		if lead := e.unnamedLead(s, k); lead >= 0 {
			outer, end = lead, k // "A senior engineer at one of the eastern fields, speaking …,"
		}
		if outer < 0 {
			return attr{}, false
		}
		if outer-2 > s.a && e.toks[outer-1].punct(',') {
			// "Representative Dana Kowalczyk, Republican of Ohio, who
			// leads …, wrote": the person before the role
			if st := e.npBack(s.a, outer-2); st >= 0 && e.personRoleIn(st, outer-1) || st >= 0 && e.plainName(st, outer-1) && outer-1-st >= 2 {
				if who := e.resolvePhrase(st, outer-1, i); who.ent >= 0 && e.ents[who.ent].kind == kPerson && !e.ents[who.ent].roleOnly {
					a.a, a.b, a.first, a.last = st, outer-1, st, a.verbEnd-1
					a.who = who
					a.who.role = stripDet(e.phraseText(outer, end))
					e.addRole(who.ent, a.who.role)
					return a, true
				}
			}
		}
		if b, ok := e.beyondPlace(s, outer, i, a); ok {
			return b, true
		}
		if b, ok := e.personAtBody(s, outer, end, i, a); ok {
			return b, true
		}
		if b, ok := e.placedBody(s, outer, end, i, a); ok {
			return b, b.who.ok() // "The Chinese Embassy in Manila, in a post on its Facebook page, urged"
		}
		a.a, a.b, a.first, a.last = outer, end, outer, a.verbEnd-1
		a.who = e.resolvePhrase(outer, end, i)
		if first.is(fDet) && a.who.ent >= 0 && e.ents[a.who.ent].kind == kPerson {
			// "Markéta Dvořáková, a Czech Renew Europe MEP who sits on
			// …, said": her role, that "the MEP" finds
			cut := k + 2
			for cut < j && !e.toks[cut].is(fPronRel) {
				cut++
			}
			if e.hasRoleWord(k+2, cut) {
				e.addRole(a.who.ent, stripDet(e.phraseText(k+1, cut)))
			}
		}
		return a, a.who.ok()
	}
	if k-2 > s.a && j-k-1 <= 2 && e.allNames(k+1, j) && e.toks[k-1].cap() && e.toks[k-2].lower() && e.wordIn(&e.toks[k-2], "in", "at", "near") {
		// "a worker at a market for tourists in Iwaki, Fukushima, said":
		// the place's region, not the speaker
		if outer := e.leftOfComma(s, k); outer < k-2 {
			if who := e.resolvePhrase(outer, k, i); who.ok() {
				return a.by(outer, k, who), true
			}
		}
	}
	if e.allNames(k+1, j) && (e.hasRoleWord(e.leftOfComma(s, k), k) || e.possRole(s, k)) && !e.titledPerson(e.leftOfComma(s, k), k) {
		// (but "Acting Detective Senior Sergeant Shane Pilmer, Whangārei
		// CIB, says" and "Group Captain Fiona Adair, Station Commander RAF
		// Coningsby, said" are theirs: the titles come with a name)
		// The name is the speaker; the words before it, up to the
		// sentence's start or a verb, are its role: "The chief executive
		// of the hospital trust, Dr Helen Marsh, said".
		outer := e.leftOfComma(s, k)
		a.first, a.last = outer, a.verbEnd-1
		a.a, a.b = k+1, j
		a.who = e.resolvePhrase(k+1, j, i)
		if a.who.ent >= 0 && outer < k && e.hasRoleWord(outer, k) {
			a.who.role = stripDet(e.phraseText(outer, k))
			e.addRole(a.who.ent, a.who.role)
		}
		return a, a.who.ok()
	}
	end := e.beforeParen(s.a, k-1) + 1 // "The Collective Security Treaty Organization (CSTO), a … alliance,"
	if end-3 >= s.a && e.toks[end-2].punct(',') && e.nameSuffix(&e.toks[end-1]) {
		end -= 2 // "Arnulfo Burgos, Jr., commander of …,": the name, without its suffix
	}
	outer := e.npBack(s.a, end-1)
	if outer < 0 {
		return attr{}, false
	}
	if n := e.nameThenOf(k+1, j); n > 0 {
		// "Her solicitor, Megan Frost of the civil liberties group
		// Liberty, said": the name the appositive opens with
		if who := e.resolvePhrase(k+1, n, i); who.ent >= 0 && e.ents[who.ent].kind == kPerson && !e.ents[who.ent].roleOnly {
			a.first, a.last = outer, a.verbEnd-1
			a.a, a.b, a.who = k+1, n, who
			return a, true
		}
	}
	if c := e.capSpan(k+1, j); c > k+1 && c < j && e.toks[c-1].lower() && e.toks[c-1].fl&(fBodyNoun|fPersonNoun|fTitle) != 0 && !e.toks[k+1].is(fDet) && !e.prepBefore(k+1, c) && !e.prepOfBefore(k+1, c) {
		// "The cable's operator, Finnish telecoms company Elisa, said", "The
		// head of the mission, former Foreign Minister Elena Solís, said":
		// the name the appositive ends in is the speaker
		if who := e.resolvePhrase(k+1, j, i); who.ent >= 0 && !e.ents[who.ent].roleOnly {
			a.first, a.last = outer, a.verbEnd-1
			a.a, a.b, a.who = k+1, j, who
			return a, true
		}
	}
	if b, ok := e.beyondPlace(s, outer, i, a); ok {
		return b, true
	}
	if b, ok := e.personAtBody(s, outer, end, i, a); ok && e.hasRoleWord(k+1, j) {
		return b, true
	}
	a.first, a.last = outer, a.verbEnd-1
	a.a, a.b = outer, end
	a.who = e.resolvePhrase(outer, end, i)
	if a.who.ent >= 0 {
		a.who.role = stripDet(e.phraseText(k+1, j))
		e.addRole(a.who.ent, a.who.role)
	}
	return a, a.who.ok()
}

// titledPerson reports whether [a,b) is titles and the name they come
// with, "Group Captain Fiona Adair", not a body's office ("The
// programme’s Senior Responsible Owner").
func (e *engine) titledPerson(a, b int) bool {
	return a < b && e.toks[a].fl&fDet == 0 && !e.possIn(a, b) && e.titledName(a, b)
}

// beyondPlace reads the subject before a participle's or a relative
// clause's phrase that ends in a place or others set off by commas:
// "Suárez Antelo, addressing a rally in El Alto, the sprawling city above
// La Paz, called" is Suárez Antelo's, and so is "Farah Nadeem, who
// appeared for the petitioners, a group of students, told".
// outer starts the place's noun phrase.
func (e *engine) beyondPlace(s span, outer, i int, a attr) (attr, bool) {
	p := &e.toks[max(outer-1, s.a)]
	if outer <= s.a || !p.lower() || p.fl&(fPrep|fPrepOf) == 0 {
		return a, false
	}
	for c := outer - 2; c > s.a && c > outer-14; c-- {
		if e.toks[c].punct(',') {
			if f := &e.toks[c+1]; !f.lower() || !strings.HasSuffix(e.str(f), "ing") && !e.wordIn(f, "who") {
				return a, false // "A statement from Dr. Lorraine Pike, chief executive of …,": from whom
			}
			if st := e.npBack(s.a, c-1); st >= 0 {
				if who := e.resolvePhrase(st, c, i); who.ok() {
					return a.by(st, c, who), true
				}
			}
			return a, false
		}
		if e.toks[c].kind != tWord {
			return a, false
		}
	}
	return a, false
}

// personAtBody reads the person named before the body at [outer,end)
// works at, with or from: "Richard Burger at RPC, another law firm,
// said".
func (e *engine) personAtBody(s span, outer, end, i int, a attr) (attr, bool) {
	p := outer - 1
	if p-2 < s.a || !e.toks[p].lower() || !e.wordIn(&e.toks[p], "at", "with", "from") {
		return attr{}, false
	}
	st := e.npBack(s.a, p-1)
	if st < 0 || p-st < 2 || !e.plainName(st, p) {
		return attr{}, false
	}
	if who := e.resolvePhrase(st, p, i); who.ent >= 0 && e.ents[who.ent].kind != kBody && !e.ents[who.ent].roleOnly {
		return a.by(st, end, who), true
	}
	return attr{}, false
}

// prepBefore reports whether tokens [a,b) hold a lower-case preposition:
// "led by", "an analyst at".
func (e *engine) prepBefore(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.lower() && t.fl&fPrep != 0 })
}

// nameThenOf returns the end of a person's name of two words or more
// that opens tokens [a,b) and that "of", "at" or "from" follows: "Megan
// Frost of the civil liberties group Liberty"; or 0.
func (e *engine) nameThenOf(a, b int) int {
	n := a
	for n < b && e.toks[n].cap() && !notName(&e.toks[n]) {
		n++
	}
	if n-a < 2 || n >= b || !e.plainName(a, n) || !e.wordIn(&e.toks[n], "of", "at", "from") || !e.toks[n].lower() {
		return 0
	}
	return n
}

// prepOfBefore reports whether tokens [a,b) hold "of", "for", "from"…:
// "Kalia, spokesman for the army’s Northern Command, said" is Kalia.
func (e *engine) prepOfBefore(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.lower() && t.fl&fPrepOf != 0 })
}

// leftOfComma returns where the words before the comma at k start: at
// the sentence's start or after punctuation or a verb.
func (e *engine) leftOfComma(s span, k int) int {
	outer := k
	for outer > s.a && e.toks[outer-1].kind == tWord && e.toks[outer-1].fl&(fVerb|fPart) == 0 && outer > k-14 {
		outer--
	}
	return outer
}

// hasRoleWord reports whether tokens [a,b) hold a title or a noun for a
// person: words that make a role.
func (e *engine) hasRoleWord(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.fl&(fTitle|fPersonNoun) != 0 || e.roleHead(t) })
}

// unnamedLead returns the start of an unnamed speaker that opens the
// sentence and ends at token end, or -1 (see unnamedEnd).
func (e *engine) unnamedLead(s span, end int) int {
	a := s.a
	if a < end && e.toks[a].kind == tPunct {
		a++
	}
	if a < end && e.unnamedEnd(a, end) == end {
		return a
	}
	return -1
}

// unnamedEnd returns the end of an unnamed speaker from token a that
// the words placing it continue ("A senior engineer at one of the
// eastern fields", "An aid official in the region of Mopti"), or -1: an
// indefinite article, modifiers, a noun for a person, then "in", "at",
// "of", "from" or "with" and words with no verb, up to a comma or a verb.
func (e *engine) unnamedEnd(a, hi int) int {
	end, _ := e.unnamedHead(a, hi)
	return end
}

// unnamedHead is unnamedEnd that also returns the token of the noun.
func (e *engine) unnamedHead(a, hi int) (int, int) {
	if a >= hi {
		return -1, -1
	}
	h := -1
	if t := &e.toks[a]; (a == e.sentStart && t.cap() || t.lower()) && t.fl&fPersonNoun != 0 && t.fl&fTitle == 0 && strings.HasSuffix(e.str(t), "s") {
		h = a // "Observers from the Organisation for Security and Co-operation in Europe", "officials in the ministry"
	} else if !t.is(fDet|fNum) || !e.wordIn(t, "a", "an", "one", "two", "three", "four", "five", "six", "several", "some") {
		return -1, -1
	}
	for k := a + 1; h < 0 && k < hi && k <= a+5; k++ {
		u := &e.toks[k]
		if k == a+1 && e.wordIn(u, "second", "third", "fourth", "fifth") {
			continue // "a second diplomat"
		}
		if u.kind == tWord && u.cap() && !notName(u) && u.fl&(fTitle|fPersonNoun) == 0 && k+1 < hi && (e.toks[k+1].lower() || e.toks[k+1].fl&fPersonNoun != 0) {
			continue // "a Western diplomat", "an EU official", "two European officials", "one Labour MP"
		}
		if u.kind == tWord && u.cap() && u.fl&fPersonNoun != 0 && u.fl&fTitle != 0 && k > a+1 && e.toks[k-1].cap() && u.sh&sAllCaps != 0 {
			// "one Labour MP who signed the letter": unnamed, by a title
			// in capitals after a party's or a nation's name
			if k+1 >= hi || !e.toks[k+1].lower() || e.toks[k+1].fl&(fPrep|fPrepOf) == 0 {
				return k + 1, k
			}
			h = k
			break
		}
		if u.lower() && e.wordIn(u, "and") && e.toks[k-1].cap() && k+1 < hi && e.toks[k+1].cap() {
			continue // "One Redcar and Cleveland councillor"
		}
		if u.kind != tWord || !u.lower() || u.fl&(fFunc|fVerb|fPart|fSkip|fPrep) != 0 {
			return -1, -1
		}
		if u.fl&fPersonNoun != 0 || agentNoun(strings.ToLower(e.name(u))) {
			h = k
			break
		}
	}
	if h < 0 || h+2 >= hi || strings.HasPrefix(strings.ToLower(e.str(&e.toks[h])), "spokes") {
		return -1, -1
	}
	// The preposition that places them, maybe after the adjective of an
	// anonymous source: "a diplomat close to the mediation", "a person
	// familiar with the investigation".
	p := h + 1
	if e.wordIn(&e.toks[p], "close", "familiar", "involved", "briefed", "knowledgeable", "privy", "near") && p+2 < hi {
		p++
	}
	adviser := p == h+1 && e.wordIn(&e.toks[p], "to") && e.wordIn(&e.toks[h], "adviser", "advisor", "aide", "envoy", "ambassador", "counsellor", "consultant")
	if !e.wordIn(&e.toks[p], "in", "at", "of", "from", "with", "to", "on", "about") ||
		p == h+1 && e.wordIn(&e.toks[p], "to", "on", "about") && !adviser {
		return -1, -1
	}
	for k := p + 1; k < hi && k < a+16; k++ {
		u := &e.toks[k]
		switch {
		case u.punct(','), u.punct('.') && k == hi-1, u.kind == tWord && u.lower() && (u.fl&(fVerb|fPart|fSkip) != 0 || e.wordIn(u, "who")):
			// (and "also", "later": "A resident of the town also said")
			if k == p+1 {
				return -1, -1
			}
			return k, h
		case u.kind != tWord || u.fl&pronouns != 0:
			return -1, -1
		}
	}
	if hi <= a+16 && hi > h+2 {
		return hi, h // the phrase runs to hi
	}
	return -1, -1
}

// bodyAppositive reports whether tokens [a,b), an appositive, describe a
// body: a body noun ends them and no title or noun for a person is in
// them ("one of Britain's largest parcel carriers", "a Tallinn firm").
func (e *engine) bodyAppositive(a, b int) bool {
	if b-a < 2 || !e.toks[b-1].lower() || e.toks[b-1].fl&fBodyNoun == 0 {
		return false
	}
	if e.toks[a].is(fPronRel) || e.toks[a].is(fVerb) {
		return false // "X, who led the team,": a person; "X, said the company,"
	}
	if h := e.headOf(a, b); h > a && e.toks[h].lower() {
		if e.toks[h].fl&fBodyNoun != 0 && e.toks[h].fl&fTitle == 0 {
			return true // "the state-owned operator of Norway's gas network": its head a body's
		}
		if e.toks[h].fl&fPersonNoun != 0 || agentNoun(strings.ToLower(e.str(&e.toks[h]))) {
			return false // "a consultant at Mater Dei Hospital's emergency department": a person
		}
	}
	for k := a; k < b; k++ {
		if e.toks[k].fl&(fTitle|fPersonNoun) != 0 {
			return false
		}
	}
	return true
}

// possRole reports whether the words before the comma at k are a
// possessive and lowercase nouns that open the sentence ("Her shadow,"
// "His rival,"): a role, even in a word the lexicon does not know.
func (e *engine) possRole(s span, k int) bool {
	first := s.a
	if first < k && e.toks[first].kind == tPunct {
		first++
	}
	if k-first < 2 || k-first > 4 || !e.wordIn(&e.toks[first], "his", "her", "their") {
		return false
	}
	for m := first + 1; m < k; m++ {
		if t := &e.toks[m]; !t.lower() || t.fl&(fFunc|fPrep|fVerb|fPart) != 0 {
			return false
		}
	}
	return true
}

// personNounIn reports whether tokens [a,b) hold a noun for a person.
func (e *engine) personNounIn(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.fl&fPersonNoun != 0 })
}

// authorBy returns where the author starts in a document's appositive
// between the commas at k and j, ", by the panel," or ", drawn up by the
// service's division,", or 0 when it names none.
func (e *engine) authorBy(k, j int) (int, int) {
	if k < 1 || !e.toks[k-1].lower() || e.toks[k-1].fl&fDocNoun == 0 {
		return 0, 0
	}
	by := k + 1
	if by < j && e.wordIn(&e.toks[by], "drawn", "drafted", "prepared", "written", "compiled", "produced", "issued", "published", "commissioned", "signed") {
		by++
		if by < j && e.wordIn(&e.toks[by], "up") {
			by++
		}
	}
	if by+1 >= j || !e.wordIn(&e.toks[by], "by") || e.npForward(by+1, j) == by+1 {
		return 0, 0
	}
	end := j
	for m := by + 1; m < j; m++ {
		t := &e.toks[m]
		if m > by+2 && t.lower() && e.wordIn(t, "and") && m+1 < j && e.toks[m+1].lower() && strings.HasSuffix(e.str(&e.toks[m+1]), "ed") {
			end = m // "drafted by the EEAS and circulated to national capitals": the author, then what was done with it
			break
		}
		if t.punct('(') || t.punct(')') {
			continue // "(EEAS)"
		}
		if t.kind != tWord || t.fl&(fVerb|fPart) != 0 && t.lower() {
			return 0, 0 // a clause, not an author's name
		}
	}
	return by + 1, e.beforeParen(by+1, end-1) + 1
}

// longRole reports whether a long appositive [a,b) is a role with a
// clause on it: "a Czech Renew Europe MEP who sits on the Parliament's
// special committee on …".
func (e *engine) longRole(a, b int) bool {
	if !e.toks[a].is(fDet) {
		return false
	}
	for k := a + 1; k < b && k < a+7; k++ {
		if t := &e.toks[k]; t.is(fPronRel) {
			return k > a+1 && e.hasRoleWord(a+1, k)
		}
	}
	return false
}

// unbracketed counts the tokens of [a,b) outside brackets: a body's
// short form, "(NASA)", does not make a role long.
func (e *engine) unbracketed(a, b int) int {
	n, depth := 0, 0
	for k := a; k < b; k++ {
		switch t := &e.toks[k]; {
		case t.punct('('):
			depth++
		case t.punct(')') && depth > 0:
			depth--
		case depth == 0:
			n++
		}
	}
	return n
}

// andIn reports whether tokens [a,b) hold a lower-case "and" or "or".
func (e *engine) andIn(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.lower() && e.wordIn(t, "and", "or") })
}

// allNames reports whether tokens [a,b) are capitalised words (a name).
func (e *engine) allNames(a, b int) bool {
	for k := a; k < b; k++ {
		t := &e.toks[k]
		if !(t.cap() && !notName(t) || t.lower() && t.fl&fConn != 0) {
			return false
		}
	}
	return e.toks[a].cap()
}

// stripDet drops a leading article from a role: "the prime minister".
func stripDet(role string) string {
	for _, det := range [...]string{"the ", "a ", "an "} {
		if len(role) > len(det) && strings.EqualFold(role[:len(det)], det) {
			return role[len(det):]
		}
	}
	return role
}

func stripThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// appositive reads a role set off by commas after a name: ", the prime
// minister," in "said Rama, the prime minister". It returns the role and
// the end of the appositive.
func (e *engine) appositive(i, hi int) (string, int) {
	if i >= hi || !e.toks[i].punct(',') {
		return "", i
	}
	k := i + 1
	limit := i + 14
	if i+1 < hi && e.toks[i+1].cap() && e.toks[i+1].fl&fTitle != 0 {
		limit = i + 24 // "Assistant Secretary-General for Africa in the Departments of …"
	}
	for k < hi && k < limit && e.toks[k].kind == tWord && e.toks[k].fl&(fVerb|fPart) == 0 && e.toks[k].fl&pronouns == 0 {
		k++
	}
	if k == i+1 || k < hi && !(e.toks[k].punct(',') || e.toks[k].punct('.') || e.toks[k].punct(';')) {
		return "", i
	}
	end := e.npForward(i+1, k)
	if end == i+1 {
		return "", i
	}
	return stripDet(e.phraseText(i+1, k)), k
}

// widenName makes a body's name the fuller phrase that places it: "the
// U.S. Embassy" named in "the U.S. Embassy in Tirana said".
func (e *engine) widenName(w *attribution, short, full string) {
	if w.ent >= 0 && strings.HasPrefix(full, short) {
		// "A spokesman for the Chinese Embassy" in Washington: the body
		// the spokesman speaks for is the one placed.
		name := e.ents[w.ent].name
		if k, n := e.key(short), e.key(name); k != n && strings.HasSuffix(k, " "+n) {
			short, full = name, name+full[len(short):]
		}
	}
	switch {
	case w.ent >= 0 && e.key(e.ents[w.ent].name) == e.key(short):
		e.ents[w.ent].name = stripThe(full)
		e.entBy[e.key(full)] = w.ent
	case w.ent < 0 && w.text == short:
		w.text = full
	}
}

// beforeParen returns the last token before a short parenthetical that
// ends at token j, "(OAS)", "(D-Ore.)", or j when none ends there.
func (e *engine) beforeParen(lo, j int) int {
	if j <= lo || !e.toks[j].punct(')') {
		return j
	}
	for k := j - 1; k > lo && k >= j-8; k-- {
		switch t := &e.toks[k]; {
		case t.kind == tQuote:
			return j
		case t.punct('('):
			return k - 1
		}
	}
	return j
}

// givenName names an unnamed speaker by the name the sentence says they
// gave: "one protester, a retired engineer who gave his name only as
// Zoran", "A 24-year-old student who gave her name only as Chioma said",
// "a resident identified only as Ahmad". The speaker is the name.
func (e *engine) givenName(s span, attrs []attr) {
	for k := s.a + 2; k+1 < s.b; k++ {
		t := &e.toks[k]
		if !(t.lower() && e.wordIn(t, "as") || t.punct(',') && e.wordIn(&e.toks[k-1], "name")) || !e.toks[k+1].cap() || notName(&e.toks[k+1]) {
			continue
		}
		p := k - 1
		if e.wordIn(&e.toks[p], "only") {
			p--
		}
		if p > s.a && e.wordIn(&e.toks[p-1], "first", "full", "given") {
			p-- // "who gave only his first name, Aliu,"
		}
		if p <= s.a || !(e.wordIn(&e.toks[p], "name", "names", "first", "full", "given") && e.wordIn(&e.toks[p-1], "his", "her", "their") || e.wordIn(&e.toks[p], "identified", "named")) {
			continue
		}
		end := k + 2
		for end < s.b && end < k+4 && e.toks[end].cap() && !notName(&e.toks[end]) {
			end++
		}
		name := func(i int) bool {
			if i < 0 || !e.ents[i].roleOnly || e.ents[i].kind != kPerson {
				return false
			}
			en := &e.ents[i]
			en.name, en.roleOnly = e.phraseText(k+1, end), false
			e.entBy[e.key(en.name)] = i
			return true
		}
		if e.curSubjTok >= s.a && e.curSubjTok < k && name(e.curSubj.ent) {
			return
		}
		for n := range attrs {
			if attrs[n].a <= k && name(attrs[n].who.ent) {
				return
			}
		}
	}
}
