package stix

import (
	"errors"
	"fmt"
	"math/bits"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// maxText caps a single-line text (a name, a title, an alias) from a
// bundle: a hostile bundle's megabyte name would hang every list.
const maxText = 16 << 10

// checkText refuses hostile text in what an import maps: control
// characters (but tabs and line breaks in longer text, and none at all in
// names), bidirectional overrides in names, and names over maxText.
func checkText(c *casefile.Case) error {
	var errs []error
	// The item is named only for a message: naming each costs more than
	// checking its text.
	walkText(c, func(kind, id, field, s string) {
		if msg := badText(s, lineFields[field]); msg != "" {
			what := kind
			if id != "" {
				what += " " + clip(id, 60)
			}
			errs = append(errs, fmt.Errorf("%s's %s %s", what, field, msg))
		}
	})
	if len(errs) > 0 {
		return fmt.Errorf("the bundle holds text Casefile will not take (it may be damaged or hostile): %w", errors.Join(firstErrors(errs, 5)...))
	}
	return nil
}

// lineFields are the fields that hold one line of text.
var lineFields = map[string]bool{"name": true, "title": true, "role": true, "aliases": true, "publisher": true, "channel": true,
	"author": true, "tags": true, "locator": true, "type": true, "analyst": true, "as_stated": true, "origin": true, "kind": true}

// badText says what is wrong with a text, or "". It goes by bytes: the
// characters it looks for are C0 controls and DEL (one byte), C1 controls
// (C2 80 to C2 9F) and the direction overrides (E2 80 AA to AE, E2 81 A6
// to A9).
func badText(s string, line bool) string {
	if line && len(s) > maxText {
		return fmt.Sprintf("is %d bytes long; Casefile takes up to %d for a name or title", len(s), maxText)
	}
	for i := 0; i < len(s); i++ {
		if i+8 <= len(s) {
			m := lookAt(s[i : i+8])
			if m == 0 {
				i += 7
				continue
			}
			i += bits.TrailingZeros64(m) >> 3 // the first byte to look at
		}
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f || c >= 0x80 && c != 0xc2 && c != 0xe2:
		case c == '\t':
		case c == '\n' || c == '\r':
			if line {
				return fmt.Sprintf("%q breaks the line", clip(s, 60))
			}
		case c < 0x80:
			return fmt.Sprintf("%q holds the control character U+%04X", clip(s, 60), c)
		case i+1 < len(s) && c == 0xc2 && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return fmt.Sprintf("%q holds the control character U+%04X", clip(s, 60), s[i+1])
		case line && i+2 < len(s) && c == 0xe2 && (s[i+1] == 0x80 && s[i+2] >= 0xaa && s[i+2] <= 0xae || s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9):
			r, _ := utf8.DecodeRuneInString(s[i:])
			return fmt.Sprintf("%q holds the text-direction override U+%04X", clip(s, 60), r)
		}
	}
	return ""
}

// walkText calls fn for every text of the case's items and its own.
func walkText(c *casefile.Case, fn func(kind, id, field, s string)) {
	fn("the case", "", "title", c.Title)
	fn("the case", "", "summary", c.Summary)
	fn("the case", "", "analyst", c.Analyst)
	for _, t := range c.Tags {
		fn("the case", "", "tags", t)
	}
	for _, x := range c.Sources {
		what, id := "source", x.ID
		fn(what, id, "title", x.Title)
		fn(what, id, "publisher", x.Publisher)
		fn(what, id, "description", x.Description)
	}
	cites := func(what, id string, cs []casefile.Citation) {
		for _, ct := range cs {
			fn(what, id, "locator", ct.Locator)
		}
	}
	for _, x := range c.Actors {
		what, id := "actor", x.ID
		fn(what, id, "name", x.Name)
		fn(what, id, "role", x.Role)
		fn(what, id, "description", x.Description)
		for _, s := range x.Aliases {
			fn(what, id, "aliases", s)
		}
		cites(what, id, x.Sources)
	}
	for _, x := range c.Relations {
		what, id := "relation", x.ID
		fn(what, id, "type", string(x.Type))
		fn(what, id, "description", x.Description)
		cites(what, id, x.Sources)
	}
	for _, x := range c.Statements {
		what, id := "statement", x.ID
		fn(what, id, "title", x.Title)
		fn(what, id, "quote", x.Quote)
		fn(what, id, "context", x.Context)
		fn(what, id, "channel", x.Channel)
		fn(what, id, "locator", x.Source.Locator)
	}
	for _, x := range c.Events {
		what, id := "event", x.ID
		fn(what, id, "title", x.Title)
		fn(what, id, "description", x.Description)
		cites(what, id, x.Sources)
	}
	for _, x := range c.Notes {
		what, id := "note", x.ID
		fn(what, id, "body", x.Body)
		fn(what, id, "author", x.Author)
	}
}

// lookAt flags, by the high bit of their lanes, the bytes of eight that
// badText looks at: C0 controls and DEL, and C2 and E2 (which begin the C1
// controls and the direction overrides). A lane is zero in one of these
// when its byte is one of them, and a borrow comes only from such a lane:
// the lowest lane flagged is one.
func lookAt(t string) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return (w-0x20*ones)&^w&highs | zero(w^0x7f*ones) | zero(w^0xc2*ones) | zero(w^0xe2*ones)
}
