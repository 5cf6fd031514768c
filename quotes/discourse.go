package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// subject returns the subject of sentence s and its token: the speaker
// phrase that opens it after any introductory phrases ("In July, …,").
func (e *engine) subject(s span) (attribution, int) {
	e.curSubj = noOne
	i := s.a
	if i+2 < s.b && e.toks[i+1].punct(':') && e.toks[i].cap() && len(e.str(&e.toks[i])) <= 2 {
		i += 2 // "Q: Will China …", "A: The vessel …" in a transcript
		if e.toks[s.b-1].punct('?') {
			return noOne, -1 // an unnamed questioner's
		}
	}
	if d := e.dateOpening(i, s.b); d > i {
		i = d // "In June 2020 the Superior Council of Magistracy ordered"
	}
	if i+1 < s.b && e.toks[i].cap() && openingAdverb(e.str(&e.toks[i])) && e.toks[i+1].kind == tWord {
		i++ // "Initially Redcar and Cleveland council told residents"
	}
	if i+1 < s.b && e.toks[i].cap() && e.wordIn(&e.toks[i], "but", "and", "yet", "still", "so") && e.toks[i+1].kind == tWord {
		i++ // "But one Labour MP who signed the letter was blunter."
	}
	if e.toks[i].cap() && e.toks[i].fl&fPrep != 0 {
		for k := i + 2; k+1 < s.b && k < i+16 && e.toks[k].kind == tWord; k++ {
			if e.invertedCopula(i, k) {
				// "Among those who reached Adré was Hawa Ishag, 34, …":
				// the one named after the verb
				if b := e.npForward(k+1, s.b); b > k+1 {
					if w := e.resolvePhrase(k+1, b, k+1); w.ent >= 0 {
						return w, k + 1
					}
				}
				break
			}
		}
	}
	for n := 0; n < 3 && i < s.b; n++ {
		t := &e.toks[i]
		// "Under cross-examination,": a preposition that can also be a
		// title opens an introductory phrase when a lower-case word follows
		prep := t.fl&fPrep != 0 && i+1 < s.b && e.toks[i+1].lower()
		// "Giving evidence to the committee,": a participle's phrase
		prep = prep || t.cap() && i+1 < s.b && e.toks[i+1].lower() && len(e.str(t)) > 5 && strings.HasSuffix(e.str(t), "ing")
		// "Interviewed by detectives,", "Asked about the leak,"
		prep = prep || t.cap() && i+1 < s.b && e.toks[i+1].lower() && e.toks[i+1].fl&fPrep != 0 && len(e.str(t)) > 4 && strings.HasSuffix(e.str(t), "ed")
		// "Minutes before the boarding,", "Hours after the vote,"
		prep = prep || t.cap() && i+1 < s.b && e.wordIn(&e.toks[i+1], "before", "after", "later", "earlier") && e.toks[i+1].lower()
		// "Additionally, Rodriguez said": an adverb and its comma
		adverb := t.cap() && i+1 < s.b && e.toks[i+1].punct(',') && (openingAdverb(e.str(t)) || e.wordIn(t, "soon", "again", "similarly", "likewise", "plus"))
		if t.kind != tWord || !(notName(t) && t.fl&(fDet|pronouns) == 0 || t.sh&sDigit != 0 || prep || adverb) {
			break
		}
		if i+1 < s.b && e.wordIn(t, "there") && e.wordIn(&e.toks[i+1], "is", "are", "was", "were", "has", "have", "had", "will", "would") {
			return noOne, -1 // "there is still plenty of competition, including from …, Aldi, …": a clause with no one as its subject
		}
		k := i + 1
		for k < s.b && k < i+16 && !e.toks[k].punct(',') && e.toks[k].kind != tQuote && !e.invertedCopula(i, k) {
			k++
		}
		if k >= s.b || !e.toks[k].punct(',') {
			break // "Among the marchers was X, a retired engineer": a clause, not an opening
		}
		if t.fl&fNum != 0 && (e.unnamedEnd(i, s.b) == k || e.toks[k-1].lower() && e.toks[k-1].fl&fPersonNoun != 0) {
			break // "One executive at a large German utility, who …,", "One senior coalition official, …,": the subject
		}
		i = k + 1
		if i+1 < s.b && e.toks[i].cap() && e.toks[i].sh&sDot != 0 && e.toks[i+1].punct(',') {
			i += 2 // "From the centre in Washington, D.C., the agency’s director": the place's state
		}
	}
	if i >= s.b || e.toks[i].kind != tWord || e.toks[i].cap() && e.toks[i].fl&fPrep != 0 && e.toks[i].fl&fTitle == 0 {
		return noOne, -1 // (a long opening: "Regarding a commentary by …")
	}
	if t := &e.toks[i]; i == s.a && t.cap() && len(e.str(t)) > 5 && strings.HasSuffix(e.str(t), "ing") && i+1 < s.b && e.toks[i+1].lower() {
		if _, named := e.entBy[e.key(e.str(t))]; !named {
			return noOne, -1 // "Shooting down such balloons was …": a gerund's clause, no one
		}
	}
	if t := &e.toks[i]; i == s.a && t.cap() && t.fl&fVerb != 0 && t.sh&sAllCaps == 0 && i+1 < s.b && e.toks[i+1].lower() && e.toks[i+1].kind == tWord {
		if _, named := e.entBy[e.key(e.str(t))]; !named {
			return noOne, -1 // "Said communication with customers has happened": "said" as in "the said"
		}
	}
	b := e.npForward(i, s.b)
	if end := e.unnamedEnd(i, s.b); end > b && end < s.b {
		b = end // "A senior engineer at one of the eastern fields said"
	}
	if b == i {
		return noOne, -1
	}
	if ns, ne := e.titleParenName(i, b, s.b); ne > 0 {
		// "Interior Cabinet Secretary (CS) Kithure Kindiki has revealed"
		if w := e.resolvePhrase(ns, ne, ns); w.ent >= 0 {
			return w, ns
		}
	}
	if h := &e.toks[b-1]; b-i >= 2 && h.lower() && !e.roleHead(h) && e.toks[i].sh&sPoss != 0 ||
		h.sh&sPoss != 0 && e.possessedThing(b, s.b) {
		return noOne, -1 // "China's door to dialogue": not China
	}
	if b+4 < s.b && e.toks[b].punct('(') && e.toks[b+2].punct(')') && acronym(e.str(&e.toks[b+1])) {
		// "Kruger National Park (KNP) Managing Executive, Glenn Phillips,
		// had …": a role that goes on after the body's short form
		if r := e.npForward(b+3, s.b); r > b+3 && r < s.b && e.toks[r].punct(',') && e.hasRoleWord(b+3, r) {
			b = r
		}
	}
	nb := b // the role's end: "The EU's envoy for the dialogue, Petra Lindahl, came out"
	if b < s.b && e.toks[b].kind == tWord && e.hasRoleWord(i, b) && (e.toks[b].lower() && e.wordIn(&e.toks[b], "for", "to", "on", "at", "of", "in") || e.toks[b-1].cap() && e.prepBefore(i, b) && !strings.HasSuffix(e.str(&e.toks[b]), "ed")) {
		// and "Her counterpart at the German auto industry association
		// VDA, Katrin Weller, went further"
		k := b + 1
		for k < s.b && k < b+8 && e.toks[k].kind == tWord && e.toks[k].fl&(fVerb|fPart) == 0 {
			k++
		}
		if k < s.b && e.toks[k].punct(',') {
			nb = k
		}
	}
	if at, w, ok := e.subjectNamed(s, i, nb); ok {
		return w, at
	}
	if b+2 < s.b && e.wordIn(&e.toks[b], "calling") && e.toks[b+1].is(fReflex) && e.toks[b+2].kind == tQuote {
		// "A group calling itself “Black Harbour” claimed": the group
		// by the name it gives itself
		k := e.entity(e.segText(&e.toks[b+2]), kBody, "")
		e.addRoleWords(k, strings.ToLower(e.name(&e.toks[b-1])))
		return attribution{ent: k, kind: kBody}, i
	}
	if b+2 < s.b && e.toks[b].lower() && e.wordIn(&e.toks[b], "and") && e.roleHead(&e.toks[b-1]) && e.toks[b-1].lower() {
		// "The national oil company’s president and group chief
		// executive Tengku Muhammad Taufik said": two roles of the one
		// person the name ends
		if b2 := e.npForward(b+1, s.b); b2 > b+2 && e.toks[b2-1].cap() && e.hasRoleWord(b+1, b2) {
			if w := e.resolvePhrase(b+1, b2, b+1); w.ent >= 0 && e.ents[w.ent].kind == kPerson && !e.ents[w.ent].roleOnly {
				return w, b + 1
			}
		}
	}
	w := e.resolvePhrase(i, b, i)
	if w.ent >= 0 && b < s.b && e.toks[b].punct(',') && e.toks[i].cap() && e.ents[w.ent].gender == 0 && e.ents[w.ent].role == "" {
		// "Carrington Logistics, one of Britain's largest parcel
		// carriers, said": a body, that "the company" finds
		k := b + 1
		for k < s.b && k < b+12 && e.toks[k].kind == tWord {
			k++
		}
		if k < s.b && e.toks[k].punct(',') && e.bodyAppositive(b+1, k) {
			e.ents[w.ent].kind, w.kind = kBody, kBody
		}
	}
	return w, i
}

