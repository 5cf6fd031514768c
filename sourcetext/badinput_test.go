package sourcetext_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/casefile/casefile/sourcetext"
)

func pngBytes(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipBytes(t *testing.T, name string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("<w:document/>"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Each binary file is refused, named for what it looks like where that is
// easy to tell, and nothing is returned.
func TestBinaryFilesAreRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"scan.png", pngBytes(t), "a PNG image"},
		{"photo.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01"), "a JPEG image"},
		{"sources.zip", zipBytes(t, "article.txt"), "a ZIP archive"},
		{"report.docx", zipBytes(t, "word/document.xml"), "a Word document"},
		{"old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00"), "an older Microsoft Office document"},
		{"letter.rtf", []byte(`{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard The ministry said.\par}`), "an RTF document"},
		{"data.bin", []byte("some\x00binary\x00data\x01\x02\x03 with NULs"), "a binary file"},
		{"noise", []byte("text with a control \x01\x02\x1B character"), "control character"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(t, tc.name, tc.in)
			if !errors.Is(err, sourcetext.ErrBinary) || got != (sourcetext.Text{}) {
				t.Fatalf("got %q, %v; want nothing and ErrBinary", got.Text, err)
			}
			if !strings.HasPrefix(err.Error(), tc.name+": ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q should start with the name and say %q", err, tc.want)
			}
		})
	}
}

func TestEmptyFilesAreRefused(t *testing.T) {
	for _, in := range []string{"", " \n\t\r\n ", "\xEF\xBB\xBF"} {
		got, err := read(t, "empty.txt", []byte(in))
		if !errors.Is(err, sourcetext.ErrEmpty) || got != (sourcetext.Text{}) {
			t.Errorf("%q: got %q, %v; want ErrEmpty", in, got.Text, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "empty.txt: the file is empty") {
			t.Errorf("message %q", err)
		}
	}
}

// failingReader fails the test if anything reads it.
type failingReader struct{ t *testing.T }

func (r failingReader) Read([]byte) (int, error) {
	r.t.Error("a file over the cap was read")
	return 0, io.EOF
}

func TestOverTheCapIsRefused(t *testing.T) {
	size := int64(sourcetext.MaxSize + 1<<20)
	got, err := sourcetext.Read(context.Background(), "huge.pdf", failingReader{t}, size, nil)
	if !errors.Is(err, sourcetext.ErrTooLarge) || got != (sourcetext.Text{}) {
		t.Fatalf("got %v", err)
	}
	if want := "huge.pdf: too large to import: it is 65 MB, over the 64 MB cap"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start %q", err, want)
	}
	// A size not given up front: the reading stops at the cap.
	over := io.LimitReader(strings.NewReader(strings.Repeat("word ", sourcetext.MaxSize/5+10)), sourcetext.MaxSize+10)
	if _, err := sourcetext.Read(context.Background(), "big.txt", over, -1, nil); !errors.Is(err, sourcetext.ErrTooLarge) || !strings.Contains(err.Error(), "64 MB cap") {
		t.Errorf("unknown size over the cap: %v", err)
	}
	// Under the input cap, over the text cap.
	text := strings.Repeat("The ministry said the claims were baseless. ", sourcetext.MaxText/44+1)
	if _, err := read(t, "long.txt", []byte(text)); !errors.Is(err, sourcetext.ErrTooLarge) || !strings.Contains(err.Error(), "16 MB cap") {
		t.Errorf("text over the cap: %v", err)
	}
}

func TestHashAndOrigin(t *testing.T) {
	got := mustRead(t, "/home/analyst/sources/article.txt", []byte(article))
	sum := sha256.Sum256([]byte(got.Text))
	if got.SHA256 != hex.EncodeToString(sum[:]) || got.Origin != "/home/analyst/sources/article.txt" {
		t.Errorf("hash %s, origin %q", got.SHA256, got.Origin)
	}
}

func TestFromPaste(t *testing.T) {
	got, err := sourcetext.FromPaste("\r\n“Quoted,” he said.\r\nNext line\r\n")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(got.Text))
	if got.Text != "\n“Quoted,” he said.\nNext line\n" || got.Format != sourcetext.FormatPaste || got.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("got %+v", got)
	}
	if _, err := sourcetext.FromPaste(" \n "); err == nil || !strings.Contains(err.Error(), "nothing was pasted") {
		t.Errorf("empty paste: %v", err)
	}
	if _, err := sourcetext.FromPaste(strings.Repeat("x", sourcetext.MaxText+1)); !errors.Is(err, sourcetext.ErrTooLarge) {
		t.Errorf("paste over the cap: %v", err)
	}
}

func TestCancelledBeforeReading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sourcetext.Read(ctx, "a.txt", strings.NewReader(article), -1, nil); err != context.Canceled {
		t.Errorf("got %v, want context.Canceled itself", err)
	}
}

// A text that mentions a PDF header is still a text.
func TestTextMentioningPDFHeader(t *testing.T) {
	in := "Every PDF starts with %PDF-1.7 or similar, the analyst noted.\n"
	if got := mustRead(t, "note.txt", []byte(in)); got.Format != sourcetext.FormatText || got.Text != in {
		t.Errorf("got %+v", got)
	}
}
