package export

import (
	"strings"
)

// The analyst's notes are written in a small Markdown subset: headings,
// paragraphs, bullet and numbered lists, block quotations and fenced code,
// with bold, italic, inline code and links inside. parseMarkdown reads it
// into blocks of styled spans that the PDF lays out; anything else is kept as
// plain text, so nothing the analyst wrote is lost.

type blockKind int

const (
	blockParagraph blockKind = iota
	blockHeading
	blockBullet
	blockNumbered
	blockQuote
	blockCode
)

// mdBlock is one block of a note: a paragraph, a heading, one list item, a
// quoted paragraph or a code block.
type mdBlock struct {
	kind   blockKind
	level  int    // heading level 1–6
	marker string // "•" or "3." for list items
	depth  int    // list nesting, 0 for top level
	spans  []span
}

// span is a run of text in one style: "", "B", "I" or "BI".
type span struct {
	text  string
	style string
}

func parseMarkdown(src string) []mdBlock {
	var blocks []mdBlock
	var para []string
	kind := blockParagraph
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, mdBlock{kind: kind, spans: parseInline(strings.Join(para, " "))})
		}
		para, kind = nil, blockParagraph
	}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t")
		trimmed := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trimmed)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			flush()
			fence := trimmed[:3]
			var code []string
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), fence); i++ {
				code = append(code, lines[i])
			}
			blocks = append(blocks, mdBlock{kind: blockCode, spans: []span{{text: strings.Join(code, "\n")}}})
		case headingLevel(trimmed) > 0:
			flush()
			n := headingLevel(trimmed)
			text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(trimmed[n:]), "#"))
			blocks = append(blocks, mdBlock{kind: blockHeading, level: n, spans: parseInline(text)})
		case strings.HasPrefix(trimmed, ">"):
			if kind != blockQuote {
				flush()
				kind = blockQuote
			}
			para = append(para, strings.TrimSpace(strings.TrimPrefix(trimmed, ">")))
			if strings.TrimSpace(strings.TrimPrefix(trimmed, ">")) == "" {
				flush()
			}
		case bulletText(trimmed) != "":
			flush()
			blocks = append(blocks, mdBlock{kind: blockBullet, marker: "•", depth: indent / 2, spans: parseInline(bulletText(trimmed))})
		case numberedMarker(trimmed) != "":
			flush()
			m := numberedMarker(trimmed)
			blocks = append(blocks, mdBlock{kind: blockNumbered, marker: m[:len(m)-1] + ".", depth: indent / 2,
				spans: parseInline(strings.TrimSpace(trimmed[len(m):]))})
		default:
			last := len(blocks) - 1
			if len(para) == 0 && indent > 0 && last >= 0 && (blocks[last].kind == blockBullet || blocks[last].kind == blockNumbered) {
				// A continuation line of a list item.
				blocks[last].spans = append(blocks[last].spans, parseInline(" "+trimmed)...)
				continue
			}
			if kind == blockQuote {
				flush()
			}
			para = append(para, trimmed)
		}
	}
	flush()
	return blocks
}

func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ') {
		return 0
	}
	return n
}

func bulletText(s string) string {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		if t := strings.TrimSpace(s[2:]); t != "" {
			return t
		}
	}
	return ""
}

// numberedMarker returns "12." or "12)" when s starts a numbered list item.
func numberedMarker(s string) string {
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n+1 >= len(s) || (s[n] != '.' && s[n] != ')') || s[n+1] != ' ' {
		return ""
	}
	return s[:n+1]
}

// parseInline splits text into styled spans: **bold**, *italic* or _italic_,
// `code` as plain text and [label](url) as "label (url)". Unmatched markers
// are kept as they are.
func parseInline(s string) []span {
	var out []span
	var cur strings.Builder
	bold, italic := false, false
	style := func() string {
		switch {
		case bold && italic:
			return "BI"
		case bold:
			return "B"
		case italic:
			return "I"
		}
		return ""
	}
	emit := func() {
		if cur.Len() > 0 {
			out = append(out, span{text: cur.String(), style: style()})
			cur.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "**") || strings.HasPrefix(s[i:], "__"):
			if bold && closes(s, i) || !bold && opens(s, i, s[i:i+2]) {
				emit()
				bold = !bold
				i += 2
				continue
			}
		case s[i] == '*' || s[i] == '_':
			// An underscore inside a word (snake_case) is not emphasis.
			if s[i] == '_' && !italic && i > 0 && isWordByte(s[i-1]) {
				break
			}
			if italic && closes(s, i) || !italic && opens(s, i, s[i:i+1]) {
				emit()
				italic = !italic
				i++
				continue
			}
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				cur.WriteString(s[i+1 : i+1+j])
				i += j + 2
				continue
			}
		case s[i] == '[':
			if label, url, n := parseLink(s[i:]); n > 0 {
				cur.WriteString(label)
				if url != "" && url != label {
					cur.WriteString(" (" + url + ")")
				}
				i += n
				continue
			}
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_[]()#>-+.!", s[i+1]) >= 0:
			cur.WriteByte(s[i+1])
			i += 2
			continue
		}
		cur.WriteByte(s[i])
		i++
	}
	emit()
	return out
}

// opens reports whether the marker at i opens emphasis: text follows it
// directly and the same marker closes it later.
func opens(s string, i int, marker string) bool {
	after := i + len(marker)
	if after >= len(s) || s[after] == ' ' {
		return false
	}
	for j := after + 1; j < len(s); j++ {
		if strings.HasPrefix(s[j:], marker) && s[j-1] != ' ' && (len(marker) == 2 || !strings.HasPrefix(s[j:], marker+marker)) {
			return true
		}
	}
	return false
}

// closes reports whether the marker at i closes emphasis: text precedes it.
func closes(s string, i int) bool { return i > 0 && s[i-1] != ' ' }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// parseLink reads "[label](url)" at the start of s, returning the length
// consumed, or 0.
func parseLink(s string) (label, url string, n int) {
	end := strings.Index(s, "](")
	if end < 0 || strings.ContainsRune(s[1:end], '\n') {
		return "", "", 0
	}
	close := strings.IndexByte(s[end+2:], ')')
	if close < 0 {
		return "", "", 0
	}
	return s[1:end], strings.TrimSpace(s[end+2 : end+2+close]), end + 3 + close
}

// plainText is the blocks' text without styling, for tests and summaries.
func plainText(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return b.String()
}