// dateOpening returns the end of a date that opens a sentence at token
// i with no comma after it, before "the": "In June 2020 the council", "On
// Monday the court"; or i.
func (e *engine) dateOpening(i, hi int) int {
	if i+2 >= hi || !e.toks[i].cap() || !e.wordIn(&e.toks[i], "in", "on", "by", "since", "until", "last", "earlier", "later") {
		return i
	}
	k := i + 1
	for k < hi && k < i+5 && (e.toks[k].fl&(fMonth|fWeekday|fTimeNoun) != 0 || e.toks[k].sh&sDigit != 0 || e.wordIn(&e.toks[k], "this", "that", "early", "late", "mid")) {
		k++
	}
	if k == i+1 || k >= hi || !e.toks[k].is(fThe) {
		return i
	}
	return k
}

// invertedCopula reports whether token k is the verb of a sentence that
// opens with where its subject stands: "Among the marchers was X".
func (e *engine) invertedCopula(i, k int) bool {
	t, p := &e.toks[k], &e.toks[k-1]
	return e.toks[i].fl&fPrep != 0 && t.lower() && e.wordIn(t, "was", "were") && p.kind == tWord && !e.wordIn(p, "that", "which", "who")
}

// subjectNamed reads a subject whose role [i,b) is followed by the name
// set off by commas: "The agency’s president, Emi Sato, struck …". It
// returns the attribution and the name's first token.
func (e *engine) subjectNamed(s span, i, b int) (int, attribution, bool) {
	if b < s.b && e.toks[b].punct(',') && e.hasRoleWord(i, b) {
		// "The agency’s president, Emi Sato, struck …"
		k := b + 1
		for k < s.b && k < b+10 && e.toks[k].kind == tWord {
			k++
		}
		// the name in the appositive: "The defendant, 24-year-old Ryan
		// Keller of Tampa, has pleaded"
		cs := b + 1
		for cs < k && !e.toks[cs].cap() {
			cs++
		}
		ce := cs
		for ce < k && (e.toks[ce].cap() && !notName(&e.toks[ce]) || e.toks[ce].lower() && e.toks[ce].fl&fConn != 0 && !strings.EqualFold(e.str(&e.toks[ce]), "of")) {
			ce++
		}
		// and, as much of the press prints it, with no comma to close
		// the name: "The Ashanti Regional Minister, Simon Osei Mensah
		// has justified …"
		unclosed := e.unclosedName(b+1, s.b)
		if unclosed > 0 {
			cs, ce = b+1, unclosed
		}
		suffix := ce == cs+1 && e.nameSuffix(&e.toks[cs]) // "Arnulfo Burgos, Jr.,": his name's
		// (or after the office held: "The first witness, former
		// financial controller Aoife Brennan, told the court")
		office := cs > b+1 && cs <= b+5 && e.allLower(b+1, cs) && e.roleHead(&e.toks[cs-1])
		if unclosed > 0 || k < s.b && cs < ce && !suffix && e.toks[k].punct(',') && (cs == b+1 || e.toks[cs-1].sh&sDigit != 0 || office) && !e.titledPerson(i, b) {
			w := e.resolvePhrase(cs, ce, cs)
			if w.ent >= 0 {
				w.role = stripDet(e.phraseText(i, b))
				e.addRole(w.ent, w.role)
				if office {
					e.addRoleWords(w.ent, e.phraseText(b+1, cs))
				}
			}
			return b + 1, w, true
		}
	}
	return 0, noOne, false
}

