package quotes

// The reading of a paragraph's marks, words and sentences needs nothing
// the discourse has learnt: a long text's next paragraph is read while
// the engine works through the one before (runPipelined), on a second
// core when there is one.

// pipelineMin is the length of text from which reading ahead pays for
// its goroutine: a long document, not one article.
const pipelineMin = 64 << 10

// A lexer reads paragraphs into an engine's segments, tokens and
// sentences. It uses only the engine's text and its own scratch.
type lexer struct {
	*engine
	contFam byte // the family of a quotation the paragraph before left running on
}

// next reads paragraph pi into the lexer's engine.
func (l *lexer) next(pi int) {
	p, next := l.paras[pi], para{}
	if pi+1 < len(l.paras) {
		next = l.paras[pi+1]
	}
	l.scanMarks(p, l.contFam, next)
	l.contFam = 0
	if n := len(l.segs); n > 0 && l.segs[n-1].runsOn {
		l.contFam = l.segs[n-1].fam
	}
	l.tokenize(p)
	l.retag()
	l.splitSentences()
}

// carryOn closes a quotation left open at the end of the paragraph
// before when the new one, just read, does not carry it on.
func (e *engine) carryOn() {
	if e.openDraft >= 0 && (len(e.segs) == 0 || !e.segs[0].cont) {
		e.closeDraft(e.openDraft) // the next paragraph did not carry it on after all
		e.openDraft = -1
	}
}

// runInTurn reads and analyses each paragraph in turn.
func (e *engine) runInTurn() {
	lex := &lexer{engine: e}
	for pi := range e.paras {
		lex.next(pi)
		e.carryOn()
		e.paragraph(pi + 1)
	}
}

// lexed is one paragraph as a lexer read it.
type lexed struct {
	segs  []segment
	toks  []token
	sents []span
}

// runPipelined analyses the paragraphs as run does, a goroutine reading
// them ahead of the engine, a chunk at a time. The chunks go round
// between the two, so that neither allocates per paragraph, and the
// hand-overs are few.
func (e *engine) runPipelined() {
	const chunk, ahead = 64, 3
	ready, free := make(chan []lexed, ahead), make(chan []lexed, ahead+2)
	for range ahead + 2 {
		free <- make([]lexed, chunk)
	}
	go func() {
		l := &lexer{engine: &engine{text: e.text, paras: e.paras}}
		for from := 0; from < len(e.paras); from += chunk {
			c := <-free
			c = c[:min(chunk, len(e.paras)-from)]
			for k := range c {
				b := &c[k]
				l.segs, l.toks, l.sents = b.segs[:0], b.toks[:0], b.sents[:0]
				l.next(from + k)
				b.segs, b.toks, b.sents = l.segs, l.toks, l.sents
			}
			ready <- c
		}
		close(ready)
	}()
	var prev []lexed
	pi := 0
	for c := range ready {
		for k := range c {
			b := &c[k]
			e.segs = b.segs
			e.carryOn() // (the paragraph before's tokens still in e.toks)
			e.toks, e.sents = b.toks, b.sents
			pi++
			e.paragraph(pi)
		}
		if prev != nil {
			free <- prev[:cap(prev)]
		}
		prev = c
	}
}
