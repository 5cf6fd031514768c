package sourcetext

import "errors"

// The errors Read returns wrap one of these, so a caller can tell them apart
// with errors.Is; each message already says what the user can do.
var (
	// ErrEmpty: the file or paste has no text at all.
	ErrEmpty = errors.New("the file is empty: choose the file that holds the article, or paste its text")
	// ErrTooLarge: the input or its text is over MaxSize or MaxText.
	ErrTooLarge = errors.New("too large to import")
	// ErrBinary: not text and not a format this package reads.
	ErrBinary = errors.New("not a text, Markdown, HTML or PDF file")
	// ErrEncoding: the bytes are not UTF-8, UTF-16 or Windows-1252/Latin-1 text.
	ErrEncoding = errors.New("the text's encoding cannot be read")
	// ErrNoTextLayer: a PDF that holds only images, as a scan does.
	ErrNoTextLayer = errors.New("this PDF has no text layer: run OCR on it first")
	// ErrDamaged: a PDF the reader could not make sense of.
	ErrDamaged = errors.New("this PDF is damaged or uses features this reader does not support")
	// ErrEncrypted: a PDF that needs a password.
	ErrEncrypted = errors.New("this PDF is password-protected: open it in a PDF reader, print it to a new PDF without a password, and import that")
	// ErrNoArticle: an HTML page whose text is only menus and links.
	ErrNoArticle = errors.New("found no article text in this page, only menus and links: open the article itself, save that page, or paste the article's text")
)