// officeBody returns the end of the body an office is of or to, which
// starts at token i after a title, a preposition and "the", with the
// holder's name after it: "Presidency" in "Minister in the Presidency
// Jeff Radebe", "UN" in "Ambassador to the UN Dorothy Shea"; or 0.
func (e *engine) officeBody(i int) int {
	if i < 3 || i+2 >= len(e.toks) || !e.toks[i-1].is(fThe) || !e.toks[i-2].lower() || !(e.toks[i-2].fl&(fPrep|fPrepOf) != 0 || e.wordIn(&e.toks[i-2], "to")) {
		return 0
	}
	// the title before, perhaps with what it is of: "Leader of
	// Opposition in the National Assembly Omar Ayub"
	titled := false
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		t := &e.toks[k]
		if t.cap() && t.fl&fTitle != 0 {
			titled = true
			break
		}
		if !(t.cap() || t.lower() && e.wordIn(t, "of", "for")) {
			break
		}
	}
	if !titled {
		return 0
	}
	// one word ("Presidency", "UN") or a few ending in a body's word
	// ("National Assembly"), a name of two words or more after it
	for k := i; k < len(e.toks) && k < i+4; k++ {
		t := &e.toks[k]
		if !t.cap() || t.fl&fPersonNoun != 0 {
			return 0
		}
		if t.fl&fOrg != 0 || k == i && t.sh&sAllCaps != 0 && acronym(e.str(t)) {
			if k+2 < len(e.toks) && e.plainName(k+1, k+3) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// nameSuffix reports whether t is the suffix a comma sets after a name:
// "Arnulfo Burgos, Jr.".
func (e *engine) nameSuffix(t *token) bool {
	return e.wordIn(t, "jr", "sr", "jr.", "sr.")
}

// titleParenName returns the name [ns,ne) that follows a title [i,j)
// and its short form in brackets, "Interior Cabinet Secretary (CS)
// Kithure Kindiki", or a body's short form and a role, or 0, 0.
func (e *engine) titleParenName(i, j, hi int) (int, int) {
	if j+4 >= hi || !e.toks[j].punct('(') || !e.toks[j+2].punct(')') || !acronym(e.str(&e.toks[j+1])) {
		return 0, 0
	}
	ns := j + 3
	if e.toks[j-1].fl&fTitle == 0 {
		// "International Olympic Committee (IOC) vice president John
		// Coates said": the body's short form, then the role and name
		for ns < hi && ns < j+7 && e.toks[ns].kind == tWord && (e.toks[ns].fl&fTitle != 0 || e.toks[ns].lower() && e.roleHead(&e.toks[ns])) {
			ns++
		}
		if ns == j+3 {
			return 0, 0
		}
	}
	ne := ns
	for ne < hi && ne < ns+4 && e.toks[ne].cap() && !notName(&e.toks[ne]) && e.toks[ne].fl&(fTitle|fOrg|fPlace) == 0 {
		ne++
	}
	if ne-ns < 2 {
		return 0, 0
	}
	return ns, ne
}

// possessedThing reports whether the words from k, after a possessive,
// name a thing rather than a person or role: "door to dialogue" in
// "China's door to dialogue", not "top Democrat" or "foreign minister".
func (e *engine) possessedThing(k, hi int) bool {
	n := 0
	for ; k < hi && n < 4; k, n = k+1, n+1 {
		t := &e.toks[k]
		if !t.lower() || t.fl&(fVerb|fFunc) != 0 {
			break
		}
		if e.roleHead(t) {
			return false
		}
	}
	return n > 0 && !(k < hi && e.toks[k].cap())
}

// titleRunBack returns where the title starts whose words the
// capitalised word at k ends, the title at most eight words back over
// capitalised words and "for", "of" and "and": "Union Minister for
// Electronics and IT"; or -1.
func (e *engine) titleRunBack(lo, k int) int {
	for j := k; j >= lo && j > k-8; j-- {
		t := &e.toks[j]
		if t.cap() && t.fl&fTitle != 0 {
			for j > lo && e.toks[j-1].cap() {
				j--
			}
			return j
		}
		if !t.cap() && !(t.lower() && e.wordIn(t, "for", "of", "and")) && !t.punct(',') {
			return -1 // (a list of portfolios: "Secretary of State for Culture, Media and Sport")
		}
	}
	return -1
}

// mentions registers the names sentence s mentions, so that pronouns,
// surnames and roles can find them later.
func (e *engine) mentions(s span) {
	e.smen = e.smen[:0]
	if e.headline {
		e.headlineNames(s)
		return
	}
	for i := s.a; i < s.b; {
		t := &e.toks[i]
		if !t.cap() || notName(t) && t.fl&fTitle == 0 || t.fl&fDet != 0 ||
			i-2 >= s.a && i+2 < s.b && e.wordIn(&e.toks[i-1], "and") && e.toks[i-2].cap() && e.toks[i+1].cap() && e.toks[i+2].cap() &&
				(e.toks[i-2].fl&fTitle != 0 || (i+3 >= s.b || !e.toks[i+3].cap()) && e.titleRunBack(s.a, i-2) >= 0) {
			i++ // a title's word: "Minister for Trade and Industry Lim Wei Han", "Minister for Electronics and IT and Railways Ashwini Vaishnaw"
			continue
		}
		if i > s.a && e.toks[i-1].punct(',') && e.nameSuffix(t) {
			// "Arnulfo Burgos, Jr.": the name's suffix, no one, but
			// part of the name at its fullest
			if n := len(e.smen); n > 0 && e.smen[n-1].tok < i && e.smen[n-1].tok >= i-6 {
				if en := &e.ents[e.smen[n-1].ent]; en.kind == kPerson && !en.roleOnly && !strings.Contains(en.name, ",") {
					suf := e.str(t)
					if !strings.HasSuffix(suf, ".") && int(t.e) < len(e.text) && e.text[t.e] == '.' {
						suf += "."
					}
					en.name += ", " + suf
				}
			}
			i++
			continue
		}
		j := i + 1
		if t.sh&sPoss == 0 {
			for j < s.b {
				u := &e.toks[j]
				if u.cap() && !notName(u) && u.fl&fDet == 0 {
					j++
					if u.sh&sPoss != 0 && !(e.pluralPossessive(u) && j < s.b && e.toks[j].cap() && e.toks[j].fl&fOrg != 0) {
						break // (but "UN Children’s Fund" is one name)
					}
					continue
				}
				if e.nameJoin(j, s.b) && j+1 < s.b && e.toks[j+1].cap() && !notName(&e.toks[j+1]) {
					j++
					continue
				}
				break
			}
		}
		if i == s.a && j > i+1 && ownedBy(e.str(t)) {
			i++ // "State-owned Petroecuador said": the sentence's capital is a modifier's
			continue
		}
		if i == s.a && j > i+3 && e.toks[i+1].lower() && e.wordIn(&e.toks[i+1], "of") && t.fl&(fOrg|fTitle|fPlace|fPersonNoun|fBodyNoun) == 0 && t.sh&sAllCaps == 0 {
			// "Removal of Supreme Court judge …": the sentence's capital
			// and its "of" are not the name's
			if _, ok := e.entBy[e.key(e.name(t))]; !ok && e.known.match(e.key(e.name(t))) < 0 {
				i += 2
				continue
			}
		}
		if j > i+2 && i-2 >= s.a && e.toks[i-1].lower() && e.toks[i-1].fl&(fPrep|fPrepOf) != 0 && e.toks[i-2].fl&fTitle != 0 &&
			country([]string{strings.ToLower(e.str(t))}) {
			j = i + 1 // "Ambassador to Somalia Ayşe Nur Demirtaş": the country, then the name
		}
		if j > i+2 {
			if end := e.officeBody(i); end > 0 {
				j = end // "Minister in the Presidency Jeff Radebe", "Ambassador to the UN Dorothy Shea"
			}
		}
		if ns, ne := e.titleParenName(i, j, s.b); ne > 0 {
			// "Interior Cabinet Secretary (CS) Kithure Kindiki": the
			// title, its short form, and the name after them
			if w := e.resolvePhrase(ns, ne, ns); w.ent >= 0 && e.ents[w.ent].kind != kBody {
				e.ents[w.ent].kind = kPerson
				e.addRole(w.ent, e.phraseText(i, j))
				e.addRoleWords(w.ent, strings.ToLower(e.str(&e.toks[j+1])))
				e.smen = append(e.smen, mention{ns, w.ent})
			}
			i = ne
			continue
		}
		if j == i+1 && i == s.a && t.sh&sAllCaps == 0 {
			// A lone capitalised word opening a sentence is a name only
			// if the text or the case has named it.
			key := e.key(e.name(t))
			if _, ok := e.entBy[key]; !ok && e.known.match(key) < 0 {
				i = j
				continue
			}
		}
		a := i
		if i > s.a && e.toks[i-1].is(fThe) {
			a = i - 1 // "the West", "the AJC": a body
		} else if i-1 > s.a && e.wordIn(&e.toks[i-1], "former") && e.toks[i-2].is(fThe) {
			a = i - 2 // "The former Meru Governor": an office once held
		}
		n := len(e.ents)
		w := e.resolvePhrase(a, j, i)
		if w.ent == n && n < len(e.ents) && i > s.a && e.wordIn(&e.toks[i-1], "in", "at", "near", "outside", "inside", "around") && e.toks[i-1].lower() {
			if en := &e.ents[w.ent]; en.kind == kPerson && en.role == "" {
				en.kind = kUnknown // "talks in Abu Dhabi": a place, most likely
			}
		}
		if w.ent >= 0 {
			e.smen = append(e.smen, mention{i, w.ent})
			if h := e.businessAppositive(j, s.b); h != "" && e.ents[w.ent].kind != kPerson {
				// "Hanul Aerospace, a mid-sized firm based in Changwon,"
				e.ents[w.ent].kind = kBody
				e.addRoleWords(w.ent, h)
			}
			if p := &e.toks[max(i-1, s.a)]; i > s.a && p.lower() && genericBody(e.str(p)) && e.ents[w.ent].kind != kPerson {
				// "French nuclear fuel group Avenor": a business, which
				// "the company" may stand for
				e.ents[w.ent].kind = kBody
				e.addRoleWords(w.ent, e.str(p))
			}
			if end := e.shortName(w.ent, i, j, s.b); end > j {
				j = end
			}
			if en := &e.ents[w.ent]; en.kind != kBody && !en.roleOnly && (i == s.a || e.toks[i-1].fl&fPrep == 0 || e.toks[i-1].lower()) {
				// "Mark Carr, the mayor of Lviv, toured the damage": the
				// role "the mayor" may stand for later (but in "In Lagos,
				// the protesters, …" Lagos is no protester)
				if role, stop := e.appositive(j, s.b); role != "" && e.personHeaded(j+1, stop) && !strings.HasSuffix(e.str(&e.toks[e.headOf(j+1, stop)]), "s") {
					en.kind = kPerson
					e.addRole(w.ent, role)
				} else if role := e.servedAs(j, s.b); role != "" {
					en.kind = kPerson
					e.addRole(w.ent, role)
				} else if role := e.roleBefore(s, i, j); role != "" {
					// "a call with his Latvian counterpart, Edgars Liepa."
					en.kind = kPerson
					e.addRole(w.ent, role)
				} else if j+1 < s.b && e.toks[j].punct(',') && e.longRole(j+1, s.b) {
					// "Markéta Dvořáková, a Czech Renew Europe MEP who sits on …,"
					who := j + 2
					for !e.toks[who].is(fPronRel) {
						who++
					}
					en.kind = kPerson
					e.addRole(w.ent, stripDet(e.phraseText(j+1, who)))
				}
			}
		}
		i = j
	}
}

// ownedBy reports whether w is a compound modifier saying who owns,
// backs or bases a body: "State-owned", "Kremlin-backed", "Paris-based".
func ownedBy(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i+1:]) {
	case "owned", "run", "backed", "based", "controlled", "linked", "funded", "affiliated", "led", "aligned", "allied", "held":
		return true
	}
	return false
}

