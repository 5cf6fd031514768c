package sourcetext_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/sourcetext"
)

// Text from scripts, banners, menus, comments and footers of the test
// pages: none of it may come out of any page.
var boilerplate = []string{
	"Subscribe", "Accept All Cookies", "We use cookies", "Injected by script", "free articles",
	"Please enable JavaScript", "Advertisement", "Related coverage", "Most read", "Most viewed",
	"More on this story", "Share on", "Share this", "Sign up", "Leave a Reply", "Good piece",
	"Recent posts", "Copyright", "©", "Privacy", "Photograph:", "AP Photo", "Hidden teaser",
	"Explore more", "Here’s how you know", "Policy Issues", "Related Articles", "Read Next",
	"Our Standards", "leaked text", "Anzeige", "Mehr zum Thema", "Weitere Meldungen", "Impressum",
	"This site uses cookies", "Key events", "Older posts", "independent newspaper",
	"Government programme", "Latest", "Shqip", "Breaking: markets", "LLAZAR", "Posted by",
	"It's your choice", "Support the Daily Ledger", "World News Wire", "Skip to",
}

// Each page's article comes out whole: every paragraph of NAME.txt, as a
// paragraph of its own and in order, and nothing else but the short lines
// NAME.kept lists (dates and the like that the extraction keeps; see
// CHOICE.md), and no boilerplate.
func TestHTMLArticles(t *testing.T) {
	pages, _ := filepath.Glob("testdata/html/*.html")
	n := 0
	for _, page := range pages {
		base := strings.TrimSuffix(page, ".html")
		want, err := os.ReadFile(base + ".txt")
		if err != nil {
			continue // a page with no article: TestHTMLNoArticle
		}
		n++
		t.Run(filepath.Base(base), func(t *testing.T) {
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			kept, _ := os.ReadFile(base + ".kept")
			got := mustRead(t, filepath.Base(page), b)
			if got.Format != sourcetext.FormatHTML || got.Title == "" {
				t.Errorf("format %q, title %q", got.Format, got.Title)
			}
			var article []string
			allowed := paragraphs(string(kept))
			for _, p := range paragraphs(got.Text) {
				if !slices.Contains(allowed, p) {
					article = append(article, p)
				}
			}
			if w := paragraphs(string(want)); !slices.Equal(article, w) {
				t.Errorf("article text:\n%s\n\nwant:\n%s", strings.Join(article, "\n\n"), strings.Join(w, "\n\n"))
			}
			for _, s := range boilerplate {
				if strings.Contains(got.Text, s) && !strings.Contains(string(want), s) {
					t.Errorf("boilerplate %q is in the text", s)
				}
			}
		})
	}
	if n < 8 {
		t.Errorf("only %d test pages", n)
	}
}

func TestHTMLNoArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/html/section-front.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := read(t, "https://example.com/europe", b)
	if !errors.Is(err, sourcetext.ErrNoArticle) || got != (sourcetext.Text{}) {
		t.Fatalf("got %q, %v; want nothing and ErrNoArticle", got.Text, err)
	}
	if !strings.HasPrefix(err.Error(), "https://example.com/europe: ") {
		t.Errorf("message %q does not start with the URL", err)
	}
}

// Scripts are never run and never kept, whatever they would write;
// entities are decoded; <br> ends a line and a block a paragraph; the
// punctuation is kept exactly.
func TestHTMLTextRules(t *testing.T) {
	page := `<html><head><title>T</title><script>document.write("<p>Written by a script</p>")</script></head><body>
<article>
<p>The ministry said it considered Albania&rsquo;s &#8220;decision&#x201D; &mdash; and the &quot;claims&quot; &amp; the &lt;evidence&gt; &hellip; &#39;baseless&#39;; it added nothing &lsquo;further&rsquo;.</p>
<script>document.getElementById("x").innerText = "Injected text";</script>
<noscript><p>Enable JavaScript to read the rest</p></noscript>
<p>First line<br>second line<br/>third   line
 across   source lines, with a soft hy&shy;phen and a non&nbsp;breaking space.</p>
<ul><li>One item that is long enough to count as text in the article</li><li>Another item of the article with some words in it</li></ul>
<blockquote>“A quotation set apart,” the spokesperson said, “in a block of its own.”</blockquote>
<!-- a comment that says Hidden comment text -->
<p>„German quotes“ and «French quotes» and 『Japanese quotes』 stay as they are, as do ‘single’ and ′primes′.</p>
</article></body></html>`
	got := mustRead(t, "page.html", []byte(page))
	want := strings.Join([]string{
		"The ministry said it considered Albania’s “decision” — and the \"claims\" & the <evidence> … 'baseless'; it added nothing ‘further’.",
		"First line\nsecond line\nthird line across source lines, with a soft hyphen and a non breaking space.",
		"One item that is long enough to count as text in the article",
		"Another item of the article with some words in it",
		"“A quotation set apart,” the spokesperson said, “in a block of its own.”",
		"„German quotes“ and «French quotes» and 『Japanese quotes』 stay as they are, as do ‘single’ and ′primes′.",
	}, "\n\n")
	if got.Text != want {
		t.Errorf("got\n%s\n\nwant\n%s", got.Text, want)
	}
	for _, s := range []string{"Written by a script", "Injected", "JavaScript", "Hidden comment", "document"} {
		if strings.Contains(got.Text, s) {
			t.Errorf("%q is in the text", s)
		}
	}
}

// A page saved with no extension, or named .txt, is read as HTML by its
// content; its declared charset is honoured.
func TestHTMLByContentAndCharset(t *testing.T) {
	b, err := os.ReadFile("testdata/html/regional-tables.html")
	if err != nil {
		t.Fatal(err)
	}
	got := mustRead(t, "https://example.com/news/4411", b)
	if got.Format != sourcetext.FormatHTML || got.Encoding != "windows-1252" {
		t.Errorf("format %q, encoding %q", got.Format, got.Encoding)
	}
	if !strings.Contains(got.Text, "Besnik Muçi, a former director") || !strings.Contains(got.Text, "TIRANË – Hundreds") {
		t.Errorf("accents or dashes lost: %q", got.Text)
	}
}

func TestHTMLTitle(t *testing.T) {
	for _, tc := range []struct{ head, want string }{
		{`<meta property="og:title" content="Albania cuts ties"><title>Albania cuts ties | Wire</title>`, "Albania cuts ties"},
		{`<meta name="twitter:title" content="Iran responds"><title>Iran responds - Site</title>`, "Iran responds"},
		{`<title>  Only a
title </title>`, "Only a title"},
	} {
		page := "<html><head>" + tc.head + "</head><body><article><p>" + strings.Repeat("The ministry said the decision was baseless and ill-considered. ", 6) + "</p></article></body></html>"
		if got := mustRead(t, "p.html", []byte(page)); got.Title != tc.want {
			t.Errorf("title %q, want %q", got.Title, tc.want)
		}
	}
}
