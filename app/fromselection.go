package app

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/quotes"
)

// Paragraphs around a selection that the quote finder reads to attribute
// it: enough before to resolve "she said" to the person last named, one
// after for an attribution that follows the quotation.
const (
	parasBefore = 4
	parasAfter  = 1
)

// newStatementFromSelection opens the statement form on a passage of a
// source: the quote verbatim, the source with its span and paragraph, and
// the speaker, date and channel proposed from the attribution around it.
// A speaker the case lacks is offered as a new actor first. Select, New
// statement from selection, confirm the speaker, Save: four actions.
func (u *UI) newStatementFromSelection(srcID string, sel casefile.Span) {
	if u.refuseReadOnly() {
		return
	}
	src, ok := u.doc.c.Source(srcID)
	if !ok || src.Text == nil {
		return
	}
	quote, span := trimSelection(src.Text.Body, sel)
	if quote == "" {
		return
	}
	p := u.proposeAround(src, span)
	p.quote, p.span, p.parts, p.partTexts, p.partParas = quote, span, nil, nil, nil
	u.offerSpeaker(p, src, func(speakerID string) {
		sts := p.statementsOf(u.doc.c, src, speakerID)
		u.newStatementFrom(sts[0])
	})
}

// newStatementFrom opens the statement form filled in with prefill, a
// statement not yet in the case.
func (u *UI) newStatementFrom(prefill casefile.Statement) {
	prefill.ID = ""
	u.editStatement(prefill)
}

// proposeAround proposes the attribution of a passage: the quotation the
// finder sees overlapping it most, in the paragraphs around it, with the
// source's date for its date words, and the paragraph the passage starts
// in. A passage no quotation overlaps gets the source's date only.
func (u *UI) proposeAround(src casefile.Source, span casefile.Span) quoteProposal {
	text := newTextIndex(src.Text.Body) // one pass, for a source of a megabyte
	first := max(1, text.para(span.Start)-parasBefore)
	last := text.para(max(span.Start, span.End-1)) + parasAfter
	from, to := 0, runeCount(src.Text.Body)
	if n := len(text.paraStarts); n > 0 {
		from, to = text.paraStarts[min(first, n)-1], text.paraEnds[min(last, n)-1]
	}
	window := text.slice(from, to)
	found := quotes.Find(window, knownActors(u.doc.c))
	best, bestOverlap := quoteProposal{date: dateFor("", src.Date)}, 0
	for _, p := range propose(u.doc.c, src, found, window, from, first) {
		for _, part := range p.parts {
			if o := min(part.End, span.End) - max(part.Start, span.Start); o > bestOverlap {
				best, bestOverlap = p, o
			}
		}
	}
	best.para = text.para(span.Start)
	return best
}

// trimSelection is a selected passage as a quote: without the white space
// and the quotation marks around it, with its span narrowed to match.
func trimSelection(body string, sel casefile.Span) (string, casefile.Span) {
	text := runeSpanText(body, sel.Start, sel.End)
	lead := utf8.RuneCountInString(text) - utf8.RuneCountInString(strings.TrimLeftFunc(text, unicode.IsSpace))
	text = strings.TrimSpace(text)
	start := sel.Start + lead
	if inner, ok := casefile.TrimQuoteMarks(text); ok {
		if i := strings.Index(text[1:], inner); i >= 0 && inner != "" {
			start += utf8.RuneCountInString(text[:1+i])
			text = inner
		}
	}
	return text, casefile.Span{Start: start, End: start + utf8.RuneCountInString(text)}
}

// offerSpeaker settles who said a proposed statement, then goes on: a
// known actor goes on at once; a speaker the case lacks is offered as a
// new actor with the name and role the text gives (one action to accept);
// with none found, the form asks.
func (u *UI) offerSpeaker(p quoteProposal, src casefile.Source, next func(speakerID string)) {
	if !p.newActor() {
		next(p.speakerID)
		return
	}
	who, as := bounded(p.speaker), string(guessKind(p.speaker))
	if p.role != "" {
		who += ", " + bounded(p.role)
		as += ", with that role"
	}
	msg := fmt.Sprintf("The text attributes this to %s, who is not an actor in this case yet.\n\nAdd them as a new actor (%s), or choose the speaker in the form?", who, as)
	o := &speakerOffer{u: u, p: p, src: src, next: next}
	o.dlg = dialog.NewCustomWithoutButtons("Who said it?", wrapped(msg), u.win)
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), o.dlg.Hide)
	choose := widget.NewButtonWithIcon("Choose in the form", theme.AccountIcon(), o.onChoose)
	add := widget.NewButtonWithIcon("Add "+bounded(p.speaker), theme.ConfirmIcon(), o.onAdd)
	add.Importance = widget.HighImportance
	o.dlg.SetButtons([]fyne.CanvasObject{cancel, choose, add})
	u.sources.offer = o
	u.showSized(o.dlg, msg)
}

