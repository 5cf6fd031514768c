package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord tkind = iota + 1
	tPunct
	tQuote // a whole quoted segment, marks included
)

// shape is what a word looks like, apart from what it means.
type shape uint16

const (
	sCap      shape = 1 << iota // starts with an upper-case letter
	sAllCaps                    // two or more letters, all upper case: NSC
	sPoss                       // possessive: Iran’s, ministers’
	sDot                        // keeps a final period: Mr., U.S.
	sLy                         // lower-case word ending in -ly: promptly
	sDigit                      // starts with a digit
	sNonASCII                   // has a byte beyond ASCII: "Bōgs", "Ministry’s"
)

// A token is a word, a punctuation mark, or a whole quotation, which the
// attribution rules see as one opaque unit.
type token struct {
	s, e int32 // byte offsets
	fl   wflag
	sh   shape
	kind tkind
	r    rune  // punctuation: the mark
	seg  int32 // quotations: index into engine.segs
}

func (t *token) word() bool           { return t.kind == tWord }
func (t *token) cap() bool            { return t.kind == tWord && t.sh&sCap != 0 }
func (t *token) lower() bool          { return t.kind == tWord && t.sh&(sCap|sDigit) == 0 }
func (t *token) is(f wflag) bool      { return t.kind == tWord && t.fl&f != 0 }
func (t *token) punct(r rune) bool    { return t.kind == tPunct && t.r == r }
func (e *engine) str(t *token) string { return e.text[t.s:t.e] }

// tokenize splits paragraph p into tokens, each segment of e.segs one.
func (e *engine) tokenize(p para) {
	text := e.text
	e.toks = e.toks[:0]
	seg := 0
	for i := p.s; i < p.e; {
		if c := text[i]; c == ' ' || c == '\t' || c == '\r' {
			i++ // the commonest byte, without decoding
			continue
		}
		limit := p.e
		if seg < len(e.segs) {
			sg := &e.segs[seg]
			if i >= sg.open {
				if sg.nick = e.nickname(sg, p.e); !sg.nick {
					e.toks = append(e.toks, token{s: int32(sg.open), e: int32(sg.close), kind: tQuote, seg: int32(seg)})
				}
				i = sg.close
				seg++
				continue
			}
			limit = sg.open
		}
		r, n := utf8.DecodeRuneInString(text[i:limit])
		switch {
		case isSpace(r):
			i += n
		case isWord(r) || (r == '’' || r == '\'') && i+n < limit && startsDigit(text[i+n:limit]):
			j := e.scanWord(i, i+n, limit)
			if k := len(e.toks) - 1; k >= 0 && j-i == 3 && text[i:j] == "out" && int(e.toks[k].e)+1 == i {
				if f, ok := phrasalVerbs[text[e.toks[k].s:i-1]]; ok {
					e.toks[k].e, e.toks[k].fl = int32(j), f // "pointed out": one verb
					i = j
					continue
				}
			}
			e.toks = append(e.toks, e.wordToken(i, j))
			e.nameWordOfDate(len(e.toks) - 1)
			if k := len(e.toks) - 1; k > 0 && baseVerbs[text[i:j]] && e.toks[k-1].lower() && (modals[e.str(&e.toks[k-1])] || e.wantedTo(k)) {
				e.toks[k].fl |= fVerb // "Mr Horne will warn the danger is …", "she wanted to remind residents"
			}
			if k := len(e.toks) - 1; k > 0 && (text[i:j] == "thinks" || text[i:j] == "believes") && (e.toks[k-1].cap() && !notName(&e.toks[k-1]) || e.toks[k-1].fl&fPronPerson != 0) {
				e.toks[k].fl |= fVerb // "Klaver thinks it will be “difficult”": his word (not "anyone who believes")
			}
			if k := len(e.toks) - 1; k > 0 && text[i:j] == "call" && e.toks[k-1].lower() && e.pluralSubject(&e.toks[k-1]) && calledWhat(text[j:limit]) {
				e.toks[k].fl |= fVerb | fDescribe // "Defense lawyers call it a “cheap shot.”"
			}
			if w := text[i:j]; (w == "put" || w == "puts") && strings.HasPrefix(text[j:limit], " to ") && len(e.toks) > 1 && e.toks[len(e.toks)-2].kind == tWord {
				e.toks[len(e.toks)-1].fl |= fVerb // "‘…,’ Mr Nolan put to her."
			}
			i = j
		default:
			e.toks = append(e.toks, token{s: int32(i), e: int32(i + n), kind: tPunct, r: r})
			i += n
		}
	}
}

