package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A para is one non-blank line of the input, trimmed: the unit the
// case's "para. N" locators count.
type para struct{ s, e int }

// splitParagraphs returns the non-blank lines of text.
func splitParagraphs(text string, out []para) []para {
	start := 0
	for start <= len(text) {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		s, e := trimSpace(text, start, end)
		if s < e {
			out = append(out, para{s, e})
		}
		start = end + 1
	}
	return out
}

// trimSpace narrows [s,e) to exclude leading and trailing white space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Mark families: a quotation opened with one family's mark is closed by
// the same family's.
const (
	famDouble byte = iota + 1 // “ ” " „
	famSingle                 // ‘ ’ '
	famGuil                   // « »
	famGuil1                  // ‹ ›
)

// A segment is one top-level quoted stretch of a paragraph: what lies
// between an opening mark and its closing mark, nested quotations
// included.
type segment struct {
	open, start, end, close int // marks at [open,start) and [end,close); content [start,end)
	fam                     byte
	closed                  bool // false: runs to the end of the paragraph
	runsOn                  bool // not closed, and the next paragraph opens again: one quotation
	cont                    bool // continues the quotation the previous paragraph left open
	nick                    bool // a nickname inside a name: Joaquin “Jack” Villareal
}

type openMark struct {
	pos, size int
	fam       byte
	straight  bool
	low       bool // „, closed by “ in German usage
}

// maxDepth bounds the nesting followed; deeper marks in garbage input are
// ignored rather than tracked.
const maxDepth = 8