// roleBefore reads a role set off by a comma before a name [i,j) that
// ends its clause: "his Latvian counterpart, Edgars Liepa." It returns
// "" when there is none.
func (e *engine) roleBefore(s span, i, j int) string {
	if i-2 <= s.a || !e.toks[i-1].punct(',') || j < s.b && !e.toks[j].punct(',') && !e.toks[j].punct('.') {
		return ""
	}
	h := &e.toks[i-2]
	// (and a capitalised office: "officials including the Greek Prime
	// Minister, Kyriakos Mitsotakis, had met")
	if !h.lower() && !(h.cap() && h.fl&fTitle != 0) || h.fl&fPersonNoun == 0 || h.fl&fBodyNoun != 0 || strings.HasSuffix(e.str(h), "s") {
		return ""
	}
	st := e.npBack(s.a, i-2)
	if st < 0 {
		return ""
	}
	if t := &e.toks[st]; t.fl&fDet != 0 {
		st++ // "his", "the"
	}
	if st >= i-1 {
		return ""
	}
	return e.phraseText(st, i-1)
}

// servedAs reads the office a relative clause after a name gives,
// ", who served as U.S. ambassador to Norway from 2014", ", who was
// finance minister until 2019": the role "the former envoy" may stand
// for. It returns "" when there is none.
func (e *engine) servedAs(j, hi int) string {
	k := j + 1
	if k+2 >= hi || !e.toks[j].punct(',') || !e.wordIn(&e.toks[k], "who") {
		return ""
	}
	k++
	if e.wordIn(&e.toks[k], "has", "had") {
		k++
	}
	if k+1 >= hi || !e.wordIn(&e.toks[k], "served", "serves", "was", "is", "worked", "works") {
		return ""
	}
	k++
	if e.wordIn(&e.toks[k], "as") {
		k++
	}
	end := e.npForward(k, hi)
	if end <= k || !e.personHeaded(k, end) {
		return ""
	}
	return stripDet(e.phraseText(k, end))
}

