package sourcetext_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/casefile/casefile/sourcetext"
	"golang.org/x/text/encoding/charmap"
)

const article = "Albanian Prime Minister Edi Rama announced on Wednesday that his country is cutting ties with Iran “with immediate effect.”\n\n“The said attack failed its purpose,” Rama said in Tiranë.\n"

func TestReadUTF8KeepsTextExactly(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"plain", article},
		{"bom", "\xEF\xBB\xBF" + article},
		{"crlf", strings.ReplaceAll(article, "\n", "\r\n")},
		{"old mac", strings.ReplaceAll(article, "\n", "\r")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mustRead(t, "article.txt", []byte(tc.in))
			if got.Text != article || got.Format != sourcetext.FormatText || got.Encoding != "utf-8" || got.Origin != "article.txt" {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestReadMarkdownKeptAsItsText(t *testing.T) {
	md := "# Albania cuts ties\n\n*Tirana* — “with immediate effect,” said [Rama](https://example.com).\n"
	got := mustRead(t, "notes.md", []byte(md))
	if got.Text != md || got.Format != sourcetext.FormatMarkdown {
		t.Errorf("got %q as %s", got.Text, got.Format)
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestReadUTF16(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       []byte
		encoding string
	}{
		{"le bom", utf16Bytes(article, false, true), "utf-16le"},
		{"be bom", utf16Bytes(article, true, true), "utf-16be"},
		{"le no bom", utf16Bytes(article, false, false), "utf-16le"},
		{"le crlf", utf16Bytes(strings.ReplaceAll(article, "\n", "\r\n"), false, true), "utf-16le"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mustRead(t, "notepad.txt", tc.in)
			if got.Text != article || got.Encoding != tc.encoding {
				t.Errorf("got %q in %q, want the article in %s", got.Text, got.Encoding, tc.encoding)
			}
		})
	}
}

func cp1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestReadWindows1252AndLatin1(t *testing.T) {
	got := mustRead(t, "old.txt", cp1252(t, article))
	if got.Text != article || got.Encoding != "windows-1252" {
		t.Errorf("got %q in %q", got.Text, got.Encoding)
	}
	latin := "Tiranë, Gjirokastër and Shkodër: the ministry’s statement\n"
	latin = strings.ReplaceAll(latin, "’", "'") // no 0x80-0x9F bytes: Latin-1
	got = mustRead(t, "latin.txt", cp1252(t, latin))
	if got.Text != latin || got.Encoding != "iso-8859-1" {
		t.Errorf("got %q in %q", got.Text, got.Encoding)
	}
}

// What cannot be told for sure is refused, naming what was found, and
// nothing is returned.
func TestReadRefusesUnknownEncodings(t *testing.T) {
	cyrillic, err := charmap.Windows1251.NewEncoder().Bytes([]byte("Министерство иностранных дел заявило, что решение Албании необоснованно.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"undefined in cp1252", append([]byte("The ministry said \x81 it"), []byte(" would respond.")...), "0x81"},
		{"cyrillic cp1251", cyrillic, "another 8-bit encoding"},
		{"mixed utf-8 and cp1252", []byte("“The said attack failed,” Rama said in Tiranë, and the Ministry \x93replied\x94 at once, said “sources”."), "mostly UTF-8"},
		{"bom but invalid", []byte("\xEF\xBB\xBFRama said \xFF."), "marked as UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(t, "x.txt", tc.in)
			if !errors.Is(err, sourcetext.ErrEncoding) || !strings.Contains(err.Error(), tc.want) || got != (sourcetext.Text{}) {
				t.Errorf("got %q, %v; want nothing and an ErrEncoding that says %q", got.Text, err, tc.want)
			}
		})
	}
}

// Property: any UTF-8 text (curly quotes, accents, scripts, emoji, blank
// lines) read as .txt comes back exactly, with CRLF made LF.
func TestPropertyUTF8RoundTrip(t *testing.T) {
	pieces := []string{"Rama", "said", "“", "”", "‘", "’", "—", "…", "Tiranë", "Łukasiewicz", "ایران", "数据", "Москва", "🙂", " ", " ", "\t", "\n", "\n\n", "«", "»", "„", "\u00A0", "e\u0301"}
	rng := rand.New(rand.NewPCG(8, 1))
	for i := range 500 {
		var b strings.Builder
		b.WriteString("Source ") // never blank
		for range rng.IntN(200) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		want := b.String()
		crlf := strings.ReplaceAll(want, "\n", "\r\n")
		got, err := read(t, "random.txt", []byte(crlf))
		if err != nil || got.Text != want {
			t.Fatalf("case %d: got %q, %v; want %q", i, got.Text, err, want)
		}
	}
}

// Property: printable Windows-1252 text, mostly ASCII as Western text is,
// converts back exactly and is named windows-1252.
func TestPropertyWindows1252RoundTrip(t *testing.T) {
	var high []rune
	for b := 0x80; b <= 0xFF; b++ {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA0, 0xAD:
			continue // undefined, or invisible
		}
		high = append(high, charmap.Windows1252.DecodeByte(byte(b)))
	}
	rng := rand.New(rand.NewPCG(12, 52))
	for i := range 500 {
		var b strings.Builder
		b.WriteRune('“') // a 0x80-0x9F character: Windows-1252, not Latin-1
		for range 1 + rng.IntN(300) {
			switch n := rng.IntN(20); {
			case n == 0:
				b.WriteRune(high[rng.IntN(len(high))])
			case n < 3:
				b.WriteByte(" \n."[rng.IntN(3)])
			default:
				b.WriteByte(byte('a' + rng.IntN(26)))
			}
		}
		want := b.String()
		got, err := read(t, "old.txt", cp1252(t, want))
		if err != nil || got.Text != want || got.Encoding != "windows-1252" {
			t.Fatalf("case %d: got %q in %q, %v; want %q", i, got.Text, got.Encoding, err, want)
		}
	}
}
