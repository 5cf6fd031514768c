package quotes

import (
	"strings"
	"unicode/utf8"
)

// attr is an attribution clause in a sentence: a speech verb and whoever
// it gives as the speaker.
type attr struct {
	verb, verbEnd int // the verb phrase [verb, verbEnd): "said", "told reporters", "according to"
	a, b          int // the speaker phrase, if the clause has one of its own
	first, last   int // the clause's first and last token
	who           attribution
	describe      bool // called, described: "called it “reckless”"
	according     bool
}

// by returns a with the speaker phrase [st,end) and who it names as its
// speaker; the clause runs from st to the verb's end.
func (a attr) by(st, end int, who attribution) attr {
	a.a, a.b, a.first, a.last, a.who = st, end, st, a.verbEnd-1, who
	return a
}

// attributions finds the attribution clauses of sentence s.
func (e *engine) attributions(s span) []attr {
	out := e.attrBuf[:0]
	if a, ok := e.forView(s); ok {
		out = append(out, a)
	}
	for i := s.a; i < s.b; i++ {
		t := &e.toks[i]
		if t.fl&fSaidNoun != 0 && t.lower() {
			if a, ok := e.inTheWords(s, i); ok {
				out = append(out, a)
				continue
			}
			if a, ok := e.possessedCue(s, i); ok {
				out = append(out, a)
				continue
			}
		}
		if a, ok := e.attributedTo(s, i); ok {
			out = append(out, a)
			continue
		}
		if k := e.madeAppeal(s, i); k > i {
			// "The UN human rights chief made a strong appeal to Iranian
			// authorities to stop their “unnecessary and
			// disproportionate” use of force": the appeal is their words
			if a, ok, passive := e.subjectBefore(s, i, attr{verb: i, verbEnd: k + 1}); ok && !passive {
				out = append(out, e.quoting(s, a))
			}
			continue
		}
		if t.kind != tWord || t.fl&(fVerb|fPart|fAccord) == 0 && !e.heldThat(s, i) && !e.reportsVerb(s, i) || e.reportsAsSaying(s, i) {
			continue
		}
		if a, ok := e.attribution(s, i, out); ok {
			out = append(out, a)
		}
	}
	e.attrBuf = out
	return out
}

// reportsVerb reports whether "reports" at i is the verb of the name
// before it, closing the sentence or a clause: "“…,” TechCrunch
// reports.", "Reuters reports that …"; not the noun of "Media reports
// said".
func (e *engine) reportsVerb(s span, i int) bool {
	t := &e.toks[i]
	if !t.lower() || i == s.a || !e.toks[i-1].cap() || e.text[t.s] != 'r' || !e.wordIn(t, "reports") {
		return false
	}
	return i+1 >= s.b || e.toks[i+1].kind == tPunct || e.wordIn(&e.toks[i+1], "that")
}

// attributedTo reads "The following statement can be attributed to the
// Commander, Southern Command, Michael Murphy:": the one it is
// attributed to, by the name at the end of the phrase when commas set it
// off.
func (e *engine) attributedTo(s span, i int) (attr, bool) {
	t := &e.toks[i]
	if t.kind != tWord || e.text[t.s] != 'a' || i+2 >= s.b || !e.wordIn(t, "attributed") || !e.wordIn(&e.toks[i+1], "to") {
		return attr{}, false
	}
	end := e.npForward(i+2, s.b)
	if end <= i+2 {
		return attr{}, false
	}
	st := i + 2
	if last := &e.toks[s.b-1]; last.punct(':') {
		c := s.b - 2
		for c > i+2 && !e.toks[c].punct(',') {
			c--
		}
		if c > i+2 && s.b-1-(c+1) >= 2 && e.plainName(c+1, s.b-1) {
			st, end = c+1, s.b-1 // the name after its role
		}
	}
	who := e.resolvePhrase(st, end, i)
	if st > i+2 && who.ent >= 0 {
		who.role = stripDet(e.phraseText(i+2, st-1))
		e.addRole(who.ent, who.role)
	}
	return attr{verb: i, verbEnd: i + 2, a: st, b: end, first: i, last: end - 1, who: who}, who.ok()
}

// madeAppeal returns the token of the noun for words said after "made",
// "issued" or "renewed" and at most two words: "made a strong appeal",
// "issued a plea"; or -1.
func (e *engine) madeAppeal(s span, i int) int {
	t := &e.toks[i]
	if c := e.text[t.s]; c != 'm' && c != 'i' && c != 'r' || t.e-t.s < 4 || t.e-t.s > 7 || t.kind != tWord ||
		!e.wordIn(t, "made", "makes", "issued", "issues", "renewed", "renews") {
		return -1 // (the first letter first: this runs on every word)
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		t := &e.toks[k]
		if t.kind != tWord || !t.lower() {
			return -1
		}
		if e.wordIn(t, "appeal", "plea", "call", "warning", "pledge", "promise") {
			return k
		}
	}
	return -1
}

// reportsAsSaying reports whether token i is "reported" with the one
// reported and "as saying" after it: "Local media reported party leader
// Yoshihiko Noda, himself a former PM, as saying:", whose "saying" is
// the attribution (see quotedAs).
func (e *engine) reportsAsSaying(s span, i int) bool {
	if t := &e.toks[i]; t.kind != tWord || e.text[t.s] != 'r' || !e.wordIn(t, "reported", "reports") {
		return false
	}
	for k := i + 1; k+1 < s.b && k <= i+15; k++ {
		t := &e.toks[k]
		if t.kind != tWord && !t.punct(',') {
			return false
		}
		if e.wordIn(t, "as") && e.wordIn(&e.toks[k+1], "saying") {
			return k > i+1
		}
	}
	return false
}

// heldThat reports whether token i is a court's "held that": "The
// Supreme Court on Friday held that orders must be “temporary”".
func (e *engine) heldThat(s span, i int) bool {
	t := &e.toks[i]
	return t.lower() && t.e-t.s == 4 && i+1 < s.b && e.wordIn(t, "held") && e.wordIn(&e.toks[i+1], "that")
}

// inTheWords reads "in the words of one witness," at token i, the
// "words", as "according to" is read.
func (e *engine) inTheWords(s span, i int) (attr, bool) {
	if i-2 < s.a || i+2 >= s.b || !e.wordIn(&e.toks[i], "words") || !e.wordIn(&e.toks[i-2], "in") ||
		!e.wordIn(&e.toks[i-1], "the") || !e.wordIn(&e.toks[i+1], "of") {
		return attr{}, false
	}
	b := e.npForward(i+2, s.b)
	if b == i+2 {
		return attr{}, false
	}
	a := attr{verb: i - 2, verbEnd: i + 2, a: i + 2, b: b, first: i - 2, last: b - 1, according: true,
		who: e.resolvePhrase(i+2, b, i)}
	return a, a.who.ok()
}

