package sourcetext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements that run inside a line; every other element is a block, which
// starts a new paragraph.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true,
	atom.Var: true, atom.Del: true, atom.Ins: true, atom.Strike: true, atom.Tt: true,
	atom.Big: true, atom.Label: true, atom.Img: true, atom.Wbr: true,
	atom.Td: true, atom.Th: true,
}

// textWriter builds paragraphs: breaks are held until the next text, so
// empty blocks leave no blank lines.
type textWriter struct {
	b       strings.Builder
	pending int // 0 none, 1 line break, 2 paragraph break
	space   bool
}

func (w *textWriter) brk(kind int) { w.pending = max(w.pending, kind) }

func (w *textWriter) text(s string, pre bool) {
	for _, r := range s {
		switch r {
		case '\u00AD', '\u200B', '\uFEFF':
			// Soft hyphens and zero-width spaces are invisible: a quote
			// copied from the page does not have them.
			continue
		case ' ', '\t', '\n', '\r', '\f', '\u00A0':
			if pre && r == '\n' {
				w.brk(1)
				continue
			}
			w.space = true
			continue
		}
		if w.b.Len() > 0 {
			switch w.pending {
			case 2:
				w.b.WriteString("\n\n")
			case 1:
				w.b.WriteString("\n")
			default:
				if w.space {
					w.b.WriteByte(' ')
				}
			}
		}
		w.pending, w.space = 0, false
		w.b.WriteRune(r)
	}
}

// renderText is root's text as paragraphs. A heading that repeats the
// title (which Text.Title holds) is left out, as are blocks that are mostly links (tag lists,
// "read more" lines) and the image alt texts.
func renderText(root *html.Node, title string) string {
	w := &textWriter{}
	var visit func(n *html.Node, pre bool)
	visit = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			w.text(n.Data, pre)
			return
		case html.ElementNode, html.DocumentNode:
		default:
			return
		}
		block := n.Type == html.ElementNode && !inlineTags[n.DataAtom]
		if block && skipBlock(n, title) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			// One <br> ends a line; two in a row end a paragraph, as old
			// pages without <p> write them.
			if w.pending >= 1 {
				w.brk(2)
			} else {
				w.brk(1)
			}
			return
		case atom.Td, atom.Th:
			w.space = true
		case atom.Pre:
			pre = true
		}
		if block {
			w.brk(2)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, pre)
		}
		if block {
			w.brk(2)
		}
	}
	visit(root, false)
	return w.b.String()
}

func skipBlock(n *html.Node, title string) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		t := collapseSpace(textContent(n))
		if t != "" && strings.Contains(title, t) {
			return true
		}
	case atom.Hr:
		return true
	}
	text, link := textAndLinkLen(n)
	return text > 0 && link*2 > text
}

func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00A0'
	}), " ")
}
