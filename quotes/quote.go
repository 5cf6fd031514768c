package quotes

import "strings"

// Actor is a person or body the case already knows.
type Actor struct {
	ID    string
	Names []string // the name first, then aliases: "Edi Rama", "Rama"
	// Kind is optional: "person" lets "he said" and "she said" find the
	// actor; any other value ("state", "organisation") marks a body, which
	// "it said" finds. Casefile's actor kinds can be passed as they are.
	Kind string
}

// Span is a range of rune (not byte) offsets into the text given to Find,
// [Start, End).
type Span struct{ Start, End int }

// Kind tells a statement from a fragment and from words merely set in
// quotation marks.
type Kind int

const (
	// Direct is a quotation given as a sentence or more of its own.
	Direct Kind = iota + 1
	// Partial is a fragment quoted inside the reporter's own sentence:
	// said it considered Albania’s “decision … ill-considered”.
	Partial
	// Scare is words in quotation marks that nobody is said to have said:
	// scare quotes, names and titles. List them apart from statements.
	Scare
)

func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Partial:
		return "partial"
	case Scare:
		return "scare"
	}
	return "unknown"
}

// MarshalText writes the kind as "direct", "partial" or "scare", so JSON
// output reads well.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Quote is one quotation found in a text.
type Quote struct {
	// Text is the quotation exactly as printed, without its quotation
	// marks. The parts of a quotation split by its attribution, or run
	// over several paragraphs, are joined by a single space.
	Text string
	// Parts are the rune spans of each quoted part in the input, marks
	// excluded; the text at each span is the part exactly.
	Parts []Span
	// Speaker names the speaker as the text does, with pronouns, roles,
	// surnames and acronyms resolved to the fullest name seen before:
	// "Adrienne Watson" for "she said". An unnamed speaker is given by
	// the words the text uses ("a senior official"); "" if none is found.
	Speaker string
	// Role is the role or title the text gives the speaker:
	// "National Security Council spokesperson".
	Role string
	// ActorID is the known actor the speaker matched, or "".
	ActorID string
	// Verb is the attribution: "said", "told reporters", "according to".
	Verb string
	// Paragraph is the 1-based number of the paragraph the quotation
	// starts in; paragraphs are the text's non-blank lines.
	Paragraph int
	Kind      Kind
	// Channel is how it was said, when the text says: "in a statement",
	// "on Twitter", "in a video message".
	Channel string
	// DateWords are words near the attribution that date it, verbatim:
	// "on Wednesday", "last week"; or "".
	DateWords string
}

// Span returns the span from the start of the first part to the end of
// the last.
func (q Quote) Span() Span {
	if len(q.Parts) == 0 {
		return Span{}
	}
	return Span{q.Parts[0].Start, q.Parts[len(q.Parts)-1].End}
}

// IsStatement reports whether the quotation is something someone said
// (Direct or Partial), as opposed to scare quotes or a title.
func (q Quote) IsStatement() bool { return q.Kind == Direct || q.Kind == Partial }

// Find lists every quotation in text, in text order. known are the
// actors the case holds; a speaker matching one by name or alias (case
// aside), or unambiguously by surname, gets its ID.
func Find(text string, known []Actor) []Quote {
	if !strings.ContainsAny(text, "\"'“”‘’«»„‹›:") {
		return nil // no quotation marks, and no transcript's labels
	}
	e := newEngine(text, known)
	e.run()
	return e.finish()
}
