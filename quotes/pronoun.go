package quotes

import "strings"

// resolvePronoun says whom pronoun t, at token at, refers to: for "he"
// and "she" the subject of this or the last sentence if a person,
// else the last person named; for
// "it" likewise a body; for "who" the name just before. A person's
// gender, when the text has shown it, must agree with "he" or "she"; a
// body's spokesperson is a person.
func (e *engine) resolvePronoun(t *token, at int) attribution {
	subjects := [...]attribution{noOne, e.prevSubj}
	if e.curSubj.ok() && e.curSubjTok < at && !(e.parenthetical(at) && e.afterSubject(at)) {
		subjects[0] = e.curSubj
	}
	var want uint8
	switch {
	case t.fl&fPronRel != 0:
		// "Prof. Ewa Sadowska, a constitutional law expert at the
		// University of Warsaw, who called": the person, not where they work
		for k := len(e.smen) - 1; k >= 0; k-- {
			if m := e.smen[k]; m.tok < at && e.ents[m.ent].kind != kBody {
				return attribution{ent: m.ent, kind: e.ents[m.ent].kind}
			}
		}
		for k := len(e.smen) - 1; k >= 0; k-- {
			if e.smen[k].tok < at {
				i := e.smen[k].ent
				return attribution{ent: i, kind: e.ents[i].kind}
			}
		}
		if e.prevSubj.ok() {
			return e.prevSubj
		}
		return attribution{ent: -1, anon: true}
	case t.fl&fPronPlural != 0:
		for _, s := range subjects {
			if s.ok() {
				return s
			}
		}
		if w := e.lastOf(kBody); w.ok() {
			return w
		}
		return attribution{ent: -1, anon: true}
	case t.fl&fPronPerson != 0:
		want = kPerson
	default:
		want = kBody
	}
	g := uint8(0)
	if want == kPerson {
		g = pronounGender(e.str(t))
	}
	asked := -1 // “…?” one reporter called out. “…,” he replied: not the one who asked
	if e.askedNo == e.sentNo-1 && e.asker.ent >= 0 && at+1 < len(e.toks) && (e.replyAt(at) || e.replyAt(at+1)) {
		asked = e.asker.ent
	}
	fits := func(s attribution) bool {
		if !s.ok() || asked >= 0 && s.ent == asked {
			return false
		}
		if s.kind != want && s.kind != kUnknown && !(want == kPerson && s.kind == kBody && speaksFor(s.role)) {
			return false
		}
		if want == kPerson && s.kind != kPerson && s.ent >= 0 && len(e.ents[s.ent].roles) == 0 && country(e.ents[s.ent].nameWords) {
			return false // "Britain can hold a week's demand. “…,” she said": not Britain
		}
		if want == kPerson && s.ent >= 0 && e.pluralRole(s.ent) {
			return false // "Officers who searched his home …. Interviewed, he told them"
		}
		if g != 0 && s == subjects[0] && e.bareOpening(s.ent) {
			return false // "Inflation would fall “quite sharply”, he said": not a name
		}
		if g != 0 {
			if sg := e.genderOf(s); sg != 0 && sg != g {
				return false
			}
		}
		return true
	}
	if !subjects[0].ok() && e.askedNo == e.sentNo-1 && e.prevSubj.ent >= 0 && e.prevSubj.ent == e.asker.ent && fits(e.answerer) && !e.goesOn(at) {
		return e.answerer // “…?” she said after a question: the one asked answers
	}
	if g != 0 && !subjects[0].ok() && e.turnBack(at) && fits(e.asker) {
		return e.asker // “…?” A asked. “…,” replied B. “…!” she said: A again
	}
	for k, s := range subjects {
		if fits(s) {
			if k == 0 || e.prevNarr {
				// the subject of this sentence, or of a sentence of the
				// reporter's own before: "Councilor Maria Santos accused
				// the mayor. “…,” she said."
				return e.agree(s, g)
			}
			return s
		}
	}
	if want == kBody && !subjects[0].ok() && e.lastDoc.ent >= 0 && e.lastQuote.ent == e.lastDoc.ent && e.lastQuoteNo >= e.sentNo-3 {
		// "“…,” said a statement … signed by X. “…,” it said": the
		// statement, whose words are its author's
		return e.lastQuote
	}
	for k := len(e.smen) - 1; k >= 0; k-- {
		if m := e.smen[k]; m.tok < at && e.ents[m.ent].kind == want {
			if a := (attribution{ent: m.ent, kind: want}); fits(a) {
				return a
			}
		}
	}
	if w := e.lastOf(want); w.ok() {
		if fits(w) {
			return w
		}
		if i := e.lastFitting(want, g, asked); i >= 0 {
			return attribution{ent: i, kind: want}
		}
		return w
	}
	if w := e.lastOf(kUnknown); w.ok() {
		return w
	}
	return attribution{ent: -1, anon: true}
}