// businessAppositive returns the noun of ", a mid-sized firm" after a
// name ending at token j, when it is one for a business, or "".
func (e *engine) businessAppositive(j, hi int) string {
	if j+2 >= hi || !e.toks[j].punct(',') || !e.wordIn(&e.toks[j+1], "a", "an") {
		return ""
	}
	for k := j + 2; k < hi && k < j+7; k++ {
		t := &e.toks[k]
		if t.kind != tWord || !t.lower() {
			return ""
		}
		if w := e.str(t); genericBody(w) {
			return w
		}
	}
	return ""
}

// shortName reads the short form a body's name [a,b) is given in
// brackets after it, "Mujahedin-e-Khalq (MEK)", "Ministry of Defence
// (MoD)", "Canadian Centre for Cyber Security (Cyber Centre)", and makes
// it a name of the same entity. A short form met before its definition
// (a headline's "NCSC") takes the full name. It returns the token after
// the closing bracket, or b when there is no short form.
func (e *engine) shortName(w, a, b, hi int) int {
	if b+2 >= hi || !e.toks[b].punct('(') {
		return b
	}
	c := b + 1
	for c < hi && c < b+6 && e.toks[c].cap() {
		c++
	}
	if c == b+1 || c >= hi || !e.toks[c].punct(')') {
		return b
	}
	short := e.phraseText(b+1, c)
	if en := &e.ents[w]; en.kind == kPerson {
		if c != b+2 || !acronym(short) || en.role != "" || len(en.roles) > 0 || en.gender != 0 || partyState(short) {
			return b
		}
		// "ISRO's Geosynchronous Satellite Launch Vehicle (GSLV-F16)": a
		// name given a short form is a body's or a thing's, which "he"
		// is not, though its words first read as a person's
		en.kind = kBody
		e.notPerson(w)
	}
	if c == b+2 && !acronym(short) && !e.spelt(short, a, b) || c > b+2 && !e.wordsOf(b+1, c, a, b) {
		return b
	}
	if c == b+2 {
		// "Federal Department of Defence, Civil Protection and Sport
		// (DDPS)": a name with commas in it, which the acronym spells
		if k := e.commaName(a, short); k < a {
			a = k
			if w = e.entity(e.phraseText(a, b), kBody, ""); w < 0 {
				return b
			}
		}
	}
	full := e.ents[w].name
	key := e.key(short)
	if old, ok := e.entBy[key]; ok && old != w {
		if en := &e.ents[old]; len(en.nameWords) == 1 && en.kind != kPerson {
			en.name = full // the headline's acronym, defined now
		} else {
			return c + 1
		}
		delete(e.names, short)
		delete(e.namesAtStart, short)
	}
	e.entBy[key] = w
	return c + 1
}