// possessedCue reads a speaker's noun for what they said, after their
// possessive, at token i: "the Ministry of Defence’s assurance that the
// programme is “on a stable footing”".
func (e *engine) possessedCue(s span, i int) (attr, bool) {
	if i-1 <= s.a || i+1 >= s.b || e.toks[i-1].sh&sPoss == 0 || !e.toks[i-1].cap() || e.wordIn(&e.toks[i], "words") {
		return attr{}, false
	}
	st := e.npBack(s.a, i-1)
	if st < 0 {
		return attr{}, false
	}
	a := attr{verb: i, verbEnd: i + 1, a: st, b: i, first: st, last: i, according: true, who: e.resolvePhrase(st, i, i)}
	return a, a.who.ok()
}

// forView reads a sentence that opens with whose view it gives, as
// wire copy translated from French does: "For Camille Rousseau-Dias, a
// researcher at IFRI, the incident is part of “…”". Only a person's
// name counts: in "For Moscow, the deal is “a red line”" no one is
// quoted.
func (e *engine) forView(s span) (attr, bool) {
	i := s.a
	if i < s.b && e.toks[i].kind == tPunct {
		i++
	}
	if i+3 >= s.b || !e.toks[i].cap() || !strings.EqualFold(e.str(&e.toks[i]), "for") {
		return attr{}, false
	}
	end := i + 1
	for end < s.b && end < i+6 && e.toks[end].kind == tWord {
		end++
	}
	if end-(i+1) < 2 || end >= s.b || !e.toks[end].punct(',') || !e.plainName(i+1, end) {
		return attr{}, false
	}
	a := attr{verb: i, verbEnd: i + 1, a: i + 1, b: end, first: i, last: end - 1, according: true,
		who: e.resolvePhrase(i+1, end, i)}
	if role, stop := e.appositive(end, s.b); role != "" && a.who.ent >= 0 && e.personRoleIn(end+1, stop) {
		a.who.role, a.last = role, stop-1
		e.addRole(a.who.ent, role)
	}
	return a, a.who.ok()
}

// readFromBy returns the author's phrase [st,end) of a document the verb
// at i reads or quotes from: "read from a witness statement by Paul
// Denholm", "quoted a letter from the ministry". It returns 0, 0 if
// none.
func (e *engine) readFromBy(s span, i int) (int, int) {
	if !e.toks[i].lower() || !e.wordIn(&e.toks[i], "read", "quoted", "cited") || i+4 >= s.b {
		return 0, 0
	}
	for d := i + 1; d+2 < s.b && d < i+7; d++ {
		t := &e.toks[d]
		if t.kind != tWord {
			return 0, 0
		}
		if t.lower() && t.fl&fDocNoun != 0 && e.wordIn(&e.toks[d+1], "by", "from") {
			if end := e.npForward(d+2, s.b); end > d+2 {
				return d + 2, end
			}
			return 0, 0
		}
	}
	return 0, 0
}

// postedDoc reports whether the verb at i is a participle saying where a
// document was put out ("a statement posted on Telegram", "a notice
// published on its website"), not a speech verb with a subject.
func (e *engine) postedDoc(s span, i int) bool {
	if i-1 <= s.a || i+1 >= s.b {
		return false
	}
	p, n := &e.toks[i-1], &e.toks[i+1]
	return p.lower() && p.fl&(fDocNoun|fChannel) != 0 && n.lower() && n.fl&(fPrep|fPrepOf) != 0 &&
		e.wordIn(&e.toks[i], "posted", "published", "released", "issued", "shared", "sent", "tweeted")
}

// docBy returns the author's phrase [st,end) of a document whose noun
// ends at b and which a participle says was put out "by" someone a few
// words on: "a note sent to clients on Monday by analysts at …", "a
// report published on Tuesday by the agency"; not "a memo seen by the
// Guardian", who reports it. It returns 0, 0 if none.
func (e *engine) docBy(s span, b int) (int, int) {
	return e.docByAt(s, b, b)
}

// docByAt is docBy with the participle at token p, a few words after the
// noun: "a statement from Buhari's office signed by his campaign
// spokesman".
func (e *engine) docByAt(s span, b, p int) (int, int) {
	if p >= s.b || b < 1 || e.toks[b-1].fl&fDocNoun == 0 || !e.wordIn(&e.toks[p], "sent", "published", "released", "issued", "written", "prepared", "compiled", "circulated", "signed") {
		return 0, 0
	}
	for k := p + 1; k < s.b && k < p+10; k++ {
		t := &e.toks[k]
		if t.kind != tWord || t.lower() && t.fl&(fVerb|fPart) != 0 {
			return 0, 0
		}
		if t.lower() && e.wordIn(t, "by") {
			end := e.npForward(k+1, s.b)
			if u := e.unnamedEnd(k+1, s.b); u > end {
				end = u
			}
			if end <= k+1 {
				return 0, 0
			}
			return k + 1, end
		}
	}
	return 0, 0
}

// isWord2 reports whether tokens i and i+1 are the words w1 and w2.
func isWord2(e *engine, i int, w1, w2 string) bool {
	return i+1 < len(e.toks) && e.toks[i+1].kind == tWord &&
		strings.EqualFold(e.str(&e.toks[i]), w1) && strings.EqualFold(e.str(&e.toks[i+1]), w2)
}

