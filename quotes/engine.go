package quotes

import "strings"

// attribution is who said a quotation, and how.
type attribution struct {
	ent     int    // entity index, or -1
	text    string // the speaker's words when no entity: "a senior official"
	kind    uint8  // what the speaker is, for pronouns
	role    string
	verb    string
	channel string
	date    string
	// anon: a clause attributes the quotation ("she said") but nobody it
	// could refer to has been named.
	anon bool
	// unnamed: the body speaks through someone not named here, "a
	// spokesman", whom the next paragraph may name
	unnamed string
}

func (a attribution) ok() bool { return a.ent >= 0 || a.text != "" || a.anon }

var noOne = attribution{ent: -1}

// A draft is a quotation being put together.
type draft struct {
	parts  []span // byte offsets
	para   int
	kind   Kind
	attr   attribution
	has    bool // attributed
	sentNo int  // the sentence it starts in
	prevOK bool
	prev   attribution // its speaker if nothing better turns up
	// headline: it is in a headline, whose quotation the story usually
	// quotes again with its speaker
	headline bool
	// implied: no attribution in its sentence names its speaker, who is
	// the one the discourse implies (see settle)
	implied bool
}

// engine holds one run of Find: the text, the scratch it reuses from
// paragraph to paragraph, and what the discourse so far has named.
type engine struct {
	text     string
	known    knownIndex
	knownIDs []string

	paras   []para
	segs    []segment
	stack   []openMark
	toks    []token
	sents   []span
	low     []byte
	attrBuf []attr

	ents         []entity
	entBy        map[string]int // normalised name → entity
	byActor      map[int]int
	byLast       map[string][]int // last word of many-word names
	byFirst      map[string][]int // first word of many-word names
	bySingle     map[string]int   // one-word names
	byInitials   map[string][]int // initials of many-word names: "AJC"
	byWord       map[string][]int // every word of names and roles: "the ministry"
	keys         map[string]string
	one          [1]int             // scratch for bySingle1
	wordsBuf     []string           // scratch for roleLookup
	names        map[string]nameHit // name phrases resolved, by their text
	namesAtStart map[string]nameHit // the same, opening a sentence
	seq          int
	drafts       []draft

	lastPerson, lastBody, lastUnknown int
	recentPeople                      []int     // the last few people mentioned, most recent last
	smen                              []mention // mentions in the current sentence

	sentNo        int
	sentStart     int         // the current sentence's first token
	curSubj       attribution // the subject of the current sentence
	curSubjTok    int
	prevSubj      attribution // the subject of the last sentence that had one
	prevNarr      bool        // prevSubj is the subject of a sentence without quotations
	lastQuote     attribution // the attribution of the last attributed quotation
	lastQuoteNo   int         // its sentence number
	lastQuotePara int         // and paragraph
	asker         attribution // the speaker of the last quotation "asked"
	answerer      attribution // whom they were asking
	askedNo       int         // the sentence of the question
	intro         attribution // a clause ending in ':' ("Rama said:") that list items below take
	openDraft     int         // a quotation running on into the next paragraph, or -1
	nickSeg       int         // the paragraph's first segment not yet looked at for a nickname
	turns         []uint8     // what each paragraph is in a transcript (see turnKind)
	turnDraft     int         // the draft of the transcript's current turn, or -1
	turnWho       attribution // the current turn's speaker
	turnQuote     int         // the token of a quotation a turn's label opens, or -1
	pending       int         // a draft waiting for the next sentence, or -1
	pendingNo     int         // the sentence it began waiting in
	docAuthor     map[string]attribution
	lastDoc       attribution // the author of the document mentioned last
	headline      bool
	headPara      bool // the paragraph is a headline, maybe set in sentence case
	// The lede: the first paragraph not set as a headline. A definite
	// role it names ("Georgia's top election official") is often the
	// first person the next paragraphs name, under other words
	// ("Secretary of State Brad Renner").
	para, ledePara int
	// entities first named in the headline and lede are [0,ledeTo), in the
	// paragraph after it [ledeTo,nextTo), in the one after that
	// [nextTo,afterTo)
	ledeTo, nextTo, afterTo int
}

