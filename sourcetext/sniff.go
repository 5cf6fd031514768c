package sourcetext

import (
	"bytes"
	"fmt"
)

// sniff chooses how to read b: by its content first, since a file's name
// can lie (a PDF saved as .txt, a page saved with no extension), and by
// name's extension where the content leaves it open (text or Markdown).
func sniff(name string, b []byte) (string, error) {
	ext := extension(name)
	head := b[:min(len(b), 1024)]
	if isPDF(head) {
		return FormatPDF, nil
	}
	if what, advice := binaryKind(b); what != "" {
		return "", fmt.Errorf("%w: it looks like %s; %s", ErrBinary, what, advice)
	}
	if ext == "pdf" {
		what := "a text file"
		if looksLikeHTML(head) {
			what = "an HTML page (perhaps an error page saved in place of the download)"
		}
		return "", fmt.Errorf("%w: it is named .pdf but is not a PDF, it looks like %s; download the PDF again", ErrBinary, what)
	}
	if looksLikeHTML(head) {
		return FormatHTML, nil
	}
	switch ext {
	case "html", "htm", "xhtml", "shtml":
		return FormatHTML, nil
	case "md", "markdown", "mdown", "mkd":
		return FormatMarkdown, nil
	}
	return FormatText, nil
}

// isPDF is true for a %PDF- header in the first kilobyte, where readers
// look for it, at the start of a line: not for a text that mentions one.
func isPDF(head []byte) bool {
	for i := 0; ; {
		j := bytes.Index(head[i:], []byte("%PDF-"))
		if j < 0 {
			return false
		}
		at := i + j
		if (at == 0 || head[at-1] == '\n' || head[at-1] == '\r') && at+5 < len(head) && head[at+5] >= '1' && head[at+5] <= '9' {
			return true
		}
		i = at + 5
	}
}

// looksLikeHTML is true for content that opens as an HTML document does,
// after any byte-order mark, white space and comments.
func looksLikeHTML(head []byte) bool {
	h := bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	for {
		h = bytes.TrimLeft(h, " \t\r\n\f")
		if !bytes.HasPrefix(h, []byte("<!--")) {
			break
		}
		end := bytes.Index(h, []byte("-->"))
		if end < 0 {
			return false
		}
		h = h[end+3:]
	}
	lower := bytes.ToLower(h[:min(len(h), 256)])
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return bytes.Contains(bytes.ToLower(head), []byte("<html"))
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// signature is a known binary format: its magic bytes at offset at.
type signature struct {
	at     int
	magic  string
	what   string
	advice string
}

const (
	adviceOCR    = "run OCR on it, or import or paste the document's text instead"
	adviceSave   = "open it in the program that made it, save it as PDF or plain text, and import that"
	adviceUnpack = "unpack it and import the document inside"
	adviceNone   = "choose the file that holds the article's text"
)

var signatures = []signature{
	{0, "\x89PNG\r\n\x1a\n", "a PNG image", adviceOCR},
	{0, "\xFF\xD8\xFF", "a JPEG image", adviceOCR},
	{0, "GIF87a", "a GIF image", adviceOCR},
	{0, "GIF89a", "a GIF image", adviceOCR},
	{0, "II*\x00", "a TIFF image (perhaps a scan)", adviceOCR},
	{0, "MM\x00*", "a TIFF image (perhaps a scan)", adviceOCR},
	{8, "WEBP", "a WebP image", adviceOCR},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an older Microsoft Office document (.doc, .xls, .ppt) or an Outlook message", adviceSave},
	{0, "{\\rtf", "an RTF document", adviceSave},
	{0, "%!PS", "a PostScript file", "convert it to PDF, then import the PDF"},
	{0, "\x1F\x8B", "a gzip archive", adviceUnpack},
	{0, "7z\xBC\xAF\x27\x1C", "a 7-Zip archive", adviceUnpack},
	{0, "Rar!\x1A\x07", "a RAR archive", adviceUnpack},
	{0, "BZh", "a bzip2 archive", adviceUnpack},
	{0, "\xFD7zXZ\x00", "an xz archive", adviceUnpack},
	{0, "SQLite format 3\x00", "an SQLite database", adviceNone},
	{0, "\x7FELF", "a program", adviceNone},
	{0, "MZ", "a Windows program", adviceNone},
	{0, "ID3", "an MP3 recording", "transcribe it, then import or paste the transcript"},
	{4, "ftyp", "an MP4 or QuickTime video", "transcribe it, then import or paste the transcript"},
	{0, "OggS", "an Ogg recording", "transcribe it, then import or paste the transcript"},
	{0, "fLaC", "a FLAC recording", "transcribe it, then import or paste the transcript"},
}

// zipKinds tell the documents that are ZIP archives inside.
var zipKinds = []struct{ marker, what string }{
	{"word/", "a Word document (.docx)"},
	{"xl/", "an Excel workbook (.xlsx)"},
	{"ppt/", "a PowerPoint presentation (.pptx)"},
	{"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"},
	{"application/epub+zip", "an EPUB e-book"},
}

// binaryKind names the binary format b is in, with what the user can do
// about it, or returns "" for what may be text.
func binaryKind(b []byte) (what, advice string) {
	for _, s := range signatures {
		if len(b) >= s.at+len(s.magic) && string(b[s.at:s.at+len(s.magic)]) == s.magic {
			// "MZ" and "BZh" are short: only call it a program if the
			// rest is not text.
			if len(s.magic) < 4 && !bytes.Contains(b[:min(len(b), 4096)], []byte{0}) {
				continue
			}
			return s.what, s.advice
		}
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		head := b[:min(len(b), 64<<10)]
		for _, k := range zipKinds {
			if bytes.Contains(head, []byte(k.marker)) {
				return k.what, adviceSave
			}
		}
		return "a ZIP archive", adviceUnpack
	}
	return "", ""
}
