package casefile

import (
	"strings"
	"unicode/utf8"
)

// quotePairs are the quotation marks that may enclose a whole quote, each
// opening mark with the closing marks that end it.
var quotePairs = map[rune]string{
	'“':  "”“\"", // “…” and the German-style “…“
	'"':  "\"”",
	'‘':  "’",
	'\'': "'’",
	'«':  "»",
	'»':  "«",
	'„':  "“”",
	'‚':  "‘’",
	'「':  "」",
}

// TrimQuoteMarks removes the quotation marks enclosing the whole of a quote
// as pasted ("“Coordinated attack,”" → "Coordinated attack,"), so that the
// marks a briefing sets around it never double. It reports whether it
// removed any. Marks that open or close only part of the text, as in
// "“A,” he said, “B.”", are kept.
func TrimQuoteMarks(s string) (string, bool) {
	t := strings.TrimSpace(s)
	open, n := utf8.DecodeRuneInString(t)
	closers, ok := quotePairs[open]
	if !ok || len(t) <= n {
		return s, false
	}
	end, m := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(closers, end) || len(t) < n+m {
		return s, false
	}
	inner := t[n : len(t)-m]
	// The marks enclose the whole only when the inner text does not close
	// the opening mark and open another (“A,” he said, “B.”).
	if strings.ContainsAny(inner, closers) && open != '\'' && open != '‘' {
		return s, false
	}
	if (open == '\'' || open == '‘') && strings.ContainsAny(inner, closers) {
		// A single closing mark inside may be an apostrophe (‘Albania’s’):
		// it encloses the whole unless an opening mark follows one.
		if strings.ContainsRune(inner, open) {
			return s, false
		}
	}
	return strings.TrimSpace(inner), true
}
