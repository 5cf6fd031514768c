package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// postAttr returns the attribution that directly follows the quotation
// at token qi ("“…,” Rama said"), or -1.
func (e *engine) postAttr(qi int, s span, attrs []attr) int {
	next := qi + 1
	if next < s.b && (e.toks[next].punct(',') || e.toks[next].punct('—') || e.toks[next].punct('–')) {
		next++
	}
	for k := range attrs {
		if attrs[k].first == next || attrs[k].first == qi+1 {
			return k
		}
	}
	return -1
}

// preAttr returns the nearest attribution before the quotation at qi, or
// -1.
func (e *engine) preAttr(qi int, attrs []attr) int {
	best, main := -1, -1
	for k := range attrs {
		if attrs[k].verb < qi && attrs[k].last < qi && (best < 0 || attrs[k].verb > attrs[best].verb) {
			best = k
		}
		if attrs[k].verb < qi && attrs[k].last < qi && !e.embedded(attrs[k]) && (main < 0 || attrs[k].verb > attrs[main].verb) {
			main = k
		}
	}
	if main >= 0 && best != main && e.toks[qi-1].punct(':') {
		// "She accepted that trials should have stopped after crews
		// reported noise: “…”": the sentence's own speaker, not one in
		// a clause inside it
		return main
	}
	return best
}

// wordsOfAfter returns the attribution "in the words of X" a few words
// after the quotation at qi, or -1.
func (e *engine) wordsOfAfter(qi int, attrs []attr) int {
	for k := range attrs {
		a := &attrs[k]
		if a.according && a.verb > qi && a.verb-qi <= 6 && a.verb+2 < len(e.toks) && e.wordIn(&e.toks[a.verb], "in") && e.wordIn(&e.toks[a.verb+2], "words") {
			return k
		}
	}
	return -1
}

// embedded reports whether attribution a is in a clause inside the
// sentence: after a conjunction ("after crews reported") or a noun it
// qualifies ("every unit the alliance asks of it").
func (e *engine) embedded(a attr) bool {
	if a.first <= e.sentStart || a.a == a.b {
		return false
	}
	p := &e.toks[a.first-1]
	if p.kind != tWord || !p.lower() {
		return false
	}
	return e.wordIn(p, "after", "when", "as", "because", "since", "while", "before", "until", "although", "though", "if", "once", "whether") ||
		p.fl&(fFunc|fVerb|fPart|fPrep|fPrepOf|fSkip|fConn) == 0 && p.sh&sLy == 0
}