// scanMarks finds the top-level quoted segments of paragraph p. contFam
// is the family of a quotation the previous paragraph left open, or 0;
// next is the paragraph after p, which may carry on a quotation p leaves
// open.
func (e *engine) scanMarks(p para, contFam byte, next para) {
	text := e.text
	e.segs = e.segs[:0]
	stack := e.stack[:0]
	push := func(i, n int, fam byte, straight, low bool) {
		if len(stack) == maxDepth {
			return
		}
		stack = append(stack, openMark{i, n, fam, straight, low})
	}
	closeTo := func(k, i, n int) {
		if k == 0 {
			o := stack[0]
			s, en := trimSpace(text, o.pos+o.size, i)
			if s < en {
				e.segs = append(e.segs, segment{open: o.pos, start: s, end: en, close: i + n, fam: o.fam, closed: true})
			}
		}
		stack = stack[:k]
	}
	if contFam == famDouble && !e.opensAt(p.s, p.e, contFam) && e.closesFirst(p.s, p.e) {
		// the quotation the paragraph before left open goes on with no
		// mark to say so, and closes here: "… of conflict.¶There is
		// little consideration … law." In his discussion …
		push(p.s, 0, famDouble, false, false)
	} else if contFam == 0 && e.closesFirst(p.s, p.e) && e.attributionAfterCloser(p.s, p.e) {
		// a paragraph that lost its opening mark: "Blood samples …
		// tested positive on Wednesday," minister Anisur Rahaman said.
		push(p.s, 0, famDouble, false, false)
	}
	for i := p.s; i < p.e; {
		b := text[i]
		if b != '"' && b != '\'' && b != 0xE2 && b != 0xC2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:p.e])
		if !isMark(r) {
			i += n
			continue
		}
		prev := ' '
		if i > p.s {
			prev, _ = utf8.DecodeLastRuneInString(text[p.s:i])
		}
		next := ' '
		if i+n < p.e {
			next, _ = utf8.DecodeRuneInString(text[i+n : p.e])
		}
		if isSingle(r) && isSingle(next) {
			// two single marks printed as one double, as some papers do:
			// "The statement read ‘’The command …’’"
			n2 := utf8.RuneLen(next)
			after := ' '
			if i+n+n2 < p.e {
				after, _ = utf8.DecodeRuneInString(text[i+n+n2 : p.e])
			}
			k := findFam(stack, famDouble)
			if opensBefore(prev) && !isSpace(after) && !(k >= 0 && closesBefore(after)) {
				push(i, n+n2, famDouble, false, false)
			} else if k >= 0 {
				closeTo(k, i, n+n2)
			}
			i += n + n2
			continue
		}
		top := -1
		if len(stack) > 0 {
			top = len(stack) - 1
		}
		switch r {
		case '“':
			if k := findFam(stack, famDouble); k >= 0 && (stack[k].low || (k == top && !isSpace(prev) && closesBefore(next)) || k == top && misprintedCloser(text[i+n:p.e])) {
				closeTo(k, i, n)
			} else {
				push(i, n, famDouble, false, false)
			}
		case '„':
			push(i, n, famDouble, false, true)
		case '”':
			if k := findFam(stack, famDouble); k >= 0 {
				closeTo(k, i, n)
			} else if opensBefore(prev) && !isSpace(next) {
				push(i, n, famDouble, true, false) // ” used as an opener: treat like "
			}
		case '"':
			k := findFam(stack, famDouble)
			switch {
			case (opensBefore(prev) || k < 0 && (prev == '.' || prev == ',') && unicode.IsUpper(next)) && !isSpace(next) && !(k >= 0 && closesBefore(next)):
				push(i, n, famDouble, true, false) // (and `chocolate"."We want`: a space lost before it)
			case k < 0 && prev == ' ' && next == ' ' && spacedOpener(text[p.s:i], text[i+n:p.e]):
				push(i, n, famDouble, true, false) // `said, " China and Pakistan …`: a space typed after the mark
			case k >= 0:
				closeTo(k, i, n)
			}
		case '‘':
			if isWord(prev) || unicode.IsDigit(next) {
				break // O‘Brien, ‘90s: an apostrophe
			}
			if top >= 0 && stack[top].fam == famSingle && !isSpace(prev) && closesBefore(next) {
				closeTo(top, i, n)
				break
			}
			push(i, n, famSingle, false, false)
		case '’', '\'':
			if isWord(prev) && isWord(next) {
				break // don’t, Albania’s
			}
			if top >= 0 && stack[top].fam == famSingle && !isSpace(prev) && closesBefore(next) {
				if (prev == 's' || prev == 'S') && e.weakCloser(i+n, p.e) {
					break // the ministers’ aim: a plural possessive, and a closer follows
				}
				closeTo(top, i, n)
				break
			}
			if r == '\'' && opensBefore(prev) && isLetter(next) && e.straightCloserAhead(i+n, p.e) {
				push(i, n, famSingle, true, false)
			}
		case '«':
			push(i, n, famGuil, false, false)
		case '»':
			if k := findFam(stack, famGuil); k >= 0 {
				closeTo(k, i, n)
			}
		case '‹':
			push(i, n, famGuil1, false, false)
		case '›':
			if k := findFam(stack, famGuil1); k >= 0 {
				closeTo(k, i, n)
			}
		}
		i += n
	}
	if len(stack) > 0 {
		o := stack[0]
		runsOn := e.opensAt(next.s, next.e, o.fam) || o.fam == famDouble && e.closesFirst(next.s, next.e)
		// A straight mark left open is more likely an inch sign or a
		// stray than a quotation: drop it unless the next paragraph
		// carries the quotation on.
		if !o.straight || runsOn {
			s, en := trimSpace(text, o.pos+o.size, p.e)
			if s < en {
				e.segs = append(e.segs, segment{open: o.pos, start: s, end: en, close: p.e, fam: o.fam, runsOn: runsOn})
			}
		}
	}
	if contFam != 0 && len(e.segs) > 0 && e.segs[0].open == p.s && e.segs[0].fam == contFam {
		e.segs[0].cont = true
	}
	e.stack = stack[:0]
}

// misprintedCloser reports whether the rest of a paragraph after an
// opening mark is only a short attribution, so that the mark, printed
// the wrong way round, closes the quotation open before it: "… have
// suffered “Peters stated."
func misprintedCloser(rest string) bool {
	if len(rest) > 60 || strings.ContainsAny(rest, "\"“”„«»") {
		return false
	}
	rest = strings.TrimSpace(rest)
	words := strings.Fields(rest)
	return len(words) >= 2 && len(words) <= 6 && strings.HasSuffix(rest, ".")
}

// opensAt reports whether the paragraph starting at s opens with a mark
// of family fam.
func (e *engine) opensAt(s, end int, fam byte) bool {
	if s >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.text[s:end])
	switch fam {
	case famDouble:
		return r == '“' || r == '"' || r == '„'
	case famSingle:
		return r == '‘' || r == '\''
	case famGuil:
		return r == '«' || r == '»'
	case famGuil1:
		return r == '‹'
	}
	return false
}

