package quotes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkInvariants fails t if qs, found in text, break what Find
// promises whatever the text: spans that index the text, parts without
// their marks, text order, kinds.
func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	runes := []rune(text)
	prevStart := -1
	for qi, q := range qs {
		if len(q.Parts) == 0 {
			t.Fatalf("quote %d has no parts: %+v", qi, q)
		}
		var parts []string
		prevEnd := -1
		for _, p := range q.Parts {
			if p.Start < 0 || p.End > len(runes) || p.Start >= p.End {
				t.Fatalf("quote %d: span %v outside the text (%d runes)", qi, p, len(runes))
			}
			if p.Start < prevEnd {
				t.Fatalf("quote %d: parts overlap or go backwards: %v", qi, q.Parts)
			}
			prevEnd = p.End
			part := string(runes[p.Start:p.End])
			parts = append(parts, part)
			first, _ := utf8.DecodeRuneInString(part)
			last, _ := utf8.DecodeLastRuneInString(part)
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("quote %d: part %q starts or ends with white space", qi, part)
			}
			if !markBefore(runes, p.Start) && !turnBefore(runes, p.Start) {
				t.Fatalf("quote %d: part %q at %v follows neither a quotation mark nor a transcript's label", qi, part, p)
			}
			if !markOrLineEndAfter(runes, p.End) {
				t.Fatalf("quote %d: part %q at %v is not followed by a quotation mark or the end of its line", qi, part, p)
			}
		}
		if want := strings.Join(parts, " "); !sameRunes(q.Text, want) {
			t.Fatalf("quote %d: Text %q, but its parts joined are %q", qi, q.Text, want)
		}
		if q.Parts[0].Start <= prevStart {
			t.Fatalf("quote %d is not in text order", qi)
		}
		prevStart = q.Parts[0].Start
		if want := paragraphOf(runes, q.Parts[0].Start); q.Paragraph != want {
			t.Fatalf("quote %d: Paragraph %d, but its first part is in paragraph %d", qi, q.Paragraph, want)
		}
		switch q.Kind {
		case Direct, Partial:
		case Scare:
			if q.Speaker != "" || q.ActorID != "" {
				t.Fatalf("quote %d: a scare quote has a speaker %q", qi, q.Speaker)
			}
		default:
			t.Fatalf("quote %d: kind %d", qi, q.Kind)
		}
	}
}

// sameRunes compares strings as Find's rune spans see them: an invalid
// byte is one U+FFFD either way.
func sameRunes(a, b string) bool { return string([]rune(a)) == string([]rune(b)) }

func isMarkRune(r rune) bool { return isMark(r) }

// markBefore reports whether a quotation mark comes before offset i,
// white space aside.
func markBefore(runes []rune, i int) bool {
	for i--; i >= 0 && unicode.IsSpace(runes[i]) && runes[i] != '\n'; i-- {
	}
	return i >= 0 && isMarkRune(runes[i])
}

// turnBefore reports whether offset i opens a transcript's turn: after
// a label's colon at the start of its line, or at the start of a line
// that carries a turn on.
func turnBefore(runes []rune, i int) bool {
	for i--; i >= 0 && unicode.IsSpace(runes[i]) && runes[i] != '\n'; i-- {
	}
	if i < 0 || runes[i] == '\n' {
		return true
	}
	if runes[i] != ':' {
		return false
	}
	for i--; i >= 0 && runes[i] != '\n'; i-- {
		// (an apostrophe inside a name is no mark: "O'BRIEN:")
		inWord := (runes[i] == '\'' || runes[i] == '’') && i > 0 && i+1 < len(runes) && unicode.IsLetter(runes[i-1]) && unicode.IsLetter(runes[i+1])
		if runes[i] == ':' || isMarkRune(runes[i]) && !inWord {
			return false
		}
	}
	return true
}

// markOrLineEndAfter reports whether a quotation mark or the end of the
// line comes at offset i, white space aside.
func markOrLineEndAfter(runes []rune, i int) bool {
	for ; i < len(runes) && unicode.IsSpace(runes[i]) && runes[i] != '\n'; i++ {
	}
	return i == len(runes) || runes[i] == '\n' || isMarkRune(runes[i])
}

// paragraphOf numbers the non-blank line holding rune offset i.
func paragraphOf(runes []rune, i int) int {
	n, blank := 0, true
	for k := 0; k <= i; k++ {
		if runes[k] == '\n' {
			blank = true
			continue
		}
		if blank && !unicode.IsSpace(runes[k]) {
			n++
			blank = false
		}
	}
	return n
}

func TestInvariantsOnCorpus(t *testing.T) {
	for _, c := range loadCorpus(t) {
		checkInvariants(t, c.text, Find(c.text, c.known))
	}
}

// trickyTexts are inputs built to break the mark scanner.
var trickyTexts = []string{
	"",
	"\"",
	"“",
	"”",
	"’’’’",
	"'''",
	"« »",
	"“”",
	"“ ”",
	"He said “",
	"“Unclosed\n\n“Still open\n\nand gone",
	"“A,” he said, “",
	"‘‘‘nested’’’",
	"“a ‘b “c ‘d “e ‘f “g ‘h “i ‘j” k’ l” m’ n” o’ p” q’ r” s’ t”",
	"It's the '90s' fault, isn't it? 'Yes,' she said.",
	"5'10\" tall, 12\" screen, \"quoted\" word",
	"„German“ and «French» and ‹inner›",
	"\r\n“Windows line,” he said.\r\n",
	"\xff\xfe“bad\xffbytes”\xc3",
	strings.Repeat("“", 100) + strings.Repeat("”", 100),
	strings.Repeat("the ministers’ aim ", 300) + "’",
	"Mr. U.S. Dr. “Q.” Mr. said.",
	": “”: “x”: ,”, said ,",
}

func TestInvariantsOnTrickyTexts(t *testing.T) {
	for _, text := range trickyTexts {
		checkInvariants(t, text, Find(text, []Actor{{ID: "a", Names: []string{"", "he", "Rama"}}}))
	}
}

// FuzzFind checks that Find never panics and keeps its invariants on any
// input: go test -fuzz FuzzFind ./quotes
func FuzzFind(f *testing.F) {
	for _, text := range trickyTexts {
		f.Add(text)
	}
	for _, c := range loadCorpus(f) {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Find(text, []Actor{{ID: "r", Names: []string{"Edi Rama", "Rama"}, Kind: "person"}}))
	})
}
