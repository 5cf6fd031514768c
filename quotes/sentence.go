package quotes

import (
	"strings"
	"unicode/utf8"
)

// A span is a range of token indices [a,b).
type span struct{ a, b int }

// splitSentences splits e.toks into sentences. A quotation is opaque: its
// own full stops do not end the reporter's sentence unless what follows
// starts a new one and is not the quotation's attribution (“…?” Rama
// asked).
func (e *engine) splitSentences() {
	e.sents = e.sents[:0]
	start := 0
	toks := e.toks
	for i := range toks {
		t := &toks[i]
		end := false
		switch t.kind {
		case tPunct:
			switch t.r {
			case '.', '!', '?', '…':
				end = i+1 == len(toks) || e.startsSentence(i+1)
			}
		case tQuote:
			// a quotation inside the reporter's sentence ("said the
			// decision would “… region.” Analyst X said") is not one an
			// attribution after it can still belong to
			inner := i > start && toks[i-1].kind == tWord
			end = i+1 < len(toks) && e.segEndsSentence(int(t.seg)) && e.startsSentence(i+1) && (inner || !e.attributionAhead(i+1))
		case tWord:
			// "… the U.S. The ministry …": an abbreviation's period ends
			// a sentence when a function word starts the next.
			end = t.sh&sDot != 0 && t.fl&(fTitle|fAbbrev) == 0 && i+1 < len(toks) &&
				toks[i+1].cap() && toks[i+1].fl&fFunc != 0 && toks[i+1].fl&fTitle == 0
		}
		if end {
			e.sents = append(e.sents, span{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		e.sents = append(e.sents, span{start, len(toks)})
	}
}

// startsSentence reports whether token i can start a sentence.
func (e *engine) startsSentence(i int) bool {
	t := &e.toks[i]
	return t.kind == tQuote || t.sh&(sCap|sDigit) != 0 || t.kind == tPunct && strings.ContainsRune("(•*-–—", t.r)
}

// segEndsSentence reports whether a segment's text ends a sentence.
func (e *engine) segEndsSentence(k int) bool {
	sg := &e.segs[k]
	if !sg.closed {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(e.text[sg.start:sg.end])
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// attributionAhead reports whether the words from token i are a speaker
// and a speech verb ("Rama asked", "The minister said").
func (e *engine) attributionAhead(i int) bool {
	for k := i; k < len(e.toks) && k < i+8; k++ {
		t := &e.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.lower() && t.fl&fVerb != 0 {
			// (but "“…stay.” Police warned that if …": a sentence of its
			// own, whose verb has its own words)
			if n := k + 1; n < len(e.toks) && e.wordIn(&e.toks[n], "that", "if", "whether", "of", "about") {
				return false
			}
			// nor "‘…resort.’ Protesters have posted new videos on YouTube
			// of … and vowed to continue": an attribution after a
			// quotation's full stop ends a few words on
			n := k + 1
			for n < len(e.toks) && n < k+12 && !(e.toks[n].kind == tPunct && strings.ContainsRune(".!?", e.toks[n].r)) && e.toks[n].kind != tQuote {
				n++
			}
			if n == k+12 {
				return false
			}
			return k > i
		}
	}
	return false
}