// attribution reads the clause around the speech word at token i.
func (e *engine) attribution(s span, i int, before []attr) (attr, bool) {
	t := &e.toks[i]
	if e.postedDoc(s, i) {
		return attr{}, false // "said in a statement posted on Telegram that"
	}
	if i > s.a && i+1 < s.b && e.toks[i-1].sh&sPoss != 0 && e.toks[i-1].kind == tWord && e.toks[i+1].lower() && e.toks[i+1].kind == tWord && t.sh&sLy == 0 &&
		strings.HasSuffix(e.str(t), "ed") {
		return attr{}, false // "Iran's alleged nuclear weapons program": an adjective
	}
	if st, end := e.readFromBy(s, i); st > 0 {
		// "The prosecutor also read from a witness statement by Paul
		// Denholm, …: ‘…’": the statement's words are its author's
		if who := e.resolvePhrase(st, end, i); who.ok() {
			return attr{verb: i, verbEnd: i + 1, a: st, b: end, first: i, last: end - 1, who: who}, true
		}
	}
	if t.fl&fAccord != 0 && isWord2(e, i, "according", "to") {
		if p := i + 2; p < s.b && e.wordIn(&e.toks[p], "him", "her", "them") && (p+1 == s.b || e.toks[p+1].kind != tWord) {
			// "According to her, the group …": whom the pronoun stands for
			pron := e.toks[p]
			if e.wordIn(&pron, "him", "her") {
				pron.fl |= fPronPerson
			} else {
				pron.fl |= fPronPlural
			}
			return attr{verb: i, verbEnd: p, a: p, b: p + 1, first: i, last: p,
				who: e.resolvePronoun(&pron, i), according: true}, true
		}
		b := e.npForward(i+2, s.b)
		if b == i+2 {
			b = e.plainPhrase(i+2, s.b) // "according to figures", "according to the data"
		}
		if b == i+2 {
			return attr{}, false
		}
		if n, end := e.nameAfterRole(i+2, b, s.b, true); n > 0 {
			// "according to the UN refugee agency, UNHCR, which says"
			who := e.resolvePhrase(n, end, i)
			if who.ent >= 0 {
				who.role = stripDet(e.phraseText(i+2, n-1))
				e.addRole(who.ent, who.role)
			}
			return attr{verb: i, verbEnd: i + 2, a: n, b: end, first: i, last: end - 1, who: who, according: true}, who.ok()
		}
		if st, end := e.docBy(s, b); st > 0 {
			// "according to a note sent to clients on Monday by analysts
			// at Aurelia Energy Partners": its authors
			if w := e.resolvePhrase(st, end, i); w.ok() {
				return attr{verb: i, verbEnd: i + 2, a: st, b: end, first: i, last: end - 1, who: w, according: true}, true
			}
		}
		if p := b + 2; p < s.b && e.postedDoc(s, b) && e.wordIn(&e.toks[p], "its", "their") {
			// "according to a notice posted on its website": whose it is
			w := e.resolvePronoun(&e.toks[p], i)
			if c := e.curSubj; c.ent >= 0 && e.curSubjTok < i && e.ents[c.ent].gender == 0 && (len(e.ents[c.ent].roles) == 0 || e.ents[c.ent].roleOnly) {
				w = c // "Riverbend Health detected …, according to a notice posted on its website": the subject, a body, "its" says
				e.ents[c.ent].kind, w.kind = kBody, kBody
			}
			if w.ent >= 0 {
				return attr{verb: i, verbEnd: i + 2, a: i + 2, b: b, first: i, last: p, who: w, according: true}, true
			}
		}
		return attr{verb: i, verbEnd: i + 2, a: i + 2, b: b, first: i, last: b - 1,
			who: e.resolvePhrase(i+2, b, i), according: true}, true
	}
	if t.cap() || i > s.a && e.toks[i-1].is(fDet) {
		return attr{}, false // "the alleged hackers", a sentence-initial "Saying"
	}
	if t.fl&fPart != 0 && t.fl&fVerb == 0 {
		if i > s.a && e.toks[i-1].kind == tQuote && i+1 < s.b && e.toks[i+1].lower() && e.toks[i+1].fl&(fFunc|fVerb|fPart|fDet|fPrep|fPrepOf|fConn|pronouns) == 0 && e.toks[i+1].sh&sLy == 0 {
			return attr{}, false // "the ‘loudest and clearest’ warning signal": a noun's modifier
		}
		if i+1 < s.b && e.toks[i+1].is(fReflex) {
			return attr{}, false // "a group calling itself …" names, not quotes
		}
		if i-4 >= s.a && e.toks[i-1].punct(',') {
			// "…, with shadow secretary of state for DCMS, Jo Stevens,
			// saying:": the name set off by commas after the role
			k := i - 2
			for k > s.a && e.toks[k].kind == tWord {
				k--
			}
			if e.toks[k].punct(',') && k+1 < i-1 && e.plainName(k+1, i-1) {
				st := k - 1
				for st > s.a && st > k-10 && e.toks[st-1].kind == tWord && !(e.toks[st-1].lower() && e.wordIn(&e.toks[st-1], "with")) {
					st--
				}
				if st > s.a && st < k && e.wordIn(&e.toks[st-1], "with") && e.toks[st-1].lower() && e.personHeaded(st, k) {
					if who := e.resolvePhrase(k+1, i-1, i); who.ent >= 0 && e.ents[who.ent].kind != kBody {
						who.role = stripDet(e.phraseText(st, k))
						e.addRole(who.ent, who.role)
						return attr{verb: i, verbEnd: i + 1, a: k + 1, b: i - 1, first: st - 1, last: i, who: who, describe: t.fl&fDescribe != 0}, true
					}
				}
			}
		}
		if i-2 >= s.a && e.toks[i-1].kind == tWord {
			if st := e.npBack(s.a, i-1); st > s.a && e.wordIn(&e.toks[st-1], "with") && e.toks[st-1].lower() {
				// "…, with the judge calling his conduct “cruel”": the
				// participle's own subject
				if who := e.resolvePhrase(st, i, i); who.ok() {
					return attr{verb: i, verbEnd: i + 1, a: st, b: i, first: st - 1, last: i, who: who,
						describe: t.fl&fDescribe != 0}, true
				}
			}
		}
		if st, end := e.participleSubject(s, i); st >= 0 {
			// "a commentary by North Korea's KCNA describing the launch as
			// “…”": the phrase the participle is on, not the sentence's subject
			if who := e.resolvePhrase(st, end, i); who.ok() {
				return attr{verb: i, verbEnd: i + 1, a: st, b: end, first: st, last: i, who: who, describe: t.fl&fDescribe != 0}, true
			}
		}
		if st, end, ok := e.quotedAs(s, i); ok {
			// "State television quoted Tom Reyes as saying": the one
			// quoted, not the one quoting
			if who := e.resolvePhrase(st, end, i); who.ok() {
				return attr{verb: i, verbEnd: i + 1, a: st, b: end, first: st - 1, last: i, who: who}, true
			}
		}
		if p := i - 1; p-1 >= s.a && t.fl&fDescribe == 0 && e.toks[p].lower() && e.wordIn(&e.toks[p], "is", "are", "was", "were") {
			// "According to the Daily Mirror, the prosecutors are saying
			// …": the progressive's own subject
			if st := e.npBack(s.a, p-1); st >= 0 {
				if who := e.resolvePhrase(st, p, i); who.ok() {
					return attr{verb: i, verbEnd: i + 1, a: st, b: p, first: st, last: i, who: who, describe: t.fl&fDescribe != 0}, true
				}
			}
		}
		who := e.curSubj
		for k := len(before) - 1; k >= 0; k-- {
			if before[k].who.ok() {
				who = before[k].who
				break
			}
		}
		if !who.ok() || e.curSubjTok > i {
			return attr{}, false
		}
		return attr{verb: i, verbEnd: i + 1, a: i, b: i, first: i, last: i, who: who,
			describe: t.fl&fDescribe != 0}, true
	}
	if t.fl&fNounToo != 0 && i > s.a {
		p := &e.toks[i-1]
		if p.sh&sPoss != 0 || p.is(fNum) || p.lower() && !e.roleHead(p) && p.fl&(pronouns|fDocNoun) == 0 {
			return attr{}, false // "Iran’s repeated claims"; but "the charge sheet states"
		}
		if e.wordIn(t, "states") && e.wordIn(p, "member", "nation", "island", "gulf", "baltic", "frontline", "nuclear", "rogue") {
			return attr{}, false // "EU member states"
		}
	}
	a := attr{verb: i, verbEnd: i + 1, describe: t.fl&fDescribe != 0}
	if t.fl&fObject != 0 {
		a.verbEnd = e.objectEnd(i+1, s.b)
		if a.verbEnd == i+1 && e.headPara && (i+1 == s.b || e.toks[i+1].kind == tPunct) {
			return attr{}, false // a headline's "…, MPs told": they were told
		}
	}
	b, ok, passive := e.subjectBefore(s, i, a)
	if ok {
		return e.quoting(s, b), true
	}
	if passive {
		return attr{}, false
	}
	// "“…,” said Rama, the prime minister."
	prev := &e.toks[max(i-1, s.a)]
	if t.fl&fInvert != 0 && i > s.a && (prev.kind == tQuote || prev.punct(',') || prev.punct('—') || prev.punct('–')) {
		if b := e.npForward(i+1, s.b); b > i+1 && !(b < s.b && e.toks[b].lower() && e.wordIn(&e.toks[b], auxiliaries...)) {
			// (not "…, said the Commission had been “far too slow”": what
			// was said, not who said it)
			if end := e.unnamedEnd(i+1, s.b); end > b {
				b = end // "explains an adviser to the economy minister"
			}
			if n, end := e.nameAfterRole(i+1, b, s.b, false); n > 0 {
				// "said the Minister of the Armed Forces, Bertrand
				// Lacaze,": the name is the speaker, the phrase its role.
				a.a, a.b, a.first, a.last = n, end, i, end-1
				a.who = e.resolvePhrase(n, end, i)
				if a.who.ent >= 0 {
					a.who.role = stripDet(e.phraseText(i+1, n-1))
					e.addRole(a.who.ent, a.who.role)
				}
				return a, a.who.ok()
			}
			a.a, a.b, a.first, a.last = i+1, b, i, b-1
			a.who = e.resolvePhrase(i+1, b, i)
			if role, end := e.appositive(b, s.b); role != "" && a.who.ent >= 0 {
				a.who.role, a.last = role, end-1
				e.addRole(a.who.ent, role)
			}
			return a, a.who.ok()
		}
	}
	// "The boss of a water company hit by a cyber-attack has said": the
	// subject is the sentence's, beyond what a phrase reaches back to.
	if len(before) == 0 && e.curSubj.ok() && e.curSubjTok < i && i-e.curSubjTok <= 14 && prev.kind == tWord {
		return a.by(i, i, e.curSubj), true
	}
	if len(before) == 0 && e.curSubj.ok() && e.curSubjTok < i && prev.punct(',') && e.relativeAfter(e.curSubjTok, i-1) {
		// "UNESCO, which placed the centre on its list in 2023, said it
		// was": the subject, before its relative clause
		return a.by(i, i, e.curSubj), true
	}
	return attr{}, false
}

