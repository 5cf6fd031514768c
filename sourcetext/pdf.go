package sourcetext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// readPDF reads the text layer of a PDF, page by page.
func readPDF(ctx context.Context, b []byte, progress func(done, total int)) (t Text, err error) {
	page := 0
	defer func() {
		// The library panics on malformed content; a damaged file must not
		// take the application down, nor leave half its text behind.
		if r := recover(); r != nil {
			t = Text{}
			where := ""
			if page > 0 {
				where = fmt.Sprintf(" (page %d: %v)", page, r)
			} else {
				where = fmt.Sprintf(" (%v)", r)
			}
			err = fmt.Errorf("%w%s; open it in a PDF reader and save or print it as a new PDF, then import that", ErrDamaged, where)
		}
	}()
	r, err := openPDF(b)
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(err.Error(), "encrypt") {
			return Text{}, ErrEncrypted
		}
		return Text{}, fmt.Errorf("%w (%v); open it in a PDF reader and save or print it as a new PDF, then import that", ErrDamaged, err)
	}
	n := r.NumPage()
	if n == 0 {
		return Text{}, fmt.Errorf("%w (it has no pages); download or export it again", ErrDamaged)
	}
	pages := make([][]pdfLine, n)
	for page = 1; page <= n; page++ {
		if err := ctx.Err(); err != nil {
			return Text{}, err
		}
		pages[page-1] = glyphLines(pageGlyphs(r.Page(page)))
		if progress != nil {
			progress(page, n)
		}
	}
	page = 0
	text := pageText(pages)
	if err := checkTextLayer(text); err != nil {
		return Text{}, err
	}
	return Text{Text: text, Title: pdfTitle(r), Pages: n}, nil
}

// openPDF opens b with the library, which wants "%PDF-1.x" and a line end
// at the very start. A PDF 2.0 header is read as 1.7 (what the library
// reads of 2.0 is the same); junk before the header, which readers
// allow, is hidden behind a 1.7 header with the offsets left alone, or,
// if the file counts its offsets from its header, cut off.
func openPDF(b []byte) (*pdf.Reader, error) {
	at := bytes.Index(b[:min(len(b), 1024)], []byte("%PDF-"))
	if at == 0 && len(b) > 9 && b[5] == '1' && (b[8] == '\n' || b[8] == '\r') {
		return pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	}
	if at < 0 || len(b) < at+10 {
		return nil, errors.New("no %PDF- header")
	}
	var tries [][]byte
	if at == 0 || at >= 9 {
		c := append([]byte(nil), b...)
		copy(c, "%PDF-1.7\n")
		for i := 9; i < at; i++ {
			c[i] = ' '
		}
		if at == 0 {
			c[8] = '\n'
		}
		tries = append(tries, c)
	}
	if at > 0 {
		c := append([]byte(nil), b[at:]...)
		copy(c, "%PDF-1.7\n")
		tries = append(tries, c)
	}
	var err error
	for _, c := range tries {
		var r *pdf.Reader
		if r, err = pdf.NewReader(bytes.NewReader(c), int64(len(c))); err == nil {
			return r, nil
		}
	}
	return nil, err
}

// checkTextLayer refuses a PDF that shows no text (a scan) or whose text
// cannot be decoded (fonts without a Unicode map), rather than import
// nothing or garbage.
func checkTextLayer(text string) error {
	letters, unknown := 0, 0
	for _, r := range text {
		switch {
		case r == '\uFFFD':
			unknown++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letters++
		}
	}
	if letters+unknown < 10 {
		return ErrNoTextLayer
	}
	if unknown*5 > letters {
		return fmt.Errorf("%w: its text layer cannot be read (its fonts say which shapes to draw but not which letters they are); run OCR on it first", ErrNoTextLayer)
	}
	return nil
}

// pdfTitle is the Info dictionary's Title, unless that is only a file
// name, as word processors often leave there.
func pdfTitle(r *pdf.Reader) string {
	t := collapseSpace(strings.TrimPrefix(r.Trailer().Key("Info").Key("Title").Text(), "\uFEFF"))
	t = strings.TrimPrefix(t, "Microsoft Word - ")
	lower := strings.ToLower(t)
	for _, ext := range []string{".doc", ".docx", ".odt", ".rtf", ".pdf", ".indd", ".txt", ".html", ".tex", ".dvi"} {
		if strings.HasSuffix(lower, ext) {
			return ""
		}
	}
	return t
}
