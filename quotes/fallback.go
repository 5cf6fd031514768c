package quotes

import (
	"strings"
	"unicode"
)

// implied returns the speaker the discourse gives an unattributed
// quotation at token qi: the clause before a colon, the introduction of
// a list, or the speaker of the quotation just before.
func (e *engine) implied(qi int) (attribution, bool) {
	if qi >= 0 && qi+2 < len(e.toks) && e.toks[qi+1].punct(':') {
		// "‘We will not be intimidated’: Baltic leaders defy Moscow"
		if b := e.npForward(qi+2, len(e.toks)); b > qi+2 {
			if w := e.resolvePhrase(qi+2, b, qi+2); w.ok() {
				return w, true
			}
		}
	}
	switch {
	case qi > 0 && e.toks[qi-1].punct(':') && e.curSubj.ok() && e.curSubjTok < qi:
		return e.curSubj, true
	case (qi == 0 || qi == 1 && e.toks[0].kind == tPunct) && e.intro.ok():
		return e.intro, true
	case e.lastQuoteNo >= e.sentNo-1 && e.lastQuote.ok():
		if e.asker.ok() && e.asker.ent != e.lastQuote.ent && qi >= 0 && e.isQuestion(qi) {
			// an interview: a question standing alone after the answer is
			// the interviewer's, who asked the last one
			e.answerer, e.askedNo = e.lastQuote, e.sentNo
			return e.asker, true
		}
		return e.lastQuote, true
	}
	return noOne, false
}

// settle gives an unattributed quotation at token qi its speaker: the
// one implied, else the next sentence's (resolvePending), else the
// subject of the sentence before.
func (e *engine) settle(di, qi int) {
	d := &e.drafts[di]
	if !e.sentenceLike(d.parts[0]) && !e.followsOn(qi) {
		d.kind = Scare
		return
	}
	if d.kind == 0 {
		d.kind = Direct
	}
	d.implied = true
	a, ok := e.dashAfter(qi)
	if !ok {
		a, ok = e.implied(qi)
	}
	if ok {
		d.attr, d.has = a, true
		e.noteQuote(a)
		return
	}
	e.wait(di, e.prevSubj)
}

// dashAfter reads the signature a quotation carries after a dash in its
// own paragraph, as lists of reactions print them: "“…” — Gary Oldman,
// who received his first nomination". It is read before any
// introduction ("Reaction to the nominations:") the list has.
func (e *engine) dashAfter(qi int) (attribution, bool) {
	if qi < 0 || qi+2 >= len(e.toks) || e.toks[qi].kind != tQuote {
		return noOne, false
	}
	b := qi + 2
	for b < len(e.toks) && e.toks[b].kind != tQuote && !e.wordIn(&e.toks[b], "who", "which") && e.toks[b].fl&fPart == 0 {
		b++
	}
	return e.dashSigned(span{a: qi + 1, b: b})
}

// followsOn reports whether the quotation at qi is a sentence of its
// own right after the same paragraph's quotation in the sentence before,
// however short: "“They cannot point to one sentence,” Ms. Ghali said.
// “Not one.”"
func (e *engine) followsOn(qi int) bool {
	if qi != e.sentStart || e.lastQuoteNo != e.sentNo-1 || !e.lastQuote.ok() || e.lastQuotePara != e.para {
		return false
	}
	t := &e.toks[qi]
	if t.kind != tQuote || !e.segEndsSentence(int(t.seg)) || qi+1 < len(e.toks) && e.toks[qi+1].kind == tWord {
		return false
	}
	return startsUpper(e.text[e.segs[t.seg].start:e.segs[t.seg].end])
}

// closeDraft finishes a quotation that ran over paragraphs.
func (e *engine) closeDraft(di int) {
	d := &e.drafts[di]
	switch {
	case d.has:
	case d.prevOK:
		d.attr, d.has = d.prev, true
	default:
		if d.kind == 0 {
			d.kind = Direct
		}
		e.wait(di, e.prevSubj)
		return
	}
	if d.kind == 0 {
		d.kind = Direct
	}
	e.noteQuote(d.attr)
}

// wait makes draft di wait for the next sentence to name its speaker,
// with fallback if it does not.
func (e *engine) wait(di int, fallback attribution) {
	e.resolvePending(span{}, nil)
	d := &e.drafts[di]
	d.prev, d.prevOK = fallback, fallback.ok()
	e.pending, e.pendingNo = di, e.sentNo
}