// attribute gives the new draft di, the quotation at token qi, its
// speaker and kind. It returns the token of a second part the
// attribution splits off ("“A,” he said, “B.”"), or -1, and whether the
// attribution followed the quotation.
func (e *engine) attribute(di, qi int, s span, attrs []attr) (int, bool) {
	sg := &e.segs[e.toks[qi].seg]
	content := e.text[sg.start:sg.end]
	d := &e.drafts[di]
	atStart := qi == s.a || qi == s.a+1 && e.toks[s.a].kind == tPunct
	afterColon := qi > s.a && e.toks[qi-1].punct(':')
	pre, post := e.preAttr(qi, attrs), e.postAttr(qi, s, attrs)
	wordsOf := e.wordsOfAfter(qi, attrs)
	join := -1
	isPost, byAgent := false, false
	k := -1
	if qi > s.a+1 && e.wordIn(&e.toks[s.a], "asked") && e.toks[s.a].cap() && !e.some(s.a+1, qi, func(t *token) bool { return t.kind != tWord }) &&
		(strings.HasSuffix(content, ",") || qi+1 < s.b && e.toks[qi+1].punct(',')) {
		// "Asked if this was “an accident waiting to happen,” Adrian
		// Cope said": the question's words, not the one who answers
		d.kind = Scare
		return -1, false
	}
	switch {
	case wordsOf >= 0:
		// "explained what happened on “one of the most bizarre days” in
		// the Dáil, in the words of Alan Kelly": the words are Kelly's
		k = wordsOf
	case post >= 0 && (atStart || afterColon && !(pre >= 0 && e.segEndsSentence(int(e.toks[qi].seg))) || pre < 0):
		// (after "Another added:", a quotation that ends its sentence
		// is theirs, not that of "A third said" after it)
		k, isPost = post, true
	case pre >= 0 && afterColon && attrs[pre].according && e.curSubj.ok() && e.curSubjTok < attrs[pre].verb:
		// "The pilot's last words, according to a transcript, were: “…”"
		d.attr, d.has, d.kind = e.curSubj, true, Direct
		return -1, false
	case pre >= 0:
		k = pre
	default:
		if w, ok := e.passiveAgent(qi, s); ok {
			// "The spree was described by the judge as “shocking”", "The
			// plan was called “reckless” by Ana Lind": the one it was
			// called so by, not a verb later on
			d.attr, d.has, d.kind, byAgent = w, true, Partial, true
			break
		}
		for j := range attrs {
			if attrs[j].verb > qi {
				k = j
				break
			}
		}
	}
	if k >= 0 {
		a := &attrs[k]
		d.attr, d.has = e.describe(*a, s), true
		d.kind = Partial
		switch {
		case isPost && (atStart || afterColon):
			d.kind = Direct
			join = e.splitPart(qi, a, s, content)
		case k == pre && (e.toks[qi-1].punct(':') || e.toks[qi-1].punct(',')):
			d.kind = Direct
		case k == pre && a.verbEnd == qi && startsUpper(content):
			d.kind = Direct
		}
	}
	if n := e.headLabel(s); !d.has && e.headPara && n > 0 && qi > s.a+n {
		// "Analyst: currency plan “more symbolic than monetary”", "Olmedo:
		// Spain ‘will not sign up’": the headline's label is its speaker
		if w := e.resolvePhrase(s.a, s.a+n, qi); w.ok() && (w.kind != kUnknown || e.toks[s.a+n-1].fl&(fPersonNoun|fTitle) != 0) {
			d.attr, d.has, d.kind = w, true, Partial // (not a topic's: "Cyber-attack: Hospitals cancel …")
		}
	}
	if name := strings.TrimRight(content, ",."); e.naming(qi, s, content) && titleLike(name) {
		e.nameFromQuote(qi, s, name) // (“Digital Sich,”: the comma American style sets inside)
	}
	described := k >= 0 && attrs[k].describe && attrs[k].verb < qi // "described it as the bloc's “most targeted” move"
	if !byAgent && (e.naming(qi, s, content) || e.displayed(qi, s) || e.modifier(qi, s, content) && !described || !d.has && (titleLike(content) || e.titleWithStop(qi, s, content)) ||
		d.kind == Partial && titleLike(content)) {
		d.kind, d.has, d.attr = Scare, false, noOne
		return -1, false
	}
	if !d.has && e.usedWord(qi) && e.curSubj.ok() && e.curSubjTok < qi {
		// "Clarke was forced to apologise after he used the word
		// “coloured”": the word was his
		d.attr, d.has, d.kind = e.curSubj, true, Partial
		if qi-4 >= s.a && e.toks[qi-4].fl&pronouns != 0 {
			d.attr = e.resolvePronoun(&e.toks[qi-4], qi-4)
		}
	}
	if !d.has && e.accusedOf(qi, s) && e.curSubj.ok() && e.curSubjTok < qi {
		// "The chair of a … inquiry has accused ministers of “…”": the
		// subject's words, however far the verb is from it
		d.attr, d.has, d.kind = e.curSubj, true, Partial
	}
	if !d.has && e.predicateQuote(qi, content) {
		// "As for patient data, SVH “does not believe financial account
		// information was affected.”": the subject's own words
		d.attr, d.has, d.kind = e.curSubj, true, Partial
	}
	if p := di - 1; !d.has && p >= 0 && qi-2 >= s.a && e.toks[qi-2].kind == tQuote && e.toks[qi-1].lower() && e.wordIn(&e.toks[qi-1], "and", "or") &&
		e.drafts[p].has && e.drafts[p].kind == Partial && e.drafts[p].sentNo == e.sentNo {
		// "“has no clear call for a ceasefire” and “will not help …”":
		// the two parts of one predicate, one speaker's
		d.attr, d.has, d.kind = e.drafts[p].attr, true, Partial
	}
	if !d.has && e.reportedPredicate(s, qi, content) {
		// "…, he said. The current draft “has no clear call for a
		// ceasefire”": the one reporting, still
		d.attr, d.has, d.kind = e.prevSubj, true, Partial
		d.attr.verb = "" // (no verb of saying here)
	}
	if !d.has && !e.sentenceLike(span{sg.start, sg.end}) && !e.followsOn(qi) {
		d.kind = Scare
	}
	return join, isPost
}

