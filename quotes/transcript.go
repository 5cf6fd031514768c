package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A transcript prints what each speaker said after their name, with no
// quotation marks: a press briefing, a broadcast interview.
//
//	Sun Wei: The talks were candid, in-depth and constructive.
//	Bloomberg: What is your response?
//	MS WHITFIELD: I'm not going to characterize another government's readout.
//
// Each turn is a direct quotation by the speaker its label names, and
// the paragraphs after it that no label opens, up to the next label,
// carry it on. A label alone is not a transcript: "Red Sea: Minister
// refuses …" is a headline, "Analysis: …" a section. Paragraphs count as
// a transcript's when at least three labelled ones follow each other
// (maxGap unlabelled paragraphs at most between two) and one speaker's
// label comes twice. The questioner's generic label ("QUESTION:", "Q:") makes
// a turn that is no one's, and so no quotation.

// turnKind says what a paragraph of a transcript is.
const (
	notTurn   = 0
	turnStart = 1 // opens with a speaker's label
	turnCont  = 2 // carries on the turn before it
	turnAnon  = 3 // opens with a generic label: the turn is no one's
)

// maxGap is how many paragraphs a turn may run on over, no label
// opening them: a spokesperson's opening statement.
const maxGap = 4

// maxLabel bounds the bytes of a speaker's label, "SEN. LAURA WHITFIELD".
const maxLabel = 48

// transcriptTurns returns, for each paragraph, what it is in a
// transcript (see turnKind), in out reused.
func transcriptTurns(text string, paras []para, out []uint8) []uint8 {
	out = out[:0]
	for range paras {
		out = append(out, notTurn)
	}
	var labels []int // paragraphs opening with a label, and their keys
	var keys []string
	flush := func() {
		if len(labels) >= 3 && repeats(keys) {
			for n, pi := range labels {
				kind := uint8(turnStart)
				if keys[n] == "" {
					kind = turnAnon
				}
				out[pi] = kind
				if n+1 < len(labels) {
					for c := pi + 1; c < labels[n+1]; c++ {
						out[c] = turnCont
					}
				}
			}
		}
		labels, keys = labels[:0], keys[:0]
	}
	for pi, p := range paras {
		_, key, ok := turnLabel(text, p)
		if !ok {
			if len(labels) > 0 && pi-labels[len(labels)-1] > maxGap {
				flush()
			}
			continue
		}
		labels, keys = append(labels, pi), append(keys, key)
	}
	flush()
	return out
}

// repeats reports whether a speaker's key comes twice.
func repeats(keys []string) bool {
	for i, k := range keys {
		for _, l := range keys[i+1:] {
			if k != "" && k == l {
				return true
			}
		}
	}
	return false
}