// bareOpening reports whether entity i is one capitalised word first
// met as the opening word of this sentence, with no role and no known
// actor: a person is named in full before a story calls them by one
// word, so this is more likely a common noun ("Inflation would …")
// than someone "he" or "she" is.
func (e *engine) bareOpening(i int) bool {
	if i < 0 {
		return false
	}
	en := &e.ents[i]
	return en.kind == kUnknown && en.sent == e.sentNo && e.curSubjTok == e.sentStart && len(en.nameWords) == 1 && len(en.roles) == 0 && en.actor < 0
}

// parenthetical reports whether the pronoun at token at opens an
// attribution set off by commas inside the reported sentence, whose
// subject is what was said about, not who said it: "Ferraro and other
// analysts, she said, were “confusing a bad day with a crisis.”"
func (e *engine) parenthetical(at int) bool {
	if at > 0 && at < len(e.toks) && e.toks[at].fl&fVerb != 0 && e.toks[at-1].fl&pronouns != 0 {
		at-- // at the verb of "she said"
	}
	return at > e.sentStart+1 && at+2 < len(e.toks) && e.toks[at-1].punct(',') && e.toks[at+1].fl&fVerb != 0 && e.toks[at+2].punct(',')
}

// afterSubject reports whether the parenthetical attribution at token
// at ("…, she said, …") comes right after the sentence's subject, which
// is then what was said about: "Ferraro and other analysts, she said,
// were “…”"; not "…, which, he said, had “…”".
func (e *engine) afterSubject(at int) bool {
	if e.toks[at].fl&fVerb != 0 {
		at--
	}
	end := e.npForward(e.curSubjTok, at)
	for end < at-1 && e.toks[end].kind == tWord && !e.wordIn(&e.toks[end], "which", "who", "that") {
		end++ // "Ferraro and other private analysts"
	}
	return end == at-1
}

// replyAt reports whether token k is a verb of replying.
func (e *engine) replyAt(k int) bool {
	return e.wordIn(&e.toks[k], "replied", "answered", "responded", "retorted", "shot")
}

// goesOn reports whether the pronoun at k is followed by a verb of
// going on with one's own words ("she added", "he continued"), which
// after a question is the asker again, not the one asked.
func (e *engine) goesOn(k int) bool {
	return k+1 < len(e.toks) && e.wordIn(&e.toks[k+1], "added", "continued", "went", "adds", "continues")
}

// pluralRole reports whether entity i is people named by a plural noun
// ("Officers", "two senators"), whom "he" or "she" cannot be.
func (e *engine) pluralRole(i int) bool {
	en := &e.ents[i]
	w := en.nameWords
	for k := 1; k+1 < len(w); k++ {
		if lexicon[w[k+1]]&(fPrep|fPrepOf) != 0 && strings.HasSuffix(w[k], "s") && !strings.HasSuffix(w[k], "ss") && lexicon[w[k]]&fPersonNoun != 0 {
			return true // "Local residents at Moghor", its sentence's capital on an adjective
		}
	}
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if !en.roleOnly && len(w) > 1 {
		// a name, or "Officers" opening a sentence; but "Some 400
		// academics", in lower case after its capital, is no name
		return lowerTail(en.name, last) && pluralNoun(last)
	}
	return pluralNoun(last) && lexicon[last]&fPersonNoun != 0
}

// lowerTail reports whether name ends in the word last as printed, in
// lower case after its other words: "Some 400 academics", not "Tom Jones".
func lowerTail(name, last string) bool {
	n := len(name) - len(last) - 1
	return n > 0 && name[n] == ' ' && name[n+1:] == last
}

// pluralNoun reports whether a lower-case noun has a plural's ending:
// "academics", not "witness".
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// turnBack reports whether the pronoun at token at, just after the
// quotation of someone who replied to the question before it ("“…?” Moore
// asked. “…,” replied Pierce."), takes the dialogue back to the one who
// asked: the one who replied is not known to have the pronoun's gender,
// and the pronoun's verb does not go on ("he added").
func (e *engine) turnBack(at int) bool {
	last := e.lastQuote
	if !last.ok() || last.ent < 0 || !e.asker.ok() || e.asker.ent == last.ent || e.prevSubj.ent != last.ent ||
		e.askedNo != e.lastQuoteNo-1 || e.lastQuoteNo != e.sentNo-1 || e.genderOf(last) != 0 {
		return false
	}
	switch last.verb {
	case "replied", "answered", "responded", "retorted", "countered", "shot back":
	default:
		return false
	}
	if at+1 < len(e.toks) && e.wordIn(&e.toks[at+1], "added", "adds", "continued", "went") {
		return false
	}
	return true
}

