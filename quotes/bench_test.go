package quotes

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// benchText is about 1 MB of news text: the corpus articles, repeated
// with their names varied from copy to copy, so the engine meets new
// names as it would in a long document, not the same few over again.
var benchText = sync.OnceValue(func() string {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	sort.Strings(files)
	var articles []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			articles = append(articles, string(b))
		}
	}
	if len(articles) == 0 {
		return ""
	}
	var b strings.Builder
	for n := 0; b.Len() < 1<<20; n++ {
		a := articles[n%len(articles)]
		if n >= len(articles) {
			a = varyNames(a, n/len(articles))
		}
		b.WriteString(a)
		b.WriteString("\n\n")
	}
	return b.String()
})

var capWord = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)

// varyNames gives each capitalised word of a copy a suffix, so that
// copies name different people and bodies.
func varyNames(a string, copy int) string {
	suffix := strings.Repeat("o", 1+copy%3) + string(rune('a'+copy%26))
	return capWord.ReplaceAllStringFunc(a, func(w string) string {
		if lexicon[strings.ToLower(w)] != 0 {
			return w // keep "The", "Minister", "Ministry": the words the rules read
		}
		return w + suffix
	})
}

// quoteMarks is the baseline: one regular expression that finds the
// quotation marks, and does nothing else.
var quoteMarks = regexp.MustCompile(`[“”"‘’«»]`)

// quotedSpans is a second, slower baseline for reference: one regular
// expression that finds quoted stretches, as a naive quote finder would.
var quotedSpans = regexp.MustCompile(`“[^“”]*”|"[^"\n]*"|‘[^‘’\n]*’|«[^«»]*»`)

func BenchmarkFind1MB(b *testing.B) {
	text := benchText()
	if text == "" {
		b.Skip("no corpus: run from the quotes directory")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Find(text, nil))
	}
	b.ReportMetric(float64(n), "quotes")
}

func BenchmarkRegexpBaseline1MB(b *testing.B) { benchRegexp(b, quoteMarks, "marks") }

func BenchmarkRegexpQuotedSpans1MB(b *testing.B) { benchRegexp(b, quotedSpans, "quotes") }

func benchRegexp(b *testing.B, re *regexp.Regexp, unit string) {
	text := benchText()
	if text == "" {
		b.Skip("no corpus: run from the quotes directory")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(re.FindAllStringIndex(text, -1))
	}
	b.ReportMetric(float64(n), unit)
}