// resolvePending gives the waiting quotation the speaker the sentence s
// after it names, if s points back at it with a word like "remarks" or
// "words" ("Those were the words of X"); else its fallback. A plain
// "X said …" after an unattributed quotation is not taken: it is as
// often someone else.
func (e *engine) resolvePending(s span, attrs []attr) {
	if e.pending < 0 {
		return
	}
	if s.b > s.a {
		if w, ok := e.dashSigned(s); ok {
			e.giveWaiting(w)
			return
		}
		if w, ok := e.cueNamed(s); ok {
			// (but "In response to Mr Johnson, Mr Corbyn called on him
			// to quit": the words were Johnson's)
			for _, a := range attrs {
				if e.inResponse(s) {
					break
				}
				if a.who.ok() && !e.toks[a.a].is(fPronPerson|fPronBody|fPronPlural) {
					w = a.who // "X made the remarks"
					w.verb = e.verbText(a)
					break
				}
			}
			e.giveWaiting(w)
			return
		}
	}
	d := &e.drafts[e.pending]
	e.pending = -1
	if d.prevOK {
		d.attr, d.has = d.prev, true
		d.attr.verb = ""
	}
}

// dashSigned reads a line that signs the quotation above it, as press
// releases set them: "– The Honourable Danielle Arsenault, Minister of
// Foreign Affairs". It returns the name, with the rest as its role.
func (e *engine) dashSigned(s span) (attribution, bool) {
	first := &e.toks[s.a]
	if first.kind != tPunct || !strings.ContainsRune("-–—", first.r) || s.a+2 >= s.b {
		return noOne, false
	}
	end := s.a + 1
	for end < s.b && e.toks[end].kind == tWord && e.toks[end].fl&(fVerb|fPart) == 0 {
		end++
	}
	if end < s.b && !e.toks[end].punct(',') && !e.toks[end].punct('.') {
		return noOne, false
	}
	w := e.resolvePhrase(s.a+1, end, s.a)
	if !w.ok() {
		return noOne, false
	}
	if end+1 < s.b && w.ent >= 0 {
		role := strings.TrimRight(e.phraseText(end+1, s.b), ".")
		if w.role == "" || e.key(w.role) == "honourable" || e.key(w.role) == "honorable" {
			w.role = role // the office, not the style "The Honourable"
		}
		e.addRole(w.ent, role)
	}
	return w, true
}

// inResponse reports whether sentence s opens as a reply to the
// quotation before it: "In response to Mr Johnson, …", "In reply to her,
// …".
func (e *engine) inResponse(s span) bool {
	return s.a+2 < s.b && e.wordIn(&e.toks[s.a], "in") && e.wordIn(&e.toks[s.a+1], "response", "reply", "answer") && e.wordIn(&e.toks[s.a+2], "to")
}

// giveWaiting gives the waiting quotation speaker a.
func (e *engine) giveWaiting(a attribution) {
	d := &e.drafts[e.pending]
	e.pending = -1
	d.attr, d.has = a, true
}

// cueNamed returns the first person or body named after a word like
// "remarks" or "words" in sentence s: "Those were the words of Interior
// Minister X."
func (e *engine) cueNamed(s span) (attribution, bool) {
	cue := -1
	for i := s.a; i < s.b; i++ {
		if e.toks[i].lower() && e.toks[i].fl&fCue != 0 {
			cue = i
			break
		}
	}
	if cue < 0 {
		return noOne, false
	}
	for _, m := range e.smen {
		if m.tok > cue {
			return attribution{ent: m.ent, kind: e.ents[m.ent].kind}, true
		}
	}
	if e.curSubj.ok() && e.curSubjTok <= cue {
		return e.curSubj, true // "The message flashed on every screen"
	}
	return noOne, false
}

// noteQuote records an attributed quotation, for the unattributed ones
// that follow it.
func (e *engine) noteQuote(a attribution) {
	e.prevSubj, e.prevNarr = a, false
	if strings.HasPrefix(a.verb, "ask") && a.ent >= 0 {
		if e.lastQuote.ok() && e.lastQuote.ent != a.ent {
			e.answerer = e.lastQuote
		}
		e.asker, e.askedNo = a, e.sentNo
	}
	e.lastQuote, e.lastQuoteNo, e.lastQuotePara = a, e.sentNo, e.para
}

// isQuestion reports whether the quotation at token qi ends in a
// question mark.
func (e *engine) isQuestion(qi int) bool {
	t := &e.toks[qi]
	if t.kind != tQuote {
		return false
	}
	sg := &e.segs[t.seg]
	q := strings.TrimRight(e.text[sg.start:sg.end], " ")
	return strings.HasSuffix(q, "?")
}

// sentenceLike reports whether a quoted part reads as a sentence of its
// own: it starts with a capital and has three words or more.
func (e *engine) sentenceLike(p span) bool {
	s := e.text[p.a:p.b]
	for _, r := range s {
		if isLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			break
		}
		if isWord(r) {
			break
		}
	}
	return wordCount(s) >= 3
}

func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isWord(r)
		if w && !in {
			n++
		}
		in = w || in && (r == '’' || r == '\'' || r == '-')
	}
	return n
}