// speakerOffer is the question Who said it?, for tests.
type speakerOffer struct {
	u    *UI
	p    quoteProposal
	src  casefile.Source
	next func(speakerID string)
	dlg  *dialog.CustomDialog
}

// onAdd adds the speaker as a new actor and goes on to the form.
func (o *speakerOffer) onAdd() {
	o.dlg.Hide()
	a, err := saveItem(o.u, true, o.p.newActorFor(o.src), (*casefile.Case).AddActor, (*casefile.Case).UpdateActor)
	if err != nil {
		o.u.showError("Actor not added", boundedError(err))
		return
	}
	o.u.setStatus("Added the actor " + bounded(a.Name))
	o.next(a.ID)
}

// onChoose goes on to the form with no speaker chosen.
func (o *speakerOffer) onChoose() {
	o.dlg.Hide()
	o.next("")
}

// newEventFromSelection opens the event form on a passage of a source: the
// description verbatim, the source with its span and paragraph, the date
// its words give ("In May 2022") against the source's date, and the case's
// actors it names.
func (u *UI) newEventFromSelection(srcID string, sel casefile.Span) {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	src, ok := c.Source(srcID)
	if !ok || src.Text == nil {
		return
	}
	desc, span := trimSelection(src.Text.Body, sel)
	if desc == "" {
		return
	}
	e := casefile.Event{
		Title:       strings.TrimSuffix(firstWords(desc, 10), " …"),
		Description: desc,
		Date:        dateFor(dateWordsIn(desc), src.Date),
		Actors:      actorsNamedIn(c, desc),
		Sources:     []casefile.Citation{{Source: src.ID, Locator: paraLocator(paragraphAt(src.Text.Body, span.Start)), Span: span}},
		Grading:     casefile.Grading{Reliability: src.Reliability},
	}
	u.editEvent(e)
}

// actorsNamedIn are the case's actors a text names by name or alias, in
// the case's order.
func actorsNamedIn(c *casefile.Case, text string) []string {
	folded := casefile.Fold(text)
	var out []string
	for _, a := range c.Actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if len(n) >= 3 && containsWord(folded, casefile.Fold(n)) {
				out = append(out, a.ID)
				break
			}
		}
	}
	return out
}

// containsWord reports whether name occurs in s as whole words.
func containsWord(s, name string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return false
		}
		at := from + i
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(name):])
		if (at == 0 || !isLetter(before)) && (at+len(name) == len(s) || !isLetter(after)) {
			return true
		}
		from = at + 1
	}
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quoteMarksNotice is the line a statement shows after its quote's own
// quotation marks were removed.
const quoteMarksNotice = "The quotation marks around the quote were removed: the briefing sets its own, so they would have doubled."

// prepare is applied to a statement the form saves: it removes quotation
// marks enclosing the whole quote, noting it for the statement's detail
// view, and keeps the span of its passage while the quote and source are
// those the span was found for; a quote changed since is looked for again
// in the source's text.
func (s *statementsScreen) prepare(old, st casefile.Statement) casefile.Statement {
	if q, trimmed := casefile.TrimQuoteMarks(st.Quote); trimmed {
		st.Quote = q
		if st.ID == "" {
			st.ID = casefile.NewID() // so that the notice can name it
		}
		s.notices[st.ID] = quoteMarksNotice
	}
	st.Source.Span = casefile.Span{}
	if st.Source.Source != old.Source.Source || old.Source.Span.IsZero() {
		return st
	}
	if st.Quote == old.Quote {
		st.Source.Span = old.Source.Span
		return st
	}
	if src, ok := s.u.doc.c.Source(st.Source.Source); ok && src.Text != nil {
		if ch := casefile.VerifyQuote(st.Quote, src.Text.Body); ch.Status == casefile.Verified {
			st.Source.Span = casefile.Span{Start: ch.Start, End: ch.End}
		}
	}
	return st
}

// errNoText says why a source cannot be read in the reader.
var errNoText = errors.New("this source holds no text: import its file or paste its text on the Sources screen")

// noticeLabel is a one-line notice in a detail view.
func noticeLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Importance = widget.WarningImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}