// baseVerbs are speech verbs in the form a modal takes, which are speech
// verbs only after one: "the cyber security chief will warn", but not
// "urged them to warn".
var baseVerbs = setOf(`warn add insist stress explain argue urge caution emphasise emphasize underline
	reiterate highlight cite point declare announce confirm deny claim note remind`)

// pluralSubject reports whether t, before a base speech verb, is a
// plural noun for people or "they": "Defense lawyers call it", "critics
// argue".
func (e *engine) pluralSubject(t *token) bool {
	if t.fl&fPronPlural != 0 {
		return true
	}
	w := e.str(t)
	return t.fl&fPersonNoun != 0 && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// calledWhat reports whether the words after "call" name what is called
// ("it a …", "them …", "the plan …"), not "call for", "call on".
func calledWhat(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"it ", "this ", "that ", "them ", "the ", "him ", "her "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// wantedTo reports whether the word before token k is the "to" of
// "wanted to", "sought to", "tried to": "Ballesteros wanted to remind
// residents to “never touch a power line”".
func (e *engine) wantedTo(k int) bool {
	return k >= 2 && e.wordIn(&e.toks[k-1], "to") && e.wordIn(&e.toks[k-2], "want", "wants", "wanted", "sought", "seeks", "tried", "tries", "wished", "hoped")
}

// reportedTo returns how many tokens before the speech verb at k a
// passive of report takes, "was found to have said", "is understood to
// have told", "was heard to say": the subject is before them; or 0.
func (e *engine) reportedTo(k int) int {
	n := 1
	if k >= 2 && e.wordIn(&e.toks[k-1], "have") {
		n = 2
	}
	if k-n-2 < 0 || !e.wordIn(&e.toks[k-n], "to") || !e.wordIn(&e.toks[k-n-1], "found", "understood", "reported", "alleged", "believed", "thought", "known", "heard", "said", "quoted") ||
		!e.wordIn(&e.toks[k-n-2], "was", "is", "were", "are") {
		return 0
	}
	return n + 2
}

// modals are the auxiliaries a base speech verb follows.
var modals = setOf(`will would may might could should must shall`)

// phrasalVerbs are the speech verbs of two words whose second is "out",
// read as one token: "“…,” the company pointed out."
var phrasalVerbs = map[string]wflag{
	"pointed": fVerb | fInvert, "points": fVerb | fInvert, "pointing": fPart,
	"spelled": fVerb | fInvert, "spelt": fVerb | fInvert, "spells": fVerb | fInvert,
}

// nickname reports whether segment sg is a nickname printed inside a
// name, "Joaquin “Jack” Villareal", "Ronald “Bato” dela Rosa": one or two
// capitalised words between a capitalised word and a name going on after a
// single space. It becomes no token, so that the name reads whole; the
// sentence still lists it as a scare quotation.
func (e *engine) nickname(sg *segment, end int) bool {
	n := len(e.toks)
	if !sg.closed || n == 0 || sg.end-sg.start > 24 || sg.close+2 > end {
		return false
	}
	prev := &e.toks[n-1]
	if !prev.cap() || prev.fl&(fFunc|fTitle) != 0 || int(prev.e)+1 != sg.open || e.text[prev.e] != ' ' ||
		e.text[sg.close] != ' ' {
		return false
	}
	rest := e.text[sg.close+1 : end]
	after, _ := utf8.DecodeRuneInString(rest)
	if next, _, _ := strings.Cut(rest, " "); !unicode.IsUpper(after) && (e.lookup(next)&fConn == 0 || next == "of" || next == "for") {
		return false
	}
	words := strings.Fields(e.text[sg.start:sg.end])
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		for k, r := range w {
			if k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// retag corrects words' flags from their neighbours. It clears the
// month flag of "Jan", "May", "April" used as first names: a month is
// followed by a number or follows a preposition, a first name is followed
// by a capitalised surname. And it makes "in Charge" after a title part
// of the title, so that names end before it: "Special Agent in Charge
// Marcus Webb".
func (e *engine) retag() {
	e.dropRetired()
	for i := range e.toks {
		t := &e.toks[i]
		if t.lower() && i > 0 && i+1 < len(e.toks) && e.toks[i-1].cap() && e.toks[i-1].fl&fTitle != 0 &&
			e.wordIn(t, "in") && e.toks[i+1].cap() && e.wordIn(&e.toks[i+1], "charge") {
			t.fl |= fConn
			e.toks[i+1].fl |= fTitle
			continue
		}
		if t.cap() && i+2 < len(e.toks) && e.wordIn(&e.toks[i+1], "sri") && e.wordIn(t, "tan", "puan") && e.toks[i+2].cap() {
			t.fl |= fTitle // "Tan Sri Abdul Latiff Hamzah": a Malaysian honorific, not a surname
			e.toks[i+1].fl |= fTitle
			continue
		}
		if t.lower() && i > 0 && i+2 < len(e.toks) && e.toks[i-1].cap() && e.toks[i-1].fl&fOrg != 0 &&
			e.wordIn(t, "to") && e.toks[i+1].cap() && e.toks[i+2].cap() {
			t.fl |= fConn // "Committee to Protect Journalists": a body's name goes on
			continue
		}
		if !t.cap() || t.fl&fMonth == 0 || i+1 >= len(e.toks) || !e.toks[i+1].cap() {
			continue
		}
		if i > 0 && e.toks[i-1].kind == tWord && e.toks[i-1].fl&(fPrep|fTimeMod) != 0 {
			continue
		}
		t.fl &^= fMonth
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// scanWord returns the end of the word that starts at s and whose first
// rune ends at j: letters and digits, joined by inner hyphens, apostrophes
// and periods (U.S.), with a plural possessive’s mark and an
// abbreviation's period kept.
func (e *engine) scanWord(s, j, limit int) int {
	text := e.text
	inner := false // an inner period: U.S
	for j < limit {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++ // ASCII letters and digits, without decoding
			continue
		}
		r, m := utf8.DecodeRuneInString(text[j:limit])
		if isWord(r) {
			j += m
			continue
		}
		if r == ',' && j > s && j+1 < limit && isDigitByte(text[j-1]) && isDigitByte(text[j+1]) {
			j++ // "40,000": one number, not a clause's comma
			continue
		}
		switch r {
		case '-', '‐', '‑', '’', '\'', '.', '&', '/':
			if j+m < limit {
				if r2, _ := utf8.DecodeRuneInString(text[j+m : limit]); isWord(r2) {
					if r == '.' && gluedSentence(text[s:j], text[j+m:limit]) {
						return j // "… Isarescu answered.The BNR governor explained": a space lost
					}
					if r == '.' {
						inner = true
					}
					j += m
					continue
				}
			}
			if r == '’' || r == '\'' {
				if last, _ := utf8.DecodeLastRuneInString(text[s:j]); last == 's' || last == 'S' {
					return j + m // the ministers’
				}
			}
			if r == '.' && (inner || e.abbreviation(s, j)) {
				if j+m+1 < limit && text[j+m] == '-' && e.abbreviation(s, j) {
					if r2, _ := utf8.DecodeRuneInString(text[j+m+1 : limit]); unicode.IsUpper(r2) {
						j, inner = j+m+1, true // "Brig.-Gen.", "Lt.-Col.": one title
						continue
					}
				}
				return j + m
			}
		case '+':
			// "OPEC+", "C++": a name's plus, not followed by a word
			if r2, _ := utf8.DecodeRuneInString(text[j+m : limit]); j+m == limit || !isWord(r2) {
				if unicode.IsUpper(rune(text[s])) {
					return j + m
				}
			}
		}
		return j
	}
	return j
}

// abbreviation reports whether text[s:e] keeps a following period: an
// initial (F.) or a listed abbreviation (Mr., Gen.).
func (e *engine) abbreviation(s, end int) bool {
	w := e.text[s:end]
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return e.lookup(w)&fAbbrev != 0
}

// lookup returns the lexicon flags of word w, case aside.
func (e *engine) lookup(w string) wflag {
	if len(w) > maxLexWord || len(w) == 0 {
		return 0
	}
	plain := true // lower-case ASCII, as most words are: looked up as they stand
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain || ascii(w) {
		if a, z := w[0]|0x20-'a', w[len(w)-1]|0x20-'a'; a < 26 && z < 26 && !lexEnds[len(w)][int(a)*26+int(z)] {
			return 0 // no lexicon word of its length begins and ends so
		}
		if plain {
			return lexicon[w]
		}
	}
	b := e.low[:0]
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		} else if r == '’' {
			b = append(b, '\'')
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	e.low = b
	return lexicon[string(b)]
}

// wordToken classifies the word text[s:end].
func (e *engine) wordToken(s, end int) token {
	w := e.text[s:end]
	t := token{s: int32(s), e: int32(end), kind: tWord}
	if !ascii(w) {
		t.sh |= sNonASCII
	}
	key := w
	if n := len(key); n > 0 && key[n-1] == '.' {
		t.sh |= sDot
		key = key[:n-1]
	}
	if base, ok := stripPossessive(key); ok {
		t.sh |= sPoss
		key = base
	}
	t.fl = e.lookup(key)
	if t.fl == 0 && key != "" && key[0] >= 'A' && key[0] <= 'Z' && strings.IndexByte(key, '-') > 0 && e.titleParts(key) {
		t.fl = fTitle // "Governor-General", "Commander-in-Chief"
		if strings.IndexByte(key, '.') > 0 {
			t.fl |= fAbbrev // "Brig.-Gen."
		}
	}
	if t.fl == 0 && len(key) > 3 && key[len(key)-1] == 's' {
		// "platforms", "statements": a plural has its singular's noun flags
		t.fl = e.lookup(key[:len(key)-1]) & (fPersonNoun | fBodyNoun | fDocNoun | fChannel)
	}
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(first):
		t.sh |= sCap
		if allCaps(key) {
			t.sh |= sAllCaps
		}
	case unicode.IsDigit(first) && strings.HasSuffix(key, "-year-old"):
		t.fl |= fPersonNoun // "the 61-year-old wrote": a noun for a person, written lower case
	case unicode.IsDigit(first) && digitName(key):
		t.sh |= sCap // "9mobile", "23andMe": a name that starts with a digit
	case unicode.IsDigit(first):
		t.sh |= sDigit
	case arabicParticle(w):
		t.sh |= sCap // "al-Mansouri" is a surname, written lower case
	case len(w) > 3 && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z':
		t.sh |= sCap // "State e-Government Agency": a name's word
	default:
		if t.fl == 0 && len(key) > 3 && key[len(key)-2:] == "ly" && !lyNouns[key] {
			t.sh |= sLy
		}
	}
	return t
}

// dropRetired removes a retired officer's "(retd)" from the tokens, so
// that the title before it reaches the name: "Justice (retd) Tariq
// Mehmood Bhatti", "Lt Col (retd) James Thornbury".
func (e *engine) dropRetired() {
	n := 0
	for n < len(e.toks) && !(e.toks[n].punct('(') && n+2 < len(e.toks) && e.toks[n+2].punct(')')) {
		n++
	}
	if n == len(e.toks) {
		return // no "(x)" at all: the common case, without a copy
	}
	out := e.toks[:0]
	for i := 0; i < len(e.toks); i++ {
		if i+2 < len(e.toks) && e.toks[i].punct('(') && e.toks[i+2].punct(')') && e.wordIn(&e.toks[i+1], "retd", "rtd", "ret", "retired") {
			i += 2
			continue
		}
		out = append(out, e.toks[i])
	}
	e.toks = out
}

// titleParts reports whether a hyphenated word's parts are titles, or
// small words between titles: "Governor-General", "Commander-in-Chief".
func (e *engine) titleParts(w string) bool {
	n := 0
	for p := range strings.SplitSeq(w, "-") {
		switch f := e.lookup(strings.TrimSuffix(p, ".")); {
		case f&fTitle != 0:
			n++
		case f&(fConn|fPrep|fPrepOf) == 0:
			return false
		}
	}
	return n >= 2
}

// stripPossessive removes a possessive ending: ’s, 's, or a plural’s ’.
func stripPossessive(w string) (string, bool) {
	if n := len(w); n < 2 || w[n-1] != 's' && w[n-1] != 'S' && w[n-1] != '\'' && w[n-1] != 0x99 {
		return w, false // most words: not ending in s, ' or ’ (whose last byte is 0x99)
	}
	for _, suf := range [...]string{"’s", "'s", "’S", "'S"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)], true
		}
	}
	for _, suf := range [...]string{"’", "'"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// name returns a word as a name: without a possessive ending.
func (e *engine) name(t *token) string {
	w := e.str(t)
	if t.sh&sPoss != 0 {
		w, _ = stripPossessive(w)
	}
	return w
}

// arabicParticle reports whether w is a name with a lower-case article
// joined to it: al-Mansouri, el-Sisi, ad-Darwish.
func arabicParticle(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 3 || h+1 >= len(w) {
		return false
	}
	switch w[:h] {
	case "al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ul":
		r, _ := utf8.DecodeRuneInString(w[h+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// lyNouns are nouns that end as adverbs do: "a family statement".
var lyNouns = setOf(`family ally rally assembly supply monopoly anomaly homily butterfly`)

// digitName reports whether a word that starts with digits goes on with
// four letters or more, as a brand's name does ("9mobile", "23andMe"),
// not a number's unit or ending ("10am", "1990s", "5th", "100km").
func digitName(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	letters := 0
	for _, r := range w[i:] {
		if !unicode.IsLetter(r) {
			return false
		}
		letters++
	}
	return letters >= 4
}

// gluedSentence reports whether a full stop between word and rest ends a
// sentence whose space was lost in copying ("answered.The"): three
// lower-case letters or more before it, a capital and a lower-case
// letter after, not "U.S." or "e.g.".
func gluedSentence(word, rest string) bool {
	if len(word) < 3 || len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] < 'a' || rest[1] > 'z' {
		return false
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// nameWordOfDate clears the flags of a month or a modal that is a name's
// word: "Theresa May" (a name before it), "health minister Will Quince"
// (a name after it, a word or comma before it); not "in May 2020", "Tuesday May
// 12" or a sentence's "Will Britain leave?".
func (e *engine) nameWordOfDate(k int) {
	if k < 1 {
		return
	}
	cur, prev := &e.toks[k], &e.toks[k-1]
	if cur.kind != tWord || prev.kind != tWord || !cur.cap() || !prev.cap() {
		return
	}
	const dateOrModal = fMonth | fWeekday | fFunc
	if cur.fl&fMonth != 0 && cur.fl&(fTitle|fDet|pronouns) == 0 && prev.fl&dateOrModal == 0 && prev.fl&(fTitle|fOrg|fPlace) == 0 && prev.sh&sAllCaps == 0 && cur.sh&sAllCaps == 0 {
		cur.fl &^= dateOrModal // "Theresa May"
		return
	}
	if k >= 2 && prev.fl&fFunc != 0 && e.wordIn(prev, "will", "may", "can", "grace", "hope", "joy", "faith") && prev.fl&(fTitle|fDet|pronouns|fMonth) == 0 && prev.sh&sAllCaps == 0 && cur.fl&dateOrModal == 0 && cur.sh&sAllCaps == 0 {
		if pp := &e.toks[k-2]; pp.kind == tWord && (pp.lower() || pp.fl&fTitle != 0) || pp.punct(',') {
			prev.fl &^= dateOrModal // "health minister Will Quince", "said Will Taylor", ", Will Taylor spent"
		}
	}
}