// quoting gives a report's words to the one it quotes: "“…,” state-run
// Petra news agency reported, quoting foreign ministry spokeswoman Sabah
// Rafi" is Rafi's, and "…, the paper said, citing two officials" the
// officials'.
func (e *engine) quoting(s span, a attr) attr {
	p := a.verbEnd
	if p+2 >= s.b || !e.toks[p].punct(',') || !e.wordIn(&e.toks[p+1], "quoting", "citing") {
		return a
	}
	b := e.npForward(p+2, s.b)
	if end := e.unnamedEnd(p+2, s.b); end > b {
		b = end // "citing two people familiar with the matter"
	}
	if b == p+2 || e.toks[b-1].sh&sPoss != 0 || b < s.b && !e.toks[b].punct(',') && !e.toks[b].punct('.') {
		return a // "citing Bill Shorten's “excruciating performance”": what was cited, not who
	}
	if who := e.resolvePhrase(p+2, b, p+1); who.ok() {
		a.who = who
	}
	return a
}

// relativeAfter reports whether the comma at c closes a relative
// clause opened by ", which" or ", who" just after the subject at st.
func (e *engine) relativeAfter(st, c int) bool {
	for k := st + 1; k < c && k < st+8; k++ {
		if e.toks[k].punct(',') {
			return k+1 < c && e.wordIn(&e.toks[k+1], "which", "who")
		}
	}
	return false
}

// participleSubject returns the noun phrase [st,end) a participle at i
// follows with no comma between, when it names a document by its author
// or a speaker ("a commentary by KCNA describing", "a statement from the
// ministry calling"), or -1, -1.
func (e *engine) participleSubject(s span, i int) (int, int) {
	end := e.beforeParen(s.a, i-1)
	if end <= s.a || e.toks[end].kind != tWord || !e.toks[end].cap() {
		return -1, -1
	}
	for p := end - 1; p > s.a && p > end-10; p-- {
		t := &e.toks[p]
		if t.kind != tWord || t.lower() && t.fl&(fVerb|fPart) != 0 {
			return -1, -1
		}
		if t.lower() && e.wordIn(t, "by", "from") {
			if d := &e.toks[p-1]; d.lower() && d.fl&fDocNoun != 0 && p+1 <= end {
				return p + 1, end + 1
			}
			return -1, -1
		}
	}
	return -1, -1
}

