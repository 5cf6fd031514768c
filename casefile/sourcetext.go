package casefile

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
)

// SourceFormats are the formats a source's text can come from.
var SourceFormats = []string{"txt", "md", "html", "pdf", "paste"}

// NewSourceText is the text of a source as imported now from origin (a
// file name or URL) in format, with its SHA-256.
func NewSourceText(body, origin, format string) *SourceText {
	return &SourceText{Body: body, Origin: origin, Format: format, Imported: Now(), SHA256: TextSHA256(body)}
}

// TextSHA256 is the hex SHA-256 of a text's UTF-8 bytes.
func TextSHA256(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

// Passage is the text of a span of the source's text, or "" when the span
// is not in it.
func (t *SourceText) Passage(sp Span) string {
	if t == nil || sp.IsZero() || sp.Start < 0 || sp.End <= sp.Start {
		return ""
	}
	return runeSlice(t.Body, sp.Start, sp.End)
}

func (k *checker) sourceText(t *SourceText) {
	if t == nil {
		return
	}
	// The body is not checked for valid UTF-8 here: a decoded file was
	// checked whole, and the importer makes UTF-8; walking megabytes of
	// text again would cost every load.
	if t.SHA256 == "" {
		k.add("text", "has no sha256; give the SHA-256 of the body in hex, as Casefile writes it on import")
	} else if t.SHA256 != TextSHA256(t.Body) {
		k.add("text", "does not match its sha256: the body was changed after it was imported; import the source again, or set sha256 to the body's SHA-256 if the change is meant")
	}
	known := false
	for _, f := range SourceFormats {
		known = known || t.Format == f
	}
	if t.Format != "" && !known {
		k.add("text", "format %q is not one of txt, md, html, pdf, paste", t.Format)
	}
}

// span checks a citation's span against its source's text.
func (k *checker) span(field string, ct Citation) {
	if ct.Span.IsZero() {
		return
	}
	sp := ct.Span
	if sp.Start < 0 || sp.End <= sp.Start {
		k.add(field, "span %d-%d is not a passage; the end must come after the start", sp.Start, sp.End)
		return
	}
	// A text of b bytes holds at least b/4 characters: a span ending
	// before that needs no count of the text's characters.
	if body, ok := k.textBody(ct.Source); ok && sp.End <= len(body)/utf8.UTFMax {
		return
	}
	n, ok := k.textLength(ct.Source)
	switch {
	case !ok:
		k.add(field, "has a span, but its source holds no text; import the source's text or remove the span")
	case sp.End > n:
		k.add(field, "span %d-%d runs past the end of the source's text, %d characters; import the right text or fix the span", sp.Start, sp.End, n)
	}
}

// textBody is a source's text body, if it has one. The sources' texts
// are found once per check: a case cites its sources many times over.
func (k *checker) textBody(sourceID string) (string, bool) {
	if k.texts == nil {
		k.texts = map[string]string{}
		for _, s := range k.c.Sources {
			if s.Text != nil {
				k.texts[s.ID] = s.Text.Body
			}
		}
	}
	body, ok := k.texts[sourceID]
	return body, ok
}

// textLength is the length in characters of a source's text, counted once
// per source and check.
func (k *checker) textLength(sourceID string) (int, bool) {
	if n, ok := k.textLen[sourceID]; ok {
		return n, n >= 0
	}
	n := -1
	if body, ok := k.textBody(sourceID); ok {
		n = utf8.RuneCountInString(body)
	}
	if k.textLen == nil {
		k.textLen = map[string]int{}
	}
	k.textLen[sourceID] = n
	return n, n >= 0
}