// passiveAgent reads who called the quotation at qi so in a passive
// sentence: "was described by X as “…”", "was called “…” by X", "was
// described as “…” by X". The verb must be one of describing, after a
// form of "be".
func (e *engine) passiveAgent(qi int, s span) (attribution, bool) {
	v := -1
	for k := qi - 1; k > s.a && k >= qi-10; k-- {
		if t := &e.toks[k]; t.lower() && t.fl&fDescribe != 0 && strings.HasSuffix(e.str(t), "ed") {
			if p := &e.toks[k-1]; e.wordIn(p, "was", "were", "is", "are", "been", "being") || k-2 > s.a && p.sh&sLy != 0 && e.wordIn(&e.toks[k-2], "was", "were", "is", "are", "been") {
				v = k
			}
			break
		}
		if e.toks[k].kind == tQuote {
			break
		}
	}
	if v < 0 {
		return noOne, false
	}
	agent := func(by int, before bool) (attribution, bool) {
		if by >= s.b-1 || !e.toks[by].lower() || !e.wordIn(&e.toks[by], "by") {
			return noOne, false
		}
		end := e.npForward(by+1, s.b)
		if end <= by+1 || before && (end+1 != qi || !e.wordIn(&e.toks[end], "as")) {
			return noOne, false // ("The protests were called by a youth movement calling itself “…”": not what it called them)
		}
		w := e.resolvePhrase(by+1, end, by+1)
		w.verb = strings.ToLower(e.str(&e.toks[v]))
		return w, w.ok()
	}
	if w, ok := agent(v+1, true); ok {
		return w, true // "described by X as “…”"
	}
	return agent(qi+1, false) // "called “…” by X"
}

// accusedOf reports whether the quotation at qi follows "accused X of"
// or "accusing X of": what someone charged others with, in their words.
func (e *engine) accusedOf(qi int, s span) bool {
	if qi-1 <= s.a || !e.wordIn(&e.toks[qi-1], "of") {
		return false
	}
	for k := qi - 2; k >= s.a && k >= qi-7; k-- {
		t := &e.toks[k]
		if t.kind != tWord {
			return false
		}
		if e.wordIn(t, "accused", "accuses", "accusing", "accuse") {
			return k < qi-2
		}
	}
	return false
}

// predicateQuote reports whether the quotation at qi is the predicate of
// the sentence's named subject, printed right after it: a name, then
// words opening with an auxiliary ("does not believe …", "has no
// plans to …").
func (e *engine) predicateQuote(qi int, content string) bool {
	st := e.curSubjTok
	if !e.curSubj.ok() || e.curSubj.ent < 0 || st < 0 || st >= qi || qi-st > 5 || !e.toks[qi-1].cap() {
		return false
	}
	for k := st; k < qi; k++ {
		if t := &e.toks[k]; t.kind != tWord || !t.cap() && !t.is(fThe) {
			return false
		}
	}
	return predicateWords(content)
}

// reportedPredicate reports whether the quotation at qi is the
// predicate of a sentence whose subject is a thing ("The current
// draft “has no clear call …”"), right after a sentence that reported a
// person's words: the predicate is still theirs.
func (e *engine) reportedPredicate(s span, qi int, content string) bool {
	if e.prevNarr || e.prevSubj.ent < 0 || e.ents[e.prevSubj.ent].kind != kPerson || qi <= s.a+1 || qi > s.a+5 {
		return false
	}
	if b := e.npForward(s.a, s.b); b != qi || !e.allLower(s.a+1, qi) || !e.toks[s.a].is(fDet) {
		return false
	}
	if h := &e.toks[qi-1]; e.roleHead(h) && h.fl&fDocNoun == 0 || h.fl&(fBodyNoun|fPersonNoun) != 0 {
		return false // "The ministry “has no plans …”": the ministry's own
	}
	return predicateWords(content)
}

// predicateWords reports whether a quotation's words read as a
// predicate: an auxiliary, then at least three more words ("does not
// believe financial account information was affected").
func predicateWords(content string) bool {
	first, rest, _ := strings.Cut(content, " ")
	return strings.Count(rest, " ") >= 2 && slicesContains(auxiliaries, first)
}