// partyState reports whether a short form in brackets is a legislator's
// party and state, "(R-TX)", "(D-Calif)", not a name's short form.
func partyState(s string) bool {
	return len(s) > 2 && s[1] == '-' && strings.ContainsRune("RDI", rune(s[0]))
}

// spelt reports whether a short form set as a word ("Aosis", "Nato")
// spells the initials of the name [a,b): "Alliance of Small Island
// States".
func (e *engine) spelt(short string, a, b int) bool {
	var ini strings.Builder
	for k := a; k < b; k++ {
		if t := &e.toks[k]; t.kind == tWord {
			r, _ := utf8.DecodeRuneInString(e.str(t))
			ini.WriteRune(unicode.ToLower(r))
		}
	}
	return len(short) >= 3 && ini.Len() >= 3 && strings.ToLower(short) == ini.String()
}

// acronym reports whether a word is an abbreviation: two to eight letters
// with at least two capitals (MEK, MoD, DfE), not a word in capitals for
// emphasis.
func acronym(w string) bool {
	upper, n := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLetter(r):
		case r == '-' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
		n++
	}
	return upper >= 2 && n <= 8
}

// wordsOf reports whether every word of [a,b) is a word of [c,d): "Cyber
// Centre" of "Canadian Centre for Cyber Security".
func (e *engine) wordsOf(a, b, c, d int) bool {
	for k := a; k < b; k++ {
		found := false
		for m := c; m < d && !found; m++ {
			found = strings.EqualFold(e.name(&e.toks[k]), e.name(&e.toks[m]))
		}
		if !found {
			return false
		}
	}
	return true
}