// A mention is an entity named at a token of the current sentence.
type mention struct{ tok, ent int }

func newEngine(text string, known []Actor) *engine {
	// Room for the names of a long text at the start, rather than maps
	// rehashed as they grow: about one new name per 400 bytes of news.
	hint := len(text) / 400
	return &engine{
		text:         text,
		known:        newKnownIndex(known),
		knownIDs:     actorIDs(known),
		ents:         make([]entity, 0, len(text)/160), // about one entity per 200 bytes of news
		entBy:        make(map[string]int, hint),
		byActor:      map[int]int{},
		byLast:       make(map[string][]int, hint),
		byFirst:      make(map[string][]int, hint),
		bySingle:     map[string]int{},
		byInitials:   map[string][]int{},
		byWord:       make(map[string][]int, hint),
		keys:         make(map[string]string, hint),
		names:        make(map[string]nameHit, hint),
		namesAtStart: map[string]nameHit{},
		docAuthor:    map[string]attribution{},
		lastPerson:   -1,
		recentPeople: make([]int, 0, 8),
		lastBody:     -1,
		lastUnknown:  -1,
		openDraft:    -1,
		turnDraft:    -1,
		turnWho:      noOne,
		turnQuote:    -1,
		pending:      -1,
		curSubj:      noOne,
		prevSubj:     noOne,
		lastQuote:    noOne,
		asker:        noOne,
		answerer:     noOne,
		intro:        noOne,
		lastDoc:      noOne,
		lastQuoteNo:  -10,
	}
}

func actorIDs(known []Actor) []string {
	ids := make([]string, len(known))
	for i, a := range known {
		ids[i] = a.ID
	}
	return ids
}

func (e *engine) run() { e.runWith(len(e.text) >= pipelineMin) }

// runWith is run, reading ahead of the analysis or each paragraph in
// turn.
func (e *engine) runWith(pipelined bool) {
	e.paras = splitParagraphs(e.text, e.paras)
	e.turns = transcriptTurns(e.text, e.paras, e.turns)
	// Room for about as many quotations as there are opening marks, so
	// that a long text's drafts are not copied as they grow.
	e.drafts = make([]draft, 0, 8+strings.Count(e.text, "“")+strings.Count(e.text, "\"")/2+strings.Count(e.text, "‘")/2)
	if pipelined {
		e.runPipelined()
	} else {
		e.runInTurn()
	}
	if e.openDraft >= 0 {
		e.closeDraft(e.openDraft)
	}
	e.resolvePending(span{}, nil)
}

// paragraph analyses the sentences of the current paragraph.
func (e *engine) paragraph(no int) {
	if len(e.toks) == 0 {
		return
	}
	first := &e.toks[0]
	listItem := first.kind == tQuote || first.kind == tPunct && strings.ContainsRune("-–—•*·", first.r) ||
		first.sh&sDigit != 0 && len(e.toks) > 1 && (e.toks[1].punct('.') || e.toks[1].punct(')'))
	if !listItem {
		e.intro = noOne
	}
	e.headline = e.isHeadline()
	// A paragraph before the lede that does not end as a sentence is a
	// headline too, though set in sentence case: its quotation is the
	// story's, said again below.
	e.headPara = e.headline || e.ledePara == 0 && !e.endsSentence()
	e.para = no
	e.nickSeg = 0
	switch {
	case e.ledePara == 0 && !e.headline && e.endsSentence():
		e.ledePara = no
	case e.ledePara > 0 && no == e.ledePara+1 && e.dateline() > 0:
		// a dateline opens the story: the paragraph before it was the
		// standfirst under the headline
		e.ledePara = no
	case e.ledePara > 0 && no == e.ledePara+1:
		e.ledeTo = len(e.ents)
	case e.ledePara > 0 && no == e.ledePara+2:
		e.nextTo = len(e.ents)
	case e.ledePara > 0 && no == e.ledePara+3:
		e.afterTo = len(e.ents)
	}
	if d := e.dateline(); d > 0 && len(e.sents) > 0 {
		// ("NORFOLK, Va. —": the state's period is no sentence's end)
		for len(e.sents) > 1 && e.sents[0].b <= d {
			e.sents = e.sents[1:]
		}
		if d < e.sents[0].b {
			e.sents[0].a = max(e.sents[0].a, d)
		}
	}
	e.turn(no)
	for _, s := range e.sents {
		e.sentence(s, no)
	}
}