// quotedAs returns the phrase [st,end) between "quoted" and "as" before
// the participle at i: "Interfax quoted the minister as saying"; the
// name, when a role comes first: "cited the deputy minister, Anna Lind,
// as saying".
func (e *engine) quotedAs(s span, i int) (st, end int, ok bool) {
	if i-3 < s.a || !e.wordIn(&e.toks[i-1], "as") {
		return 0, 0, false
	}
	end = i - 1
	comma := -1
	if e.toks[end-1].punct(',') {
		end--
	}
	for k := end - 1; k >= s.a && k >= i-14; k-- {
		switch t := &e.toks[k]; {
		case t.lower() && e.wordIn(t, "quoted", "quotes", "cited", "cites", "reported", "reports"):
			if k-2 >= s.a && (e.wordIn(&e.toks[k+1], "by") || k+1 == end) && e.wordIn(&e.toks[k-1], "was", "were", "is", "are", "been") {
				// "Peskov was quoted by The New York Times as saying",
				// "journalist Ahmed al-Mullah was quoted as saying": the
				// one quoted is the passive's subject, not the paper
				j := k - 2
				if e.toks[j].punct(',') {
					// "Prefect Filippo Romano, a provincial government
					// official, was quoted as saying": the name before the
					// role set off by commas
					for p := j - 1; p > s.a && p > j-14; p-- {
						if e.toks[p].punct(',') {
							j = p - 1
							break
						}
					}
				}
				if st := e.npBack(s.a, j); st >= 0 {
					return st, j + 1, true
				}
				return 0, 0, false
			}
			if comma > k+1 && comma < end-1 {
				if u := &e.toks[comma+1]; u.cap() && u.fl&fDet == 0 {
					return comma + 1, end, true // the role first
				}
				return k + 1, comma, true // the name first: "quoted Anna Lind, the deputy minister, as saying"
			}
			return k + 1, end, k+1 < end
		case t.punct(',') && comma < 0:
			comma = k
		case t.kind != tWord:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// nameAfterRole finds a name set off by commas after a role phrase
// [a,b) that names no one: ", Bertrand Lacaze," after "the Minister of
// the Armed Forces". It returns the name's tokens, or 0.
//
// body lets a body's role stand before its name too: "the UN refugee
// agency, UNHCR,".
func (e *engine) nameAfterRole(a, b, hi int, body bool) (int, int) {
	if e.titledName(a, b) || a+1 < b && e.toks[a].is(fThe) && e.titledName(a+1, b) {
		return 0, 0 // "said the Honourable Charlene Johnson, MHA for Trinity": the name is before the comma
	}
	bodyRole := body && e.toks[b-1].lower() && e.toks[b-1].fl&fBodyNoun != 0
	// The role may run on past the noun phrase: "the Minister" "of the
	// Armed Forces".
	for b < hi && b < a+12 && e.toks[b].kind == tWord && e.toks[b].fl&(fVerb|fPart) == 0 {
		b++
	}
	if b+2 >= hi || !e.toks[b].punct(',') || e.allNames(a, b) && !e.officeOfIn(a, b) || !e.personRoleIn(a, b) && !bodyRole {
		return 0, 0
	}
	end := b + 1
	for end < hi && end < b+6 && e.toks[end].kind == tWord {
		end++
	}
	if end == b+1 || !e.allNames(b+1, end) || end < hi && !(e.toks[end].punct(',') || e.toks[end].punct('.') || e.toks[end].punct(';')) {
		if ce := e.unclosedName(b+1, hi); ce > 0 {
			return b + 1, ce
		}
		return 0, 0
	}
	return b + 1, end
}

// officeOfIn reports whether [a,b) holds a title and what it is of or
// for: "Canada’s Minister of Transport".
func (e *engine) officeOfIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if t := &e.toks[k]; t.cap() && t.fl&fTitle != 0 && e.toks[k+1].lower() && e.wordIn(&e.toks[k+1], "of", "for") {
			return true
		}
	}
	return false
}

// unclosedName returns the end of a name of two words or more starting at
// token a that no comma closes, a verb or auxiliary following it at once,
// as much of the press prints an appositive name: "the Police Public
// Relations Officer, Nnamdi Omoni said"; or 0.
func (e *engine) unclosedName(a, hi int) int {
	ce := a
	for ce < hi && e.toks[ce].kind == tWord && e.toks[ce].cap() && !notName(&e.toks[ce]) {
		ce++
	}
	if ce-a < 2 || ce >= hi || !e.toks[ce].lower() || e.toks[ce].fl&(fVerb|fSkip) == 0 && !finiteVerb(e.str(&e.toks[ce])) || !e.allNames(a, ce) {
		return 0
	}
	return ce
}

// finiteVerb reports whether a lower-case word after a name reads as its
// verb in the past: "expressed", "had" ("Ravi Karunayake expressed
// these views").
func finiteVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || w == "had" || w == "was" || w == "is" || w == "has"
}

// personRoleIn reports whether tokens [a,b) hold a title or a noun
// for a person, as "minister" and "spokesperson" are and "ministry" is
// not.
func (e *engine) personRoleIn(a, b int) bool {
	return e.some(a, b, func(t *token) bool { return t.fl&(fTitle|fPersonNoun) != 0 })
}

// headOf returns the head of the phrase in tokens [a,b), the word before
// its first preposition: "mayor" in "the mayor of Lviv"; a-1 if none.
func (e *engine) headOf(a, b int) int {
	for k := a; k < b; k++ {
		if t := &e.toks[k]; t.lower() && t.fl&(fPrep|fPrepOf) != 0 {
			return k - 1
		}
	}
	return b - 1
}

// personHeaded reports whether the role in tokens [a,b) has a noun for a
// person or a title as its head, the word before its first preposition:
// "the mayor of Lviv", not "a country of 2.5 million".
func (e *engine) personHeaded(a, b int) bool {
	h := e.headOf(a, b)
	if h < a || e.toks[h].fl&fBodyNoun != 0 {
		return false // "the state-owned operator of Norway's gas network": a body's
	}
	return e.toks[h].fl&(fTitle|fPersonNoun) != 0 || e.toks[h].lower() && agentNoun(strings.ToLower(e.name(&e.toks[h])))
}