// splitPart returns the token of the quotation that continues the one at
// qi after its attribution a ("“A,” he said, “B.”"), or -1.
func (e *engine) splitPart(qi int, a *attr, s span, content string) int {
	if r, _ := utf8.DecodeLastRuneInString(content); r == '.' || r == '!' || r == '?' {
		return -1
	}
	for k := a.last + 1; k < s.b && k < a.last+14; k++ {
		t := &e.toks[k]
		switch {
		case t.kind == tQuote:
			if e.toks[k-1].punct(',') || e.toks[k-1].punct('—') || k == a.last+1 && !startsUpper(e.segText(t)) {
				return k // (and “However”, he added “the minister insisted …”: no comma, but the sentence goes on)
			}
			return -1
		case t.kind == tWord && t.fl&(fVerb|fPart) != 0:
			return -1
		case t.kind == tPunct && !strings.ContainsRune(",—&()/-", t.r):
			return -1 // ("Claes & Mertens" is inside the attribution)
		}
	}
	return -1
}

// naming reports whether the words before the quotation at qi make it a
// name, not a quotation: so-called, dubbed, known as, calling itself,
// the term.
func (e *engine) naming(qi int, s span, content string) bool {
	if qi <= s.a {
		return false
	}
	p := &e.toks[qi-1]
	if p.kind != tWord {
		return false
	}
	w := strings.ToLower(e.str(p))
	switch {
	case p.fl&fNaming != 0:
		return true
	case w == "as" && qi-2 >= s.a && e.toks[qi-2].is(fNaming):
		return true
	case p.fl&fReflex != 0:
		return true
	case namingNouns[w]:
		return !e.usedWord(qi) // (but "he used the word “coloured”": his word)
	case p.fl&fDescribe != 0 && strings.HasPrefix(w, "call") && titleLike(content):
		return true
	}
	return false
}

// titleWithStop reports whether the quotation at qi is a title that
// took the sentence's full stop inside its marks, as American style
// puts it: "aired Sunday on “Face the Week.”"
func (e *engine) titleWithStop(qi int, s span, content string) bool {
	t, ok := strings.CutSuffix(content, ".")
	if !ok || qi-1 < s.a || !titleLike(t) {
		return false
	}
	p := &e.toks[qi-1]
	if p.cap() && p.fl&(fTitle|fOrg) == 0 && qi-2 >= s.a && (e.toks[qi-2].is(fThe) || e.toks[qi-2].lower() && e.toks[qi-2].fl&fPrep != 0) {
		p = &e.toks[qi-2] // "on the Pacific “Ring of Fire.”": a name's word before the title
	}
	return (p.lower() && p.fl&fPrep != 0 || p.is(fThe)) && (qi+1 == s.b || e.toks[qi+1].kind == tPunct)
}

// modifier reports whether the quotation at qi is a few words standing
// between an article and adjective and the noun they qualify, as a label
// does: "a contested “foreign agents” bill".
func (e *engine) modifier(qi int, s span, content string) bool {
	if qi-1 < s.a || qi+1 >= s.b || len(strings.Fields(content)) > 3 || strings.ContainsAny(content, ".,!?;:") {
		return false
	}
	next := &e.toks[qi+1]
	if next.kind != tWord || !next.lower() || next.fl&(fFunc|fVerb|fPart|fPrep|fSkip|fConn|pronouns) != 0 || next.sh&sLy != 0 {
		return false
	}
	// the reporter's own adjective before it makes it a label: "a
	// contested", not "a “coordinated” cyber attack", which qualifies in
	// someone's words
	adj, det := &e.toks[qi-1], &e.toks[max(qi-2, s.a)]
	if qi-2 >= s.a && adj.kind == tWord && adj.lower() && adj.fl&(fDet|fFunc|fVerb|fPart|fPrep|fConn) == 0 &&
		det.kind == tWord && det.lower() && det.fl&fDet != 0 {
		return true
	}
	// so do words that name a thing rather than qualify it, straight
	// after "the": "the “one China” policy", not "a “highly coordinated”
	// attack"
	words := strings.Fields(content)
	return len(words) >= 2 && adj.is(fThe) && !adjectival(words[len(words)-1])
}

