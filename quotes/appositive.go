package quotes

import "strings"

// appositiveSubject reads a subject set off by commas before the verb at
// i, the comma at j: "Rama, the prime minister, said" or "the bloc's
// foreign policy chief, Henrik Vestergaard, said".
func (e *engine) appositiveSubject(s span, i, j int, a attr) (attr, bool) {
	k := j - 1
	for k > s.a && k > j-16 && !e.toks[k].punct(',') && e.toks[k].kind == tWord {
		k--
	}
	if k <= s.a || !e.toks[k].punct(',') || k+1 >= j {
		return attr{}, false
	}
	if first := &e.toks[k+1]; first.is(fPrep|fPronRel|fVerb|fPart) || first.lower() && (first.fl&fFunc != 0 || strings.HasSuffix(e.str(first), "ing")) {
		// ", in a video message posted on X," or ", who asked not to be
		// named,": not a role; the subject is before it.
		outer := e.npBack(s.a, k-1)
		if outer < 0 {
			return attr{}, false
		}
		a.a, a.b, a.first, a.last = outer, k, outer, a.verbEnd-1
		a.who = e.resolvePhrase(outer, k, i)
		return a, a.who.ok()
	}
	if e.allNames(k+1, j) && e.hasRoleWord(e.leftOfComma(s, k), k) {
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
	outer := e.npBack(s.a, k-1)
	if outer < 0 {
		return attr{}, false
	}
	a.first, a.last = outer, a.verbEnd-1
	a.a, a.b = outer, k
	a.who = e.resolvePhrase(outer, k, i)
	if a.who.ent >= 0 {
		a.who.role = stripDet(e.phraseText(k+1, j))
		e.addRole(a.who.ent, a.who.role)
	}
	return a, a.who.ok()
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
	for k := a; k < b; k++ {
		if e.toks[k].fl&(fTitle|fPersonNoun) != 0 || e.roleHead(&e.toks[k]) {
			return true
		}
	}
	return false
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
	for k < hi && k < i+14 && e.toks[k].kind == tWord && e.toks[k].fl&(fVerb|fPart) == 0 && e.toks[k].fl&pronouns == 0 {
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
	switch {
	case w.ent >= 0 && e.key(e.ents[w.ent].name) == e.key(short):
		e.ents[w.ent].name = stripThe(full)
		e.entBy[e.key(full)] = w.ent
	case w.ent < 0 && w.text == short:
		w.text = full
	}
}