// subjectBefore reads the subject before the verb at i: "Rama said",
// "the ministry also said", "Rama, the prime minister, said". It reports
// passive for a passive verb ("Ministers were told"), whose subject is
// not the speaker.
func (e *engine) subjectBefore(s span, i int, a attr) (_ attr, ok, passive bool) {
	j := i - 1
	if i-3 >= s.a && e.wantedTo(i) {
		j = i - 3 // "Ballesteros wanted to remind": who wanted to
	} else if n := e.reportedTo(i); n > 0 && i-n-1 >= s.a {
		j = i - n - 1 // "Swaffer was found to have said": who was
	}
	for j >= s.a && e.toks[j].kind == tWord {
		switch {
		case e.toks[j].fl&fSkip != 0 || e.toks[j].sh&sLy != 0:
			if e.toks[j].fl&fPassive != 0 {
				return attr{}, false, true
			}
			j--
			continue
		case e.dateBefore(s.a, j) < j:
			j = e.dateBefore(s.a, j) // "The Kremlin on Friday dismissed"
			continue
		}
		break
	}
	j = e.beforeParen(s.a, j) // "the National Cyber Security Centre (NCSC) said", "Senator X (D-Ore.) said"
	if j < s.a {
		return attr{}, false, false
	}
	if d := &e.toks[j]; d.punct('—') || d.punct('–') {
		return e.dashedSubject(s, i, j, a)
	}
	if e.toks[j].punct(',') {
		b, ok := e.appositiveSubject(s, i, j, a)
		if !ok {
			b, ok = e.strayComma(s, i, j, a)
		}
		return b, ok, false
	}
	start := e.npBack(s.a, j)
	for start > s.a && start < j && e.toks[start].lower() && e.toks[start].fl&fTimeNoun != 0 && e.wordIn(&e.toks[start-1], "this", "last", "next", "that") {
		start++ // "Earlier this week experts warned": when, then who
	}
	if start < 0 && j == s.a && e.wordIn(&e.toks[j], "one") {
		start = j // "One said:", one of those the sentence before was about
	}
	if start == j && j > s.a && e.wordIn(&e.toks[j], "who") && e.toks[j-1].kind == tWord {
		// "A former central bank governor who promised to “…”": the
		// phrase the clause is about (but "X, 71, a retired engineer who
		// said" is X's)
		if st := e.npBack(s.a, j-1); st >= 0 && (st == s.a || !e.toks[st-1].punct(',')) {
			if w := e.resolvePhrase(st, j, i); w.ok() {
				return a.by(st, j, w), true, false
			}
		}
	}
	if start < 0 && j-2 >= s.a && e.wordIn(&e.toks[j], "which") && e.toks[j-1].punct(',') {
		// "a complaint filed by the group Transparency International
		// France, which hailed “…”": the body before the comma
		if st := e.npBack(s.a, j-2); st >= 0 {
			if e.toks[j-2].fl&fDocNoun != 0 {
				// "the White House said in a statement, which thanked the
				// UAE for “its patience”": who issued the statement
				for k := st - 1; k > s.a; k-- {
					if v := &e.toks[k]; v.lower() && v.fl&fVerb != 0 {
						if sb := e.npBack(s.a, k-1); sb >= 0 {
							if w := e.resolvePhrase(sb, k, i); w.ok() {
								return a.by(sb, k, w), true, false
							}
						}
						break
					}
				}
			}
			if w := e.resolvePhrase(st, j-1, i); w.ok() {
				if w.ent >= 0 {
					if en := &e.ents[w.ent]; en.kind != kBody && len(en.roles) == 0 && en.role == "" && en.gender == 0 {
						en.kind, w.kind = kBody, kBody // "which": not a person
					}
				}
				return a.by(st, j-1, w), true, false
			}
		}
	}
	if start < 0 && j > s.a && e.wordIn(&e.toks[j], "and") && e.toks[j].lower() {
		// "while his rival refused to concede and said": the subject of
		// the verb the "and" joins this one to
		if b, ok := e.coordinated(s, j, i, a); ok {
			return b, true, false
		}
	}
	if start < 0 {
		// "the head of the trust that runs them has said": the subject
		// is before its relative clause.
		if r := e.relativeBefore(s.a, j); r > s.a {
			if st := e.npBack(s.a, r-1); st >= 0 {
				a.a, a.b, a.first, a.last = st, r, st, a.verbEnd-1
				a.who = e.resolvePhrase(st, r, i)
				return a, a.who.ok(), false
			}
		}
	}
	if lead := e.unnamedLead(s, j+1); lead >= 0 {
		start = lead // "Observers from the Organisation for … in Europe reported"
	} else if q := e.wordsFrom(s.a, j); (start < 0 || q < start) && e.unnamedEnd(q, j+1) == j+1 {
		start = q // "“…,” a person familiar with the investigation said"
	}
	if start < 0 {
		return attr{}, false, false
	}
	end := j + 1
	if b, ok := e.placedBody(s, start, end, i, a); ok {
		return b, b.who.ok(), false
	}
	if start-3 >= s.a && e.wordIn(&e.toks[start-1], "at", "in") && e.toks[start-1].lower() {
		// "Stephen Johnston, site manager for Invista at Brockworth said:"
		if st := e.npBack(s.a, start-2); st >= 0 && st < start-1 {
			if b, ok := e.nameBeforeRole(s, st, end, i, a); ok {
				return b, true, false
			}
		}
	}
	if start-3 >= s.a && e.wordIn(&e.toks[start-1], "with", "from", "at") && e.toks[start-1].lower() && e.toks[start].cap() {
		// "Chad Woodburn with EMA says", "Miles Shipside from Rightmove
		// said", "Detective Constable Sarah Douglas, from Durham City CID
		// said": the person, with the body he works for
		ne := start - 1
		if e.toks[ne-1].punct(',') && ne-2 >= s.a {
			ne--
		}
		if st := e.npBack(s.a, ne-1); st >= 0 && st < ne-1 {
			if w := e.resolvePhrase(st, ne, i); w.ent >= 0 && e.ents[w.ent].kind == kPerson && !e.ents[w.ent].roleOnly {
				return a.by(st, end, w), true, false
			}
		}
	}
	channel := start > s.a && e.wordIn(&e.toks[start-1], "in") && e.toks[start-1].lower() && e.toks[j].lower() && e.toks[j].fl&fChannel != 0
	if (channel || e.prepObject(s, start)) && e.curSubj.ok() && e.curSubjTok < start && start-e.curSubjTok <= 20 {
		// and "The Parliamentary Opposition in a statement today says":
		// the statement is how, not who
		// "The American envoy charged with brokering an agreement between
		// Serbia and Kosovo said": not Kosovo, the sentence's subject
		return a.by(e.curSubjTok, e.curSubjTok, e.curSubj), true, false
	}
	if b, ok := e.nameBeforeRole(s, start, end, i, a); ok {
		return b, true, false
	}
	if b, ok := e.fromPlace(s, start, end, i, a); ok {
		return b, true, false
	}
	a.a, a.b, a.first, a.last = start, end, start, a.verbEnd-1
	a.who = e.resolvePhrase(start, end, i)
	return a, a.who.ok(), false
}

