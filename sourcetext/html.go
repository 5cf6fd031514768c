package sourcetext

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// readHTML keeps an HTML page's article text: the page is parsed, never
// run, and its scripts, styles, menus, banners, share bars, related-link
// lists and comments are left out. The work is shared three ways (see
// CHOICE.md): this package removes what is boilerplate by its tag, role or
// class name; go-readability, a port of Firefox's Reader View, finds the
// article in what is left; and this package writes the article's text.
func readHTML(b []byte) (Text, error) {
	enc, encName, _ := charset.DetermineEncoding(b, "text/html")
	utf, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return Text{}, fmt.Errorf("%w: the page says it is in %s but cannot be read as that (%v); save the page again as UTF-8", ErrEncoding, encName, err)
	}
	doc, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		// x/net/html recovers from any markup; this is a read error.
		return Text{}, fmt.Errorf("cannot parse the page (%w): save the page again and import it", err)
	}
	title := pageTitle(doc)
	removeJunk(doc)
	removeMarked(doc, paragraphText(doc))
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, &url.URL{Scheme: "file", Path: "/"})
	if err != nil || article.Node == nil {
		return Text{}, ErrNoArticle
	}
	text := renderText(article.Node, title)
	if !looksLikeArticle(text) {
		return Text{}, ErrNoArticle
	}
	return Text{Text: text, Title: title, Encoding: strings.ToLower(encName)}, nil
}

// pageTitle is the page's own title: og:title or twitter:title, which name
// the article alone, else <title>, which often adds the site's name.
func pageTitle(doc *html.Node) string {
	var og, tw, title string
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			key := attr(n, "property")
			if key == "" {
				key = attr(n, "name")
			}
			switch strings.ToLower(key) {
			case "og:title":
				og = attr(n, "content")
			case "twitter:title":
				tw = attr(n, "content")
			}
		case atom.Title:
			if title == "" {
				title = textContent(n)
			}
		case atom.Body:
			return false
		}
		return true
	})
	for _, t := range []string{og, tw, title} {
		if t = collapseSpace(t); t != "" {
			return t
		}
	}
	return ""
}

// looksLikeArticle is false for text that is only a heading or a few
// stray words: what is left of a page of links.
func looksLikeArticle(text string) bool {
	words, longest := 0, 0
	for _, p := range strings.Split(text, "\n\n") {
		n := len(strings.Fields(p))
		words += n
		longest = max(longest, n)
	}
	return words >= 30 && longest >= 12
}

// walk calls f on n and its descendants in document order; f returns
// false to skip a node's children.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textContent(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}