// adjectival reports whether a word has an adjective's or an adverb's
// ending, as words that qualify the noun after them in a speaker's own
// phrase do: "coordinated", "unacceptable", "criminal", "highly".
func adjectival(w string) bool {
	w = strings.ToLower(strings.Trim(w, "-–'’"))
	for _, suf := range [...]string{"ed", "ing", "ive", "ous", "al", "ic", "ful", "less", "able", "ible", "ly", "ant", "ent", "ary", "ish", "est", "er"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nameFromQuote registers the name a naming quotation gives ("a hacker
// group calling itself “Solntsepek”", "a group known as “Homeland
// Justice”") as an entity that the noun before it ("the group") finds.
func (e *engine) nameFromQuote(qi int, s span, content string) {
	for k := qi - 1; k >= s.a && k >= qi-6; k-- {
		t := &e.toks[k]
		if t.kind != tWord {
			return
		}
		if t.lower() && t.fl&(fPersonNoun|fBodyNoun) != 0 {
			i := e.entity(content, kBody, "")
			e.addRoleWords(i, strings.ToLower(e.name(t)))
			return
		}
	}
}

// displayed reports whether the quotation at qi is words printed on a
// banner, sign or shirt: "a banner that read “Protect Our Water”", "a
// banner with the message, “Stop Drilling. Start Paying.”".
func (e *engine) displayed(qi int, s span) bool {
	p := qi - 1
	if p > s.a && (e.toks[p].punct(',') || e.toks[p].punct(':')) {
		p--
	}
	if p <= s.a || !e.wordIn(&e.toks[p], "read", "reads", "reading", "saying", "message", "words", "bearing", "emblazoned") {
		return false
	}
	for k := p - 1; k >= s.a && k >= p-5; k-- {
		if t := &e.toks[k]; t.kind == tWord && displayNouns[strings.TrimSuffix(strings.ToLower(e.str(t)), "s")] {
			return true
		}
	}
	return false
}

var displayNouns = setOf(`banner placard sign poster billboard t-shirt shirt slogan graffiti plaque inscription sticker flag`)

// usedWord reports whether the quotation at qi follows "used the word"
// (term, phrase): words someone used, not a name for something.
func (e *engine) usedWord(qi int) bool {
	return qi >= 3 && e.toks[qi-1].kind == tWord && namingNouns[strings.ToLower(e.str(&e.toks[qi-1]))] && e.toks[qi-2].is(fThe) &&
		e.wordIn(&e.toks[qi-3], "used", "uses", "using", "use")
}

var namingNouns = map[string]bool{"term": true, "word": true, "phrase": true, "slogan": true, "hashtag": true,
	"label": true, "name": true, "motto": true, "codename": true, "nickname": true, "headline": true, "title": true}

// titleLike reports whether quoted words read as a title or a name: few
// words, each capitalised but for small ones, no final punctuation.
func titleLike(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?,;:", r) {
		return false
	}
	if strings.Count(s, " ") > 12 {
		return false // a sentence, not a title: no need to split it
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	caps := 0
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(first):
			caps++
		case smallWords[strings.ToLower(w)] || !isLetter(first):
		default:
			return false
		}
	}
	return caps > 0 && (len(words) > 1 || caps == 1 && !isSentenceWord(words[0]) && !properAdjective(words[0]))
}

// properAdjective reports whether a capitalised word has an adjective's
// ending (Russophobic, Orwellian, Kafkaesque): quoted alone it is a
// word someone used, not a name.
func properAdjective(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range [...]string{"ic", "ian", "ish", "esque", "ist", "ive", "ous"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// isSentenceWord reports whether a single capitalised word quoted alone
// is more likely a reply ("No") than a name.
func isSentenceWord(w string) bool {
	return lexicon[strings.ToLower(strings.Trim(w, ".,!?"))]&fFunc != 0
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "a": true, "an": true, "in": true, "on": true,
	"for": true, "to": true, "at": true, "by": true, "with": true, "de": true, "&": true, "-": true, "–": true}

func startsUpper(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return unicode.IsUpper(r)
		}
		if isWord(r) {
			return true
		}
	}
	return false
}

// segText returns the words of the quotation token t, without its marks.
func (e *engine) segText(t *token) string {
	sg := &e.segs[t.seg]
	return e.text[sg.start:sg.end]
}

// headLabel returns the number of tokens of a headline's label before
// its colon ("Analyst:", "Olmedo:", "UN envoy:"), or -10 if the sentence
// opens with none.
func (e *engine) headLabel(s span) int {
	for k := s.a; k < s.b && k < s.a+4; k++ {
		t := &e.toks[k]
		if t.punct(':') {
			if k == s.a {
				break
			}
			return k - s.a
		}
		if t.kind != tWord {
			break
		}
	}
	return -10
}