// fromPlace reads a name, where the person is from and its region,
// which no comma closes before the verb at i: "Brooksby, from
// Sacramento, California said:" is Brooksby's, not California's.
func (e *engine) fromPlace(s span, start, end, i int, a attr) (attr, bool) {
	if start-4 < s.a || !e.toks[start-1].punct(',') || end-start > 2 || !e.allNames(start, end) {
		return attr{}, false
	}
	p := start - 2
	for p > s.a && e.toks[p].cap() {
		p--
	}
	if p == start-2 || !e.toks[p].lower() || !e.wordIn(&e.toks[p], "from", "in", "of") || p-2 < s.a || !e.toks[p-1].punct(',') {
		return attr{}, false
	}
	st := e.npBack(s.a, p-2)
	if st < 0 {
		return attr{}, false
	}
	if w := e.resolvePhrase(st, p-1, i); w.ent >= 0 && e.ents[w.ent].kind != kBody {
		return a.by(st, end, w), true
	}
	return attr{}, false
}

// nameBeforeRole reads a name and its role after a comma that no comma
// closes before the verb at i, the role [start,end): "Philip Glanville,
// Mayor of Hackney said:".
func (e *engine) nameBeforeRole(s span, start, end, i int, a attr) (attr, bool) {
	if b, ok := e.nameBeforeRole1(s, start, end, i, a); ok {
		return b, true
	}
	// "Mark Neate, Sellafield’s environment, safety and security director
	// said:": a role with a list of its own, back to the comma after the
	// name
	for p := start - 1; p > s.a+1 && p > start-10; p-- {
		t := &e.toks[p]
		if t.punct(',') {
			if b, ok := e.nameBeforeRole1(s, p+1, end, i, a); ok && e.andIn(p+1, end) {
				return b, true
			}
			continue
		}
		if t.kind != tWord || t.fl&(fVerb|fPronRel) != 0 {
			break
		}
	}
	return attr{}, false
}

// nameBeforeRole1 is nameBeforeRole for a role with no list of its own.
func (e *engine) nameBeforeRole1(s span, start, end, i int, a attr) (attr, bool) {
	if st := start - 2; st >= s.a && e.toks[start-1].punct(',') && (e.toks[start].cap() && (e.toks[start].fl&fTitle != 0 || e.possIn(start, end)) || e.toks[start].is(fDet) && e.toks[start].fl&pronouns == 0 ||
		e.toks[start].lower() && (e.toks[start].fl&(fTitle|fPersonNoun) != 0 || e.toks[start].fl&(pronouns|fFunc|fPrep) == 0)) && e.personHeaded(start, end) {
		// "Philip Glanville, Mayor of Hackney said:", "Irshad Bhatti, a
		// spokesman for the authority told AFP", "Spencer Birns, Cardiff
		// Airport's commercial director said:", "Geoff Barton, leader of
		// ASCL head teachers’ union said:": the name before the role no
		// comma closes
		for st > s.a && e.toks[st-1].cap() {
			st--
		}
		opening := st-1 > s.a && e.toks[s.a].cap() && e.toks[s.a].fl&fPrep != 0 && e.allLower(s.a+1, st) // "In a statement Stephen Johnston, site manager for Invista said:"
		if (st == s.a || e.toks[st-1].punct(',') || e.toks[st-1].kind == tQuote || opening) && start-1-st >= 2 && e.toks[st].fl&(fPrep|fFunc|fDet) == 0 && e.plainName(st, start-1) {
			if w := e.resolvePhrase(st, start-1, i); w.ent >= 0 && e.ents[w.ent].kind != kBody && !e.ents[w.ent].roleOnly {
				w.role = stripDet(e.phraseText(start, end))
				e.addRole(w.ent, w.role)
				return a.by(st, end, w), true
			}
		}
	}
	return attr{}, false
}

// dashedSubject reads a subject whose role is set between dashes before
// its verb at i, the second dash at j: "Adrian Cope — the AAIB’s senior
// inspector for engineering — said".
func (e *engine) dashedSubject(s span, i, j int, a attr) (attr, bool, bool) {
	for k := j - 1; k > s.a && k > j-16; k-- {
		t := &e.toks[k]
		if t.punct('—') || t.punct('–') {
			st := e.npBack(s.a, k-1)
			if st < 0 || k-1 <= st && !e.toks[st].cap() {
				return attr{}, false, false
			}
			w := e.resolvePhrase(st, k, i)
			if w.ent >= 0 && e.ents[w.ent].kind != kBody && e.personHeaded(k+1, j) {
				w.role = stripDet(e.phraseText(k+1, j))
				e.addRole(w.ent, w.role)
			}
			return a.by(st, k, w), w.ok(), false
		}
		if t.kind != tWord {
			break
		}
	}
	return attr{}, false, false
}

// strayComma reads a name and where the person works, set between a
// quotation and its verb with a comma that no comma opens: "“…,” Collette
// Adkins of the Center for Biological Diversity, told AFP."
func (e *engine) strayComma(s span, i, j int, a attr) (attr, bool) {
	st := j - 1
	for st > s.a && e.toks[st-1].kind == tWord {
		st--
	}
	if st > s.a && e.toks[st-1].kind != tQuote || j-st < 4 || j-st > 14 || !e.plainName(st, st+2) {
		return attr{}, false
	}
	of := st + 2
	for of < j && of < st+4 && e.toks[of].cap() {
		of++
	}
	if !e.toks[of].lower() || !e.wordIn(&e.toks[of], "of", "from", "at", "with") || !e.plainName(st, of) {
		return attr{}, false
	}
	if w := e.resolvePhrase(st, of, i); w.ent >= 0 && e.ents[w.ent].kind != kBody {
		return a.by(st, j, w), true
	}
	return attr{}, false
}

// possIn reports whether tokens [a,b) hold a possessive: "Cardiff
// Airport's commercial director".
func (e *engine) possIn(a, b int) bool {
	for k := a; k < b; k++ {
		if e.toks[k].sh&sPoss != 0 {
			return true
		}
	}
	return false
}