// dateline returns the token after a wire dateline that opens the
// paragraph ("TIRANA, Albania (AP) —", "Tehran (AFP) –", "LONDON -"), or
// 0 if there is none.
func (e *engine) dateline() int {
	if d := e.agencyLine(); d > 0 {
		return d
	}
	for d := 1; d < len(e.toks) && d < 14; d++ {
		t := &e.toks[d]
		if t.kind != tPunct {
			continue
		}
		switch t.r {
		case '—', '–', '-':
			n := d + 1
			if n < len(e.toks) && e.toks[n].kind == tPunct && strings.ContainsRune("—–-", e.toks[n].r) {
				n++ // "--"
			}
			if n < len(e.toks) && e.toks[n].lower() {
				return 0 // "Lopez Obrador -- who rejected …": a dash in the sentence
			}
			if e.toks[d-1].punct(')') || e.toks[0].sh&sAllCaps != 0 && len(e.str(&e.toks[0])) > 2 || e.placeLine(d) {
				return n // (after both dashes of "(NEW YORK) --")
			}
			return 0
		case '.':
			if n := d + 1; n < len(e.toks) && e.toks[d-1].cap() && len(e.str(&e.toks[d-1])) <= 5 && e.toks[n].kind == tPunct && strings.ContainsRune("—–-", e.toks[n].r) {
				continue // "NORFOLK, Va. —": a state's abbreviation
			}
			return 0
		case ':':
			if e.capsPlaceLine(d) {
				return d + 1
			}
			return 0
		case '!', '?', ';':
			return 0
		}
	}
	return 0
}

// capsPlaceLine reports whether the tokens before the colon at d are a
// place in capitals opening the story, "RIYADH: Saudi Arabia said …",
// "NEW DELHI: The government …", not a transcript's label.
func (e *engine) capsPlaceLine(d int) bool {
	if d > 3 || e.para < 1 || e.turns[e.para-1] != 0 || e.ledePara > 0 && e.para > e.ledePara+1 || d+1 >= len(e.toks) || !e.toks[d+1].cap() {
		return false
	}
	if d == 1 && e.para > 1 && e.toks[0].cap() && e.toks[0].fl == 0 && len(e.str(&e.toks[0])) > 3 && len(e.byWord[strings.ToLower(e.str(&e.toks[0]))]) == 0 && d+6 < len(e.toks) {
		return true // "Sriharikota: Right after the launch, …": a place no one in the story is called
	}
	for k := 0; k < d; k++ {
		if t := &e.toks[k]; t.kind != tWord || t.sh&sAllCaps == 0 || len(e.str(t)) < 3 || t.fl&(fTitle|fPersonNoun) != 0 {
			return false
		}
	}
	return true
}

