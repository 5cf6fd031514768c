package casefile

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// lookalike is a character people type, or editors put, where JSON needs
// a plain ASCII one.
type lookalike struct {
	name, want, why string
	invisible       bool // shown as U+00A0, since it would not show
}

const (
	smartQuote = "; JSON takes only straight quotation marks, which word processors and some editors replace as you type"
	notPlain   = "; it looks like a plain one but is not"
	unseen     = "; most editors do not show it"
)

var lookalikes = map[rune]lookalike{
	'“': {"a curly quotation mark", `"`, smartQuote, false}, '”': {"a curly quotation mark", `"`, smartQuote, false},
	'„': {"a low quotation mark", `"`, smartQuote, false}, '‟': {"a curly quotation mark", `"`, smartQuote, false},
	'″': {"a double prime", `"`, smartQuote, false}, '＂': {"a full-width quotation mark", `"`, smartQuote, false},
	'«': {"a guillemet", `"`, smartQuote, false}, '»': {"a guillemet", `"`, smartQuote, false},
	'‘': {"a curly apostrophe", `"`, smartQuote, false}, '’': {"a curly apostrophe", `"`, smartQuote, false},
	'\'': {"an apostrophe", `"`, "; JSON quotes text only with double quotation marks", false},
	'–':  {"an en dash", "-", notPlain, false}, '—': {"an em dash", "-", notPlain, false}, '−': {"a minus sign", "-", notPlain, false},
	'，': {"a full-width comma", ",", notPlain, false}, '：': {"a full-width colon", ":", notPlain, false},
	'\u00a0': {"a no-break space", "a plain space", notPlain, true}, '\u202f': {"a narrow no-break space", "a plain space", notPlain, true},
	'\u200b': {"a zero-width space", "nothing", unseen, true}, '\ufeff': {"a byte-order mark", "nothing", unseen, true},
}

// describeSyntaxError words a JSON syntax error at the character the user
// typed there, decoded from the text: encoding/json names only its first
// byte, so that a “ would read as 'â'.
func describeSyntaxError(data []byte, syn *json.SyntaxError) error {
	off := int(syn.Offset) - 1 // Offset counts the bad byte itself
	if data == nil || off < 0 || off >= len(data) {
		return fmt.Errorf("the file is not valid JSON%s: %v; it may be damaged or cut short", at(data, off), syn)
	}
	r, _ := utf8.DecodeRune(data[off:])
	if l, ok := lookalikes[r]; ok {
		shown := string(r)
		if l.invisible {
			shown = fmt.Sprintf("U+%04X", r)
		}
		return fmt.Errorf("the file is not valid JSON at %s: %s (%s) where %s belongs%s", position(data, off), shown, l.name, l.want, l.why)
	}
	msg := syn.Error()
	if r >= utf8.RuneSelf && r != utf8.RuneError {
		msg = strings.Replace(msg, quoteByte(data[off]), strconv.QuoteRune(r), 1)
	}
	return fmt.Errorf("the file is not valid JSON at %s: %s; it may be damaged or cut short", position(data, off), msg)
}

// quoteByte is how encoding/json's syntax errors quote a byte.
func quoteByte(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}