// prepObject reports whether the phrase starting at token start is the
// object of a preposition ("between Serbia and Kosovo"), which a verb
// after it does not take as its subject.
func (e *engine) prepObject(s span, start int) bool {
	k := start - 1
	if k-1 > s.a && e.wordIn(&e.toks[k], "and", "or") && e.toks[k-1].cap() {
		k-- // "between Serbia and Kosovo"
		for k > s.a && e.toks[k].cap() {
			k--
		}
	}
	if k <= s.a {
		return false
	}
	p := &e.toks[k]
	return p.lower() && p.fl&(fPrep|fPrepOf) != 0 && !e.wordIn(p, "of", "for", "at", "from", "after", "before", "since", "until", "as", "while", "like") && !e.toks[start].is(fDet|pronouns)
}

// placedBody reads a subject [start,end) that is the place of a body
// named before it: "the U.S. Embassy in Tirana said" is the embassy's,
// not Tirana's. It reports false when no body stands before the place.
func (e *engine) placedBody(s span, start, end, i int, a attr) (attr, bool) {
	if start-2 < s.a || !e.toks[start-1].lower() || !e.wordIn(&e.toks[start-1], "in", "at") ||
		!(e.toks[start-2].is(fOrg) || e.toks[start-2].lower() && e.toks[start-2].is(fBodyNoun)) || e.toks[end-1].fl&fChannel != 0 {
		return a, false // (and "The company in a statement said": how, not where)
	}
	s2 := e.npBack(s.a, start-2)
	if s2 < 0 {
		return a, false
	}
	a.a, a.b, a.first, a.last = s2, end, s2, a.verbEnd-1
	a.who = e.resolvePhrase(s2, start-1, i)
	e.widenName(&a.who, e.phraseText(s2, start-1), e.phraseText(s2, end))
	return a, true
}

// coordinated reads the subject of a verb joined by the "and" at token j
// to one before it: "while his rival refused to concede and said" (the
// clause's subject), "Ukrenergo introduced outages in Kyiv, Kharkiv and
// Sumy and asked" (the sentence's).
func (e *engine) coordinated(s span, j, i int, a attr) (attr, bool) {
	for c := j - 2; c > s.a && c > j-14; c-- {
		t := &e.toks[c]
		if t.kind == tQuote || t.punct('.') || t.punct(';') {
			break
		}
		if !t.lower() || !e.wordIn(t, "while", "but", "whereas") {
			continue
		}
		end := e.npForward(c+1, j)
		if end <= c+1 || end >= j || e.toks[end].kind != tWord || !e.toks[end].lower() || e.toks[end].fl&(fFunc|fPrep) != 0 {
			return a, false
		}
		w := e.resolvePhrase(c+1, end, i)
		if !w.ok() {
			return a, false
		}
		return a.by(c+1, end, w), true
	}
	if !e.curSubj.ok() || e.curSubjTok >= j {
		return a, false
	}
	for k := e.curSubjTok + 1; k < j-1; k++ {
		if t := &e.toks[k]; t.lower() && t.is(fVerb) {
			// "Castellano said Holloway called 911 … and demanded": whose
			// verb the "and" joins is not plain
			return a, false
		}
	}
	return a.by(e.curSubjTok, e.curSubjTok, e.curSubj), true
}

// relativeBefore finds a short relative clause ending at token j: the
// "that" of "that runs them", or -1.
func (e *engine) relativeBefore(lo, j int) int {
	for k := j; k >= lo && k > j-6; k-- {
		t := &e.toks[k]
		if t.kind != tWord {
			return -1
		}
		if t.lower() && e.wordIn(t, "that", "who", "which") {
			if k+1 <= j && e.toks[k+1].is(fVerb) || k+1 <= j && e.toks[k+1].lower() && e.toks[k+1].fl&fFunc == 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// wordsFrom returns where the run of words that ends at token j
// starts: after a quotation mark or punctuation, or at lo.
func (e *engine) wordsFrom(lo, j int) int {
	for j >= lo && e.toks[j].kind == tWord {
		j--
	}
	return j + 1
}

// dateBefore returns the token before date words that end at token j
// ("on Friday", "last week", "on Sept. 7", "yesterday"), or j if none end
// there.
func (e *engine) dateBefore(lo, j int) int {
	for k := max(lo, j-3); k <= j; k++ {
		if e.dateAt(k, j+1) == j+1 {
			return k - 1 // the longest: "on Friday", not "Friday"
		}
	}
	return j
}

// wordIn reports whether t is one of words, case aside.
func (e *engine) wordIn(t *token, words ...string) bool {
	if t.kind != tWord {
		return false
	}
	s := e.str(t)
	for _, w := range words {
		// A word shorter than w cannot fold to it, nor can a longer one
		// but by non-ASCII letters ("K" the Kelvin sign): most are
		// told apart by length alone.
		if len(s) == len(w) || len(s) > len(w) && t.sh&sNonASCII != 0 {
			if strings.EqualFold(s, w) {
				return true
			}
		}
	}
	return false
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// plainPhrase returns the end of a short noun phrase of any words from i:
// an article and up to four words before a preposition, verb or
// punctuation.
func (e *engine) plainPhrase(i, hi int) int {
	k := i
	if k < hi && e.toks[k].is(fDet) {
		k++
	}
	end := i
	for ; k < hi && k < i+5; k++ {
		u := &e.toks[k]
		if u.kind != tWord || u.fl&(fFunc|fPrep|fVerb|fPart) != 0 && u.lower() {
			break
		}
		end = k + 1
	}
	return end
}

// objectEnd returns the end of the addressee after "told": "reporters",
// "Reuters", "the BBC", "a news conference".
func (e *engine) objectEnd(i, hi int) int {
	k := i
	if k < hi && e.toks[k].is(fDet) {
		k++
	}
	end := i
	for ; k < hi && k < i+5; k++ {
		u := &e.toks[k]
		if u.punct('/') && k > i && k+1 < hi && e.toks[k-1].cap() && e.toks[k+1].cap() {
			continue // "told RFE/RL"
		}
		if u.kind != tWord || u.fl&(fPrep|fVerb|fPart|fSkip) != 0 && !u.cap() || u.fl&fFunc != 0 && !u.cap() || notName(u) && u.cap() {
			break
		}
		end = k + 1
	}
	return end
}

// auxiliaries open a reported clause's verb: "said the plan had failed".
var auxiliaries = []string{"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "can", "may", "might", "must", "did", "does"}