// turnLabel reads the label that opens paragraph p: it returns where the
// turn's words start, the speaker's key (the label's last word, lower
// case; "" for a generic label such as "QUESTION"), and whether p opens
// with a label at all.
func turnLabel(text string, p para) (start int, key string, ok bool) {
	end := min(p.e, p.s+maxLabel)
	colon := strings.IndexByte(text[p.s:end], ':')
	if colon <= 0 || p.s+colon+1 < p.e && text[p.s+colon+1] != ' ' {
		return 0, "", false // "14:05", "https://…"
	}
	label := text[p.s : p.s+colon]
	if c := strings.IndexByte(label, ','); c > 0 {
		label = label[:c] // "LEILA FARAHANI, HOST:", "DAVID OKONJO, BYLINE:"
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 5 {
		return 0, "", false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (k == len(words)-1 || lexicon[w]&fConn == 0) {
			return 0, "", false // "Update at 14:05", "the minister said:"
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune(".'’-", c) {
				return 0, "", false
			}
		}
	}
	start = p.s + colon + 1
	for start < p.e {
		r, n := utf8.DecodeRuneInString(text[start:p.e])
		if !unicode.IsSpace(r) {
			break
		}
		start += n // (any space: "\u2000" too)
	}
	first := strings.ToLower(strings.TrimSuffix(words[0], "."))
	last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
	if len(words) == 1 && genericLabels[first] {
		return start, "", true
	}
	if len(words) == 1 && (notLabels[first] || lexicon[first] != 0 || lexicon[strings.TrimSuffix(first, "s")] != 0) {
		return 0, "", false // "Analysis: …", "Update: …", a record's "Age: 47", "The Defendants:"
	}
	if len(words) == 2 && (words[0] == "The" || words[0] == "THE") && !genericLabels[last] {
		return 0, "", false // "The Defendants:", a heading
	}
	return start, last, true
}

// notLabels are words that open a headline or a section with a colon,
// not a speaker's turn.
var notLabels = setOf(`note update updated correction clarification photo photos video watch listen read
	related source sources background context breaking exclusive analysis opinion comment explainer
	summary timeline disclaimer warning caption credit transcript live key why how what when where who
	editor editors factbox instant view preview review recap age name date location charges defendants
	contact phone email address nationality occupation sentence status time venue case tel fax`)

// genericLabels name a turn's speaker by what they are, not who: their
// turns are no one's quotations.
var genericLabels = setOf(`q a question questions answer answers questioner moderator host presenter
	interviewer reporter reporters journalist audience participant unidentified voice voices`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// turn makes paragraph no's turn in a transcript a quotation, or carries
// the turn before it on.
func (e *engine) turn(no int) {
	p := e.paras[no-1]
	switch e.turns[no-1] {
	case turnCont:
		e.turnQuote = -1
		switch {
		case e.turnDraft >= 0:
			d := &e.drafts[e.turnDraft]
			d.parts = append(d.parts, span{p.s, p.e})
		case e.turnWho.ok():
			e.addTurn(no, span{p.s, p.e}) // the words after a label on a line of its own
		}
		return
	case turnStart:
	default:
		e.turnDraft, e.turnQuote = -1, -1
		return
	}
	e.turnDraft, e.turnWho, e.turnQuote = -1, noOne, -1
	start, _, _ := turnLabel(e.text, p)
	k := 0
	for k < len(e.toks) && k < 12 && !e.toks[k].punct(':') && !e.toks[k].punct(',') {
		k++
	}
	if k == 0 || k == len(e.toks) || k == 12 {
		return
	}
	e.sentStart = 0
	if k+1 < len(e.toks) && e.toks[k+1].kind == tQuote {
		// "Hale: ‘Absolutely not.’": quoted, and found as any quotation
		// is; settle gives it the label's speaker
		e.turnWho, e.turnQuote = e.labelSpeaker(k), k+1
		return
	}
	if e.turnWho = e.labelSpeaker(k); e.turnWho.ok() && start < p.e {
		e.addTurn(no, span{start, p.e})
	}
}

// addTurn makes part the quotation of the current turn's speaker.
func (e *engine) addTurn(no int, part span) {
	e.drafts = append(e.drafts, draft{parts: []span{part}, para: no, kind: Direct, attr: e.turnWho, has: true, sentNo: e.sentNo + 1})
	e.turnDraft = len(e.drafts) - 1
	e.noteQuote(e.turnWho)
}

// labelSpeaker resolves a turn's label, tokens [0,k): a name as any
// other, and one in capitals ("MS WHITFIELD", "OKONJO") as the person
// the text names in ordinary case, by full name or surname.
func (e *engine) labelSpeaker(k int) attribution {
	a := 0
	for i := k - 2; i >= 0; i-- {
		if e.toks[i].fl&fTitle != 0 {
			a = i + 1 // "MS", "SEN.", "DEPUTY CHIEF CABINET SECRETARY"
			break
		}
	}
	var words []string
	for i := a; i < k; i++ {
		t := &e.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.sh&sAllCaps == 0 || len(e.str(t)) < 3 {
			return e.resolvePhrase(0, k, 0) // an ordinary name, or an outlet's "DW"
		}
		words = append(words, e.str(t))
	}
	if len(words) == 0 {
		return noOne
	}
	for n, w := range words {
		words[n] = titleCase(w)
	}
	name := strings.Join(words, " ")
	if len(words) == 1 {
		best := -1
		for _, i := range e.byLast[strings.ToLower(name)] {
			if en := &e.ents[i]; en.kind != kBody && (best < 0 || en.last > e.ents[best].last) {
				best = i
			}
		}
		if best >= 0 {
			return e.touch(nameHit{ent: best, kind: e.ents[best].kind})
		}
	}
	i := e.entity(name, kPerson, "")
	return attribution{ent: i, kind: e.ents[i].kind}
}

// titleCase writes a word in capitals as a name: "GURU-SINGH" as
// "Guru-Singh".
func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}