// agencyLine returns the token after a dateline of a place and an agency
// in brackets with no dash, "Baghdad (IraqiNews.com) MP Talal …",
// "NEW DELHI (PTI) The government …", or 0.
func (e *engine) agencyLine() int {
	if e.ledePara > 0 && e.para > e.ledePara+1 {
		return 0 // a dateline opens a story, not its fifth paragraph
	}
	p := 0
	for p < len(e.toks) && p < 4 && e.toks[p].cap() && !notName(&e.toks[p]) {
		p++
	}
	if p == 0 || p+3 >= len(e.toks) || !e.toks[p].punct('(') {
		return 0
	}
	agency := false
	for k := p + 1; k < len(e.toks) && k < p+6; k++ {
		t := &e.toks[k]
		if t.punct(')') {
			if agency && k+1 < len(e.toks) && e.toks[k+1].cap() {
				return k + 1
			}
			return 0
		}
		if !(t.kind == tWord && !t.lower() || t.punct('.')) {
			return 0
		}
		// "(AP)", "(PTI)", "(IraqiNews.com)", "(Reuters)": an agency, not
		// a body's short form after its name ("Kenya Airways (KQ)")
		agency = agency || t.punct('.') || strings.Contains(e.str(t), ".") ||
			t.sh&sAllCaps != 0 && k == p+1 && e.toks[k+1].punct(')') && (p == 1 || e.toks[0].sh&sAllCaps != 0) ||
			e.wordIn(t, "reuters", "xinhua", "bernama", "yonhap", "anadolu", "sputnik", "interfax", "kyodo", "efe", "ansa", "dpa")
	}
	return 0
}

// placeLine reports whether the tokens before d are a place's name set
// as a dateline, "Lusaka, Zambia –": capitalised words and a comma.
func (e *engine) placeLine(d int) bool {
	if d > 5 || !e.toks[d-1].cap() {
		return false
	}
	for k := 0; k < d; k++ {
		if t := &e.toks[k]; !(t.cap() && !notName(t) || k > 0 && t.punct(',')) {
			return false
		}
	}
	return true
}

// endsSentence reports whether the paragraph ends as a sentence does, not
// as a headline or a label: with a full stop, a question or exclamation
// mark, or a quotation.
func (e *engine) endsSentence() bool {
	last := &e.toks[len(e.toks)-1]
	if last.kind == tQuote {
		// A quotation ends a sentence, unless the line has no other
		// stop and the quotation none either: a headline's "Minister X:
		// neutrality «not negotiable»"
		if e.segEndsSentence(int(last.seg)) {
			return true
		}
		for i := range e.toks {
			if t := &e.toks[i]; t.kind == tPunct && strings.ContainsRune(".!?", t.r) {
				return true
			}
		}
		return len(e.toks) > 24
	}
	return last.kind == tPunct && strings.ContainsRune(".!?", last.r)
}

// isHeadline reports whether the paragraph is set like a headline: no
// final full stop and most words capitalised. Its capitalised words are
// not taken for names.
func (e *engine) isHeadline() bool {
	last := &e.toks[len(e.toks)-1]
	if last.kind == tQuote && e.segEndsSentence(int(last.seg)) {
		return false // a sentence ending in a quotation
	}
	words, caps := 0, 0
	for i := range e.toks {
		t := &e.toks[i]
		if t.kind == tPunct && strings.ContainsRune(".!?", t.r) {
			return false
		}
		if t.kind == tWord && t.fl&fConn == 0 && t.fl&fFunc == 0 {
			words++
			if t.cap() {
				caps++
			}
		}
	}
	// A heading of a word or three ("Quotes", "Quick facts") labels
	// what follows and names no one.
	return words >= 4 && caps*10 >= words*6 || words > 0 && words < 4 && e.toks[0].cap() && !e.endsSentence() && !last.punct(':')
}