// agree returns a, noting that pronoun gender g referred to its person.
// Only a confident choice is noted (see its callers): a wrong one would
// mislead the next pronoun.
func (e *engine) agree(a attribution, g uint8) attribution {
	if g != 0 && a.ent >= 0 && e.ents[a.ent].kind == kPerson && e.ents[a.ent].gender == 0 {
		e.ents[a.ent].gender = g
	}
	return a
}

// learnGender gives the subject of sentence s the gender of a pronoun
// later in it when the subject is the only person the sentence names:
// "Hale said he would resign".
func (e *engine) learnGender(s span) {
	e.learnGenderWho(s)
	w := e.curSubj
	if w.ent < 0 || e.curSubjTok < 0 || e.ents[w.ent].kind != kPerson || e.ents[w.ent].gender != 0 {
		return
	}
	for _, m := range e.smen {
		if m.ent != w.ent && e.ents[m.ent].kind != kBody {
			return
		}
	}
	for i := e.curSubjTok + 1; i < s.b; i++ {
		t := &e.toks[i]
		if t.kind == tQuote {
			return // words inside a quotation are the speaker's own
		}
		if t.kind != tWord || !t.lower() {
			continue
		}
		switch strings.ToLower(e.str(t)) {
		case "he": // not "his" or "her": "Petrova rejected his account"
			e.ents[w.ent].gender = gMale
			return
		case "she":
			e.ents[w.ent].gender = gFemale
			return
		}
	}
}

// learnGenderWho learns a person's gender from the pronoun of the
// relative clause on them: "Hawa Ishag, 34, who walked for three nights
// with her four daughters".
func (e *engine) learnGenderWho(s span) {
	for _, m := range e.smen {
		en := &e.ents[m.ent]
		if en.kind != kPerson || en.gender != 0 {
			continue
		}
		k := m.tok + 1
		for k < s.b && k < m.tok+8 && !e.wordIn(&e.toks[k], "who") {
			if t := &e.toks[k]; t.kind == tQuote || t.cap() && k > m.tok+len(en.nameWords) {
				break
			}
			k++
		}
		if k >= s.b || !e.wordIn(&e.toks[k], "who") {
			continue
		}
		for k++; k < s.b && !e.toks[k].punct(',') && !e.toks[k].punct('.') && e.toks[k].kind != tQuote; k++ {
			if t := &e.toks[k]; t.lower() {
				switch strings.ToLower(e.str(t)) {
				case "he", "his", "him", "himself":
					en.gender = gMale
				case "she", "her", "hers", "herself":
					en.gender = gFemale
				}
				if en.gender != 0 {
					break
				}
			}
		}
	}
}

// lastFitting returns the entity of kind k mentioned last whose gender
// does not contradict g, among the recent ones, or -1.
func (e *engine) lastFitting(k, g uint8, not int) int {
	if k == kPerson {
		for j := len(e.recentPeople) - 1; j >= 0; j-- {
			if en := &e.ents[e.recentPeople[j]]; en.kind == k && !en.roleOnly && (en.gender == 0 || en.gender == g) && e.recentPeople[j] != not && !e.pluralRole(e.recentPeople[j]) {
				return e.recentPeople[j] // "Mr Hartley was arrested … Ms Pryce said … he told them"
			}
		}
	}
	return e.latest(func(i int, en *entity) bool {
		return en.kind == k && !en.roleOnly && (en.gender == 0 || en.gender == g) && i != not && (k != kPerson || !e.pluralRole(i))
	})
}

// speaksFor reports whether a role is one of speaking for a body: "a
// spokeswoman", "its spokesman".
func speaksFor(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && (spokes(f[len(f)-1]) || f[len(f)-1] == "speaker" || f[len(f)-1] == "delegate")
}

// lastOf returns the entity of kind k named last.
func (e *engine) lastOf(k uint8) attribution {
	i := e.lastUnknown
	switch k {
	case kPerson:
		i = e.lastPerson
	case kBody:
		i = e.lastBody
	}
	if i < 0 {
		return noOne
	}
	return attribution{ent: i, kind: k}
}
