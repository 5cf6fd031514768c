package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// showInSource switches to the Sources screen and selects a cited
// passage in the reader: the citation's span, else the quote found in the
// text, else the paragraph its locator names ("para. 3").
func (u *UI) showInSource(ct casefile.Citation, quote string) {
	src, ok := u.doc.c.Source(ct.Source)
	if !ok {
		return
	}
	u.ShowSource(src.ID)
	if src.Text == nil {
		u.setStatus("“" + bounded(src.Title) + "” holds no text to show; import its file or paste its text")
		return
	}
	sp, found := passageOf(src.Text.Body, ct, quote)
	r := u.sources.reader
	if r == nil || r.srcID != src.ID {
		return
	}
	if !found {
		u.setStatus("The passage is not found in the text of “" + bounded(src.Title) + "”")
		return
	}
	r.selectSpan(sp)
}

// passageOf is where a citation points in a text.
func passageOf(body string, ct casefile.Citation, quote string) (casefile.Span, bool) {
	if !ct.Span.IsZero() {
		return ct.Span, true
	}
	if quote != "" {
		if ch := casefile.VerifyQuote(quote, body); ch.Status == casefile.Verified {
			return casefile.Span{Start: ch.Start, End: ch.End}, true
		}
	}
	if n := locatorParagraph(ct.Locator); n > 0 {
		return paragraphSpan(body, n)
	}
	return casefile.Span{}, false
}

// quoteCheck checks a statement's quote against its source's text. A
// span whose passage reads as the quote (white space aside) settles it
// without searching the whole text.
func quoteCheck(c *casefile.Case, st casefile.Statement) casefile.QuoteCheck {
	src, ok := c.Source(st.Source.Source)
	if !ok || src.Text == nil {
		return casefile.QuoteCheck{Status: casefile.SourceHasNoText}
	}
	if sp := st.Source.Span; !sp.IsZero() && squeezeSpace(src.Text.Passage(sp)) == squeezeSpace(st.Quote) && st.Quote != "" {
		return casefile.QuoteCheck{Status: casefile.Verified, Start: sp.Start, End: sp.End}
	}
	return casefile.VerifyQuote(st.Quote, src.Text.Body)
}

// quoteStatusRow says whether a statement's quote is in its source's
// text, with the closest passage when it is not, and Show in source.
func (u *UI) quoteStatusRow(st casefile.Statement) []fyne.CanvasObject {
	ch := quoteCheck(u.doc.c, st)
	status := widget.NewLabel("Quote: " + ch.Status.String())
	show := button("Show in source", theme.FileTextIcon(), func() { u.showInSource(st.Source, st.Quote) })
	objs := []fyne.CanvasObject{container.NewHBox(status, show)}
	switch ch.Status {
	case casefile.Verified:
		status.Importance = widget.SuccessImportance
	case casefile.NotFound:
		status.Importance = widget.DangerImportance
		src, _ := u.doc.c.Source(st.Source.Source)
		sp := widenToWords(src.Text.Body, casefile.Span{Start: ch.Start, End: ch.End})
		ct := casefile.Citation{Source: st.Source.Source, Span: sp}
		show.OnTapped = func() { u.showInSource(ct, "") }
		show.SetText("Show the closest passage")
		if closest := runeSpanText(src.Text.Body, sp.Start, sp.End); closest != "" {
			objs = append(objs, mutedWrap("The closest passage in the source reads:"), u.longText("Closest passage", closest, quoteText))
		}
	default:
		status.Importance = widget.LowImportance
		show.Hide()
	}
	return objs
}

// showInSourceButtons are an event's Show in source actions, one for each
// citation of a source that holds text.
func (u *UI) showInSourceButtons(cs []casefile.Citation) fyne.CanvasObject {
	row := container.NewHBox()
	var withText []casefile.Citation
	for _, ct := range cs {
		if src, ok := u.doc.c.Source(ct.Source); ok && src.Text != nil {
			withText = append(withText, ct)
		}
	}
	for _, ct := range withText {
		label := "Show in source"
		if len(withText) > 1 && ct.Locator != "" {
			label = "Show " + bounded(ct.Locator) + " in source"
		}
		row.Add(button(label, theme.FileTextIcon(), func() { u.showInSource(ct, "") }))
	}
	return row
}

// widenToWords widens a span of a text to the words it cuts: the closest
// passage to a misspelt quote may start or end inside one.
func widenToWords(body string, sp casefile.Span) casefile.Span {
	from, to := byteAt(body, sp.Start), byteAt(body, sp.End)
	for from > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:from])
		if !isLetter(r) {
			break
		}
		from -= n
		sp.Start--
	}
	for to < len(body) {
		r, n := utf8.DecodeRuneInString(body[to:])
		if !isLetter(r) {
			break
		}
		to += n
		sp.End++
	}
	return sp
}