// sentence finds the attributions in sentence s and gives each quotation
// in it a speaker and a kind.
func (e *engine) sentence(s span, para int) {
	e.sentNo++
	e.sentStart = s.a
	e.mentions(s)
	e.curSubj, e.curSubjTok = e.subject(s)
	e.learnGender(s)
	attrs := e.attributions(s)
	e.givenName(s, attrs)
	e.noteDocuments(s, attrs)
	hasQuote := false
	joinTok, joinDraft := -1, -1 // a quotation continuing the draft before its attribution
	firstSpeaker := noOne
	firstPost := noOne // the speaker of a quotation opening the sentence, attributed after it
	for i := s.a; i < s.b; i++ {
		t := &e.toks[i]
		if t.kind != tQuote {
			continue
		}
		hasQuote = true
		sg := &e.segs[t.seg]
		e.nicknames(sg.open, para)
		part := span{sg.start, sg.end}
		if sg.cont && e.openDraft >= 0 {
			di := e.openDraft
			e.drafts[di].parts = append(e.drafts[di].parts, part)
			if !sg.runsOn {
				e.openDraft = -1
				if d := &e.drafts[di]; !d.has {
					if k := e.postAttr(i, s, attrs); k >= 0 {
						d.attr, d.has = e.describe(attrs[k], s), true
						// "‘… carry this alone.¶‘The world,’ she said, ‘has
						// decided …’": the part after the attribution too
						if j := e.splitPart(i, &attrs[k], s, e.text[sg.start:sg.end]); j >= 0 {
							joinTok, joinDraft = j, di
						}
					}
				}
				e.closeDraft(di)
			}
			continue
		}
		if i == joinTok {
			e.drafts[joinDraft].parts = append(e.drafts[joinDraft].parts, part)
			if sg.runsOn {
				e.openDraft = joinDraft
			}
			continue
		}
		e.drafts = append(e.drafts, draft{parts: []span{part}, para: para, sentNo: e.sentNo, headline: e.headPara})
		di := len(e.drafts) - 1
		var post bool
		joinTok, post = e.attribute(di, i, s, attrs)
		joinDraft = di
		d := &e.drafts[di]
		if i == e.turnQuote && e.turnWho.ok() {
			d.kind, d.attr, d.has = Direct, e.turnWho, true // a transcript's turn in quotation marks
		}
		if d.has && !firstSpeaker.ok() {
			firstSpeaker = d.attr
		}
		if post && i == s.a {
			firstPost = d.attr
		}
		if sg.runsOn {
			e.openDraft = di
			if !d.has {
				d.prev, d.prevOK = e.implied(i)
			}
			continue
		}
		if d.has {
			e.noteQuote(d.attr)
			if e.isQuestion(i) && d.attr.ent >= 0 && !strings.HasPrefix(d.attr.verb, "ask") {
				e.asker, e.askedNo = d.attr, e.sentNo // “…?” one reporter called out
			}
		} else if d.kind != Scare {
			e.settle(di, i)
		}
	}
	if e.pending >= 0 && e.pendingNo < e.sentNo {
		switch {
		case !hasQuote:
			e.resolvePending(s, attrs)
		case firstPost.ok():
			e.giveWaiting(firstPost)
		default:
			e.resolvePending(span{}, nil)
		}
	}
	e.nicknames(int(e.toks[s.b-1].e), para)
	e.endSentence(s, attrs, firstSpeaker)
}

// nicknames lists, as scare quotations, the nicknames printed inside names
// (which are no tokens) that start before byte pos and are not listed yet.
func (e *engine) nicknames(pos, para int) {
	for ; e.nickSeg < len(e.segs) && e.segs[e.nickSeg].open < pos; e.nickSeg++ {
		if sg := &e.segs[e.nickSeg]; sg.nick {
			e.drafts = append(e.drafts, draft{parts: []span{{sg.start, sg.end}}, para: para, sentNo: e.sentNo, kind: Scare})
		}
	}
}

// relativeSpeaker returns the speaker of a relative clause's speech
// verb, "…, who said", when it is someone other than the sentence's
// subject, or noOne.
func (e *engine) relativeSpeaker(s span, attrs []attr) attribution {
	for _, a := range attrs {
		if a.verb > s.a && e.wordIn(&e.toks[a.verb-1], "who") && a.who.ent >= 0 && a.who.ent != e.curSubj.ent && e.ents[a.who.ent].kind == kPerson {
			for _, m := range e.smen {
				if m.ent == a.who.ent && m.tok < a.verb {
					return a.who // named in the sentence, before "who"
				}
			}
		}
	}
	return noOne
}

