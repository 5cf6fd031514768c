package sourcetext

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// The formats a Text can come from.
const (
	FormatText     = "txt"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatPDF      = "pdf"
	FormatPaste    = "paste"
)

// Caps that keep one import from filling memory or the case file: a source
// is an article, a statement or a report, not a library.
const (
	MaxSize = 64 << 20 // bytes of input
	MaxText = 16 << 20 // bytes of text, after extraction
)

// Text is a source document's text, ready to store in a case.
type Text struct {
	// Text is plain UTF-8 with "\n" line ends. Text and Markdown files keep
	// their own lines; HTML and PDF text has one paragraph per line block,
	// paragraphs separated by one blank line.
	Text string
	// Title is the document's own title when it has one: HTML og:title or
	// <title>, PDF Info Title.
	Title string
	// Format is one of the Format constants.
	Format string
	// Origin is the file name or URL the user gave, as given.
	Origin string
	// Encoding names what the bytes were converted from ("utf-8",
	// "utf-16le", "windows-1252", ...); empty for PDF and pasted text.
	Encoding string
	// SHA256 is the hex SHA-256 of Text, so a later reader can tell that
	// the stored text is the one imported.
	SHA256 string
	// Pages is the PDF's page count, 0 for other formats.
	Pages int
}

// Read reads a source document's text from r. name is the file name or URL
// the user gave: its extension helps choose the format, but the content
// decides (a PDF named .txt is read as a PDF). size is r's length when known
// (-1 otherwise), to refuse a file over MaxSize before reading it. progress,
// which may be nil, is called with pages done and total while a PDF is read,
// and with (1, 1) when any other format is done. Cancelling ctx stops a PDF
// between pages and returns ctx.Err().
//
// On error Read returns no text at all, never part of one; the error starts
// with the file's name, wraps one of the Err values and says what to do.
func Read(ctx context.Context, name string, r io.Reader, size int64, progress func(done, total int)) (Text, error) {
	t, err := read(ctx, name, r, size, progress)
	if err != nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return Text{}, err
		}
		return Text{}, fmt.Errorf("%s: %w", displayName(name), err)
	}
	return t, nil
}

func read(ctx context.Context, name string, r io.Reader, size int64, progress func(done, total int)) (Text, error) {
	if err := ctx.Err(); err != nil {
		return Text{}, err
	}
	if size > MaxSize {
		return Text{}, tooLarge(size, MaxSize, "")
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return Text{}, fmt.Errorf("cannot read the file (%w): check that it is still there and readable, then try again", err)
	}
	if len(b) > MaxSize {
		return Text{}, tooLarge(-1, MaxSize, "")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Text{}, ErrEmpty
	}
	if err := ctx.Err(); err != nil {
		return Text{}, err
	}
	format, err := sniff(name, b)
	if err != nil {
		return Text{}, err
	}
	var t Text
	switch format {
	case FormatPDF:
		t, err = readPDF(ctx, b, progress)
	case FormatHTML:
		t, err = readHTML(b)
	default:
		t, err = readPlain(b)
	}
	if err != nil {
		return Text{}, err
	}
	if t.Format == "" {
		t.Format = format
	}
	t.Origin = name
	if err := finish(&t); err != nil {
		return Text{}, err
	}
	if progress != nil && format != FormatPDF {
		progress(1, 1)
	}
	return t, nil
}

// FromPaste makes a Text of text the user pasted. Pasted text is kept as it
// is but for line ends, which become "\n".
func FromPaste(s string) (Text, error) {
	if len(s) > MaxText {
		return Text{}, tooLarge(int64(len(s)), MaxText, "of text")
	}
	if strings.TrimSpace(s) == "" {
		return Text{}, errors.New("nothing was pasted: copy the article's text first, then paste it")
	}
	t := Text{Text: strings.ToValidUTF8(normalizeNewlines(s), "\uFFFD"), Format: FormatPaste}
	if err := finish(&t); err != nil {
		return Text{}, err
	}
	return t, nil
}

// finish checks the text's size and seals it with its hash.
func finish(t *Text) error {
	if strings.TrimSpace(t.Text) == "" {
		return ErrEmpty
	}
	if len(t.Text) > MaxText {
		return tooLarge(int64(len(t.Text)), MaxText, "of text")
	}
	if !utf8.ValidString(t.Text) {
		// Every reader here makes UTF-8; this guards the promise anyway.
		return fmt.Errorf("%w: the text came out as invalid UTF-8", ErrEncoding)
	}
	sum := sha256.Sum256([]byte(t.Text))
	t.SHA256 = hex.EncodeToString(sum[:])
	return nil
}

func tooLarge(size, limit int64, what string) error {
	if what != "" {
		what = " " + what
	}
	if size < 0 {
		return fmt.Errorf("%w: it is over the %s%s cap; import a shorter extract, or split the document", ErrTooLarge, byteSize(limit), what)
	}
	return fmt.Errorf("%w: it is %s%s, over the %s cap; import a shorter extract, or split the document", ErrTooLarge, byteSize(size), what, byteSize(limit))
}

// byteSize says n in the unit a person would use.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		s := fmt.Sprintf("%.1f", float64(n)/(1<<20))
		return strings.TrimSuffix(s, ".0") + " MB"
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// displayName is the name to put in a message: a path's last element, a
// URL as it is.
func displayName(name string) string {
	if name == "" {
		return "the file"
	}
	if strings.Contains(name, "://") {
		return name
	}
	return filepath.Base(name)
}

// extension is name's lower-case extension without the dot, for a path or
// a URL (whose query and fragment do not count).
func extension(name string) string {
	if i := strings.Index(name, "://"); i >= 0 {
		name = name[i+3:]
		if j := strings.IndexAny(name, "?#"); j >= 0 {
			name = name[:j]
		}
		if j := strings.IndexByte(name, '/'); j < 0 {
			return "" // a bare host has no extension
		}
		name = path.Base(name)
	} else {
		name = filepath.Base(name)
	}
	return strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