// commaName returns where a body's name that ends at the capitalised
// words starting at a begins, when earlier parts set off by commas are
// part of it: the acronym spells the name only with them.
func (e *engine) commaName(a int, short string) int {
	end := a
	for end < len(e.toks) && !e.toks[end].punct('(') {
		end++
	}
	spells := func(a int) bool {
		var ini []string
		for k := a; k < end; k++ {
			if e.toks[k].cap() {
				ini = append(ini, strings.ToLower(e.name(&e.toks[k])))
			}
		}
		return subsequence(strings.ToLower(short), initials(ini))
	}
	if spells(a) {
		return a
	}
	best := a
	for k := a - 1; k >= 0 && k > a-14; k-- {
		t := &e.toks[k]
		if !(t.cap() && !notName(t) || t.punct(',') || t.lower() && (t.fl&fConn != 0 || e.wordIn(t, "and"))) {
			break
		}
		if t.cap() && (k == 0 || !e.toks[k-1].cap()) && spells(k) {
			best = k
		}
	}
	return best
}

// subsequence reports whether the letters of s appear in t in order.
func subsequence(s, t string) bool {
	for _, r := range t {
		if s == "" {
			break
		}
		if rune(s[0]) == r {
			s = s[1:]
		}
	}
	return s == ""
}

