package sourcetext_test

import (
	"strings"
	"testing"
)

func BenchmarkRead1MBText(b *testing.B) {
	text := []byte(strings.Repeat(article, 1<<20/len(article)+1)[:1<<20])
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := read(b, "big.txt", text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead50PagePDF(b *testing.B) {
	pdf, _ := govPDF(b, 50)
	b.SetBytes(int64(len(pdf)))
	for b.Loop() {
		if _, err := read(b, "long.pdf", pdf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadHTMLArticle(b *testing.B) {
	page := []byte(`<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article>` +
		strings.Repeat("<p>“The United States strongly condemns Iran’s cyberattack against our NATO ally,” the spokesperson said on Wednesday.</p>", 40) +
		`</article><footer>© 2022</footer></body></html>`)
	for b.Loop() {
		if _, err := read(b, "a.html", page); err != nil {
			b.Fatal(err)
		}
	}
}