// reportClause reports whether attribution a is a clause of reporting
// set after the sentence's subject: at the sentence's end ("…, Khan
// said.") or between commas ("…, Morgan reported, and …").
func (e *engine) reportClause(s span, a *attr) bool {
	if a.last >= s.b-2 {
		return true
	}
	if !a.according && a.first > s.a && e.toks[a.first-1].punct(',') && a.last+10 >= s.b && !e.some(a.last+1, s.b-1, func(t *token) bool {
		return t.kind != tWord || t.fl&(fVerb|fPronRel) != 0 || t.lower() && t.sh&sPoss == 0 && (t.fl&fPart != 0 || strings.EqualFold(e.str(t), "that"))
	}) {
		return true // "…, Paul Dillon told a U.N. briefing in Geneva.", "…, X said on Tuesday in Geneva."
	}
	if a.first-2 > s.a && e.toks[a.first-1].lower() && e.wordIn(&e.toks[a.first-1], "and", "but") && e.toks[a.first-2].punct(',') && !a.according {
		return true // "Inscriptions indicated the owner …, and Hawass said the tomb …": the clause of reporting joined on
	}
	return a.first > s.a && a.last+1 < s.b && e.toks[a.first-1].punct(',') && e.toks[a.last+1].punct(',')
}

// endSentence carries what the sentence named over to the next one.
func (e *engine) endSentence(s span, attrs []attr, firstSpeaker attribution) {
	rel := noOne
	if !firstSpeaker.ok() {
		rel = e.relativeSpeaker(s, attrs)
	}
	// "According to early investigations, a struggle involving Montero
	// took place, police chief Andres Serna said.": the clause of
	// reporting, whichever attribution it is; and after an opening
	// phrase ("On the allegation that Joko Widodo was quoted as saying
	// …, Anifah said he …") the one reporting after its comma
	report := -1
	fronted := e.toks[s.a].cap() && e.toks[s.a].fl&fPrep != 0
	for k := range attrs {
		a := &attrs[k]
		if !a.who.ok() || a.first <= s.a {
			continue
		}
		if e.curSubj.ok() && a.who.ent != e.curSubj.ent && a.first > e.curSubjTok && e.reportClause(s, a) || fronted && e.toks[a.first-1].punct(',') {
			report = k
			break
		}
	}
	switch {
	case firstSpeaker.ok():
		e.prevSubj, e.prevNarr = firstSpeaker, false
	case rel.ok():
		// "Ionescu spoke alongside Gen. Victor Stanescu, …, who said …":
		// the one who said it, whom "he said" next refers to
		e.prevSubj, e.prevNarr = rel, false
	case len(attrs) > 0 && attrs[0].according && attrs[0].verb <= s.a+1 && attrs[0].who.ok() && e.wordIn(&e.toks[attrs[0].verb], "for"):
		// "For Gerald Quayle, a Barkindji man, such discussions have been
		// a long time coming. “…”": the one whose view it is
		e.prevSubj, e.prevNarr = attrs[0].who, false
	case report >= 0:
		// "The release of water has worsened the flooding, Khan said.",
		// "Air strikes were launched, Morgan reported, and …": the one
		// reporting it, not what the report is about
		e.prevSubj, e.prevNarr = attrs[report].who, false
	case e.curSubj.ok():
		e.prevSubj, e.prevNarr = e.curSubj, true
	case len(attrs) > 0 && attrs[0].who.ok():
		e.prevSubj, e.prevNarr = attrs[0].who, false
	}
	last := &e.toks[s.b-1]
	// (and a paragraph ending in a semicolon, as some papers print the
	// colon: "UNP MP, Ravi Karunayake expressed these views;")
	if last.punct(':') || last.punct(';') && int(last.e) >= e.paras[e.para-1].e-1 {
		switch {
		case len(attrs) > 0:
			k := len(attrs) - 1
			for k > 0 && e.embedded(attrs[k]) {
				k-- // "He said Spain would deliver every unit the alliance asks of it, but …:"
			}
			e.intro = e.describe(attrs[k], s)
		case e.curSubj.ok():
			e.intro = e.curSubj
		default:
			e.intro = e.prevSubj // "Among them:"
		}
	}
}