// headlineNames registers the names a headline gives after a person's
// title, whose other capitalised words are not names: "Foreign Ministry
// Spokesperson Chen Li's Regular Press Conference".
func (e *engine) headlineNames(s span) {
	for i := s.a; i+2 < s.b; i++ {
		t := &e.toks[i]
		if !t.cap() || t.fl&fTitle == 0 || t.fl&fPersonNoun == 0 {
			continue
		}
		j := i + 1
		for j < s.b && j < i+4 && e.toks[j].cap() && !notName(&e.toks[j]) && e.toks[j].fl&(fTitle|fOrg|fPlace) == 0 {
			j++
			if e.toks[j-1].sh&sPoss != 0 {
				break
			}
		}
		if j-i >= 3 && (j == s.b || e.toks[j-1].sh&sPoss != 0 || !e.toks[j].cap()) {
			if w := e.resolvePhrase(i, j, i); w.ent >= 0 {
				e.smen = append(e.smen, mention{i, w.ent})
			}
		}
		i = j - 1
	}
}

// noteDocuments records who issued the documents sentence s mentions
// ("The ministry issued a statement", "said in a statement"), so that a
// later "the statement said" finds its author.
func (e *engine) noteDocuments(s span, attrs []attr) {
	for i := s.a + 1; i < s.b; i++ {
		t := &e.toks[i]
		if !t.lower() || t.fl&fDocNoun == 0 {
			continue
		}
		p := i + 1
		for p < s.b && p < i+6 && e.toks[p].kind == tWord && !e.wordIn(&e.toks[p], "signed", "issued", "released", "sent", "published") && e.toks[p].fl&(fVerb|fPart) == 0 {
			p++ // "a statement from Buhari's office signed by …"
		}
		if p >= s.b || p >= i+6 || e.toks[p].kind != tWord {
			p = i + 1
		}
		st, end := e.docByAt(s, i+1, p)
		if st == 0 && i+2 < s.b && e.toks[i+1].lower() && e.wordIn(&e.toks[i+1], "from") {
			// "A statement from the FA confirmed that …": its author
			if end = e.npForward(i+2, s.b); end > i+2 {
				st = i + 2
			}
		}
		if st > 0 {
			// "A statement issued in Port Harcourt by the Police Public
			// Relations Officer, Nnamdi Omoni said": its author
			if n, ne := e.nameAfterRole(st, end, s.b, true); n > 0 {
				st, end = n, ne
			}
			if who := e.resolvePhrase(st, end, i); who.ok() {
				a := attribution{ent: who.ent, text: who.text, kind: who.kind}
				e.docAuthor[strings.ToLower(e.name(t))] = a
				if t.fl&fChannel != 0 {
					e.lastDoc = a // a statement, not "orders issued by the government"
				}
				continue
			}
		}
		issued := false
		for k := i - 1; k >= s.a && k >= i-4; k-- {
			u := &e.toks[k]
			if u.is(fIssue) || (u.lower() || k == s.a) && strings.EqualFold(e.str(u), "in") { // "In a statement, the ministry said"
				issued = true
				break
			}
		}
		if !issued {
			continue
		}
		who := e.curSubj
		for _, a := range attrs {
			if a.who.ok() && !a.according {
				who = a.who
				break
			}
		}
		if who.ok() {
			a := attribution{ent: who.ent, text: who.text, kind: who.kind}
			e.docAuthor[strings.ToLower(e.name(t))] = a
			if t.fl&fChannel != 0 {
				e.lastDoc = a // "In a statement, …"; not "In a ruling delivered Friday, Justice X found"
			}
		}
	}
}

// describe completes an attribution with its verb, channel and date.
func (e *engine) describe(a attr, s span) attribution {
	w := a.who
	w.verb = e.verbText(a)
	w.channel = e.channelNear(s, a.verb)
	w.date = e.dateNear(s, a.verb)
	return w
}

// verbText returns the attribution verb as the text has it: "said",
// "told reporters", "according to".
func (e *engine) verbText(a attr) string {
	switch {
	case a.according && !e.wordIn(&e.toks[a.verb], "according", "for"):
		return strings.ToLower(e.phraseText(a.verb, a.verbEnd)) // "in the words of", "assurance"
	case a.according:
		return "according to"
	case a.verbEnd > a.verb+1:
		return strings.ToLower(e.str(&e.toks[a.verb])) + " " + e.phraseText(a.verb+1, a.verbEnd)
	}
	return strings.ToLower(e.str(&e.toks[a.verb]))
}
