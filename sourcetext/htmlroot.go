package sourcetext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements that never hold an article's own text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Canvas: true, atom.Form: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Figure: true, atom.Dialog: true, atom.Link: true,
	atom.Meta: true, atom.Head: true,
}

var junkRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true,
	"menubar": true, "toolbar": true,
}

// Words in class and id names that mark boilerplate: banners, share bars,
// related links, comments and the like.
var junkWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "onetrust": true,
	"banner": true, "newsletter": true, "subscribe": true, "subscription": true,
	"signup": true, "sign": true, "gate": true, "paywall": true, "share": true,
	"sharing": true, "sharedaddy": true, "social": true, "related": true,
	"recommended": true, "recirculation": true, "onwards": true, "promo": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "sponsor": true,
	"sponsored": true, "outbrain": true, "taboola": true, "comment": true,
	"comments": true, "disqus": true, "respond": true, "sidebar": true,
	"widget": true, "breadcrumb": true, "breadcrumbs": true, "tags": true,
	"byline": true, "author": true, "meta": true, "submeta": true, "popup": true,
	"modal": true, "overlay": true, "skip": true, "toolbar": true,
	"pagination": true, "pager": true, "nav": true, "navigation": true,
	"menu": true, "footer": true, "masthead": true, "topbar": true,
	"ticker": true, "trending": true, "popular": true, "most": true, "print": true,
	// and the commonest for advertising in German, French and Spanish
	"werbung": true, "anzeige": true, "publicite": true, "publicidad": true,
}

// removeJunk drops elements that are never article text, and hidden ones.
func removeJunk(doc *html.Node) {
	removeIf(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode, html.DoctypeNode:
			return true
		case html.ElementNode:
		default:
			return false
		}
		if junkTags[n.DataAtom] || junkRoles[strings.ToLower(attr(n, "role"))] {
			return true
		}
		if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
			return true
		}
		style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
		return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
	})
}

// removeMarked drops elements whose class or id names boilerplate, unless
// one holds most of the page's paragraph text: then the name belongs to a
// wrapper ("page has-comments") rather than to the boilerplate itself.
func removeMarked(doc *html.Node, total int) {
	removeIf(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article:
			return false
		}
		if strings.EqualFold(attr(n, "itemprop"), "articleBody") || !marked(attr(n, "class")+" "+attr(n, "id")) {
			return false
		}
		return paragraphText(n)*5 < total*4
	})
}

// marked tells whether class and id names hold a boilerplate word, split
// at punctuation and camelCase: "related-links", "RelatedLinks",
// "article__share".
func marked(names string) bool {
	var word []rune
	flush := func() bool {
		w := strings.ToLower(string(word))
		word = word[:0]
		return junkWords[w]
	}
	prev := rune(0)
	for _, r := range names + " " {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && unicode.IsLower(prev) && flush() {
				return true
			}
			word = append(word, r)
		default:
			if flush() {
				return true
			}
		}
		prev = r
	}
	return false
}

// removeIf detaches every node for which drop is true, with its subtree.
func removeIf(n *html.Node, drop func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if drop(c) {
			n.RemoveChild(c)
		} else {
			removeIf(c, drop)
		}
		c = next
	}
}

// paragraphText is the length of the text in n's paragraphs that is not
// link text: the measure of how much article n holds.
func paragraphText(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if isParagraph(c) {
			t, link := textAndLinkLen(c)
			total += t - link
			return false
		}
		return true
	})
	return total
}

// isParagraph is true for <p>, <pre> and <blockquote>, and for any other
// block that holds only text and inline elements: many sites write their
// paragraphs as <div>s.
func isParagraph(n *html.Node) bool {
	if n.Type != html.ElementNode || inlineTags[n.DataAtom] {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote:
		return true
	case atom.Html, atom.Body, atom.Li, atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Tbody:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !inlineTags[c.DataAtom] {
			return false
		}
	}
	return true
}

func textAndLinkLen(n *html.Node) (text, link int) {
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			l := len(strings.TrimSpace(c.Data))
			text += l
			for p := c.Parent; p != nil && p != n.Parent; p = p.Parent {
				if p.DataAtom == atom.A {
					link += l
					break
				}
			}
		}
		return true
	})
	return text, link
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}