// closesFirst reports whether the first quotation mark of paragraph
// [s,end) is a double one that can only close: after a full stop, comma
// or letter and before a space or the paragraph's end, with no opening
// mark before it.
func (e *engine) closesFirst(s, end int) bool {
	for i := s; i < end && i < s+weakCloserLimit; {
		r, n := utf8.DecodeRuneInString(e.text[i:end])
		if isMark(r) && !isSingle(r) {
			if r != '"' && r != '”' || i == s {
				return false
			}
			prev, _ := utf8.DecodeLastRuneInString(e.text[s:i])
			next := ' '
			if i+n < end {
				next, _ = utf8.DecodeRuneInString(e.text[i+n : end])
			}
			return strings.ContainsRune(".,!?", prev) && isSpace(next)
		}
		i += n
	}
	return false
}

// attributionAfterCloser reports whether what follows the first double
// mark of paragraph [s,end) is only a short attribution with a speech
// verb: ", minister Anisur Rahaman said Thursday."
func (e *engine) attributionAfterCloser(s, end int) bool {
	i := strings.IndexAny(e.text[s:end], "\"”")
	if i < 0 {
		return false
	}
	if before := e.text[s : s+i]; strings.Contains(before, "‘’") || strings.Contains(before, "''") || strings.ContainsAny(before, "“„«") {
		return false // opened after all, by two single marks as one double
	}
	_, n := utf8.DecodeRuneInString(e.text[s+i : end])
	rest := strings.TrimSpace(e.text[s+i+n : end])
	if len(rest) > 160 || strings.ContainsAny(rest, "\"“”„«»") || !strings.HasSuffix(rest, ".") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(rest, "."))
	if len(words) < 2 || len(words) > 14 {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, ",")) {
		case "said", "says", "told", "added", "stated", "explained", "noted", "warned", "insisted", "wrote":
			return true
		}
	}
	return false
}

// weakCloserLimit bounds the look-ahead for a later closing mark, so a
// pathological paragraph costs linear time.
const weakCloserLimit = 2000

// weakCloser reports whether a single closing mark after a letter and
// before a lower-case word ("the hackers’ aim") is more likely an
// apostrophe: it is when another closing mark follows before any new
// opening one.
func (e *engine) weakCloser(from, end int) bool {
	text := e.text
	r, n := utf8.DecodeRuneInString(text[from:end])
	if from >= end || !isSpace(r) {
		return false
	}
	if r2, _ := utf8.DecodeRuneInString(text[from+n : end]); !unicode.IsLower(r2) {
		return false
	}
	limit := min(end, from+weakCloserLimit)
	for i := from; i < limit; {
		r, n := utf8.DecodeRuneInString(text[i:limit])
		if r == '‘' {
			return false
		}
		if r == '’' || r == '\'' {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next := ' '
			if i+n < end {
				next, _ = utf8.DecodeRuneInString(text[i+n : end])
			}
			if !isSpace(prev) && !isWord(next) {
				return true
			}
		}
		i += n
	}
	return false
}

// straightCloserAhead reports whether a straight single mark that could
// close a quotation follows, so that an opening ' is a quotation mark and
// not an elision ('em, 'tis).
func (e *engine) straightCloserAhead(from, end int) bool {
	text := e.text
	limit := min(end, from+weakCloserLimit)
	for i := from; i < limit; i++ {
		if text[i] != '\'' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next := ' '
		if i+1 < end {
			next, _ = utf8.DecodeRuneInString(text[i+1 : end])
		}
		if !isSpace(prev) && !isWord(next) {
			return true
		}
	}
	return false
}

func findFam(stack []openMark, fam byte) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].fam == fam {
			return k
		}
	}
	return -1
}

// isSingle reports whether r is a single quotation mark or apostrophe.
func isSingle(r rune) bool {
	return r == '‘' || r == '’' || r == '\''
}

func isMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '„', '«', '»', '‹', '›':
		return true
	}
	return false
}

func isSpace(r rune) bool  { return unicode.IsSpace(r) }
func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// spacedOpener reports whether a straight double mark with a space on
// each side opens a quotation: after "said," or a colon, before a
// capital (`said, " China and Pakistan are …"`).
func spacedOpener(before, after string) bool {
	before = strings.TrimRight(before, " ")
	after = strings.TrimLeft(after, " ")
	if before == "" || after == "" || !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r)
}

// opensBefore reports whether a quotation may open after r: after space,
// an opening bracket, a dash or another opening mark.
func opensBefore(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '‘', '“', '«', '‹', '„', ':', '\'', '"', '•', '*':
		return true
	}
	return false
}

// closesBefore reports whether a quotation may close before r.
func closesBefore(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '’', '”', '»', '›', '"', '\'', '/':
		return true
	}
	return false
}
