package sourcetext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// glyph is one character shown on a page, in the page's user space.
type glyph struct {
	x0, x1 float64 // where the glyph starts and its visible width ends
	y      float64 // its baseline
	size   float64 // its font size as drawn
	text   string
	space  bool // a space character: x1 is where its advance ends
}

type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (a matrix) mul(b matrix) matrix {
	var c matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			c[i][j] = a[i][0]*b[0][j] + a[i][1]*b[1][j] + a[i][2]*b[2][j]
		}
	}
	return c
}

func translate(x, y float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {x, y, 1}} }

// textState is the part of the graphics state that places text.
type textState struct {
	ctm, tm, tlm        matrix
	font                *pdfFont
	tfs, tc, tw, th, tl float64
	trise               float64
}

// glyphReader follows a page's text operators.
type glyphReader struct {
	glyphs []glyph
	fonts  map[string]*pdfFont // by resource dictionary and name
	depth  int
}

// pageGlyphs interprets a page's content and returns the glyphs it shows,
// in content order. The library's own Content() measures every glyph of a
// two-byte font as zero wide and ignores word spacing and form XObjects,
// so this follows the text operators itself (PDF 32000-1, 9.3 and 9.4).
func pageGlyphs(p pdf.Page) []glyph {
	g := &glyphReader{fonts: map[string]*pdfFont{}}
	g.run(p.V.Key("Contents"), p.Resources(), identity, "page")
	return g.glyphs
}

// run interprets one content stream. scope names res for the font cache.
func (g *glyphReader) run(content, res pdf.Value, ctm matrix, scope string) {
	if g.depth > 8 || content.IsNull() {
		return
	}
	g.depth++
	defer func() { g.depth-- }()
	st := textState{ctm: ctm, tm: identity, tlm: identity, th: 1}
	var saved []textState
	pdf.Interpret(content, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		n := len(args)
		num := func(i int) float64 { return args[i].Float64() }
		mat := func() matrix {
			return matrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}
		}
		switch op {
		case "q":
			saved = append(saved, st)
		case "Q":
			if len(saved) > 0 {
				st = saved[len(saved)-1]
				saved = saved[:len(saved)-1]
			}
		case "cm":
			if n == 6 {
				st.ctm = mat().mul(st.ctm)
			}
		case "BT":
			st.tm, st.tlm = identity, identity
		case "Tc", "Tw", "Tz", "TL", "Ts":
			if n != 1 {
				return
			}
			switch v := num(0); op {
			case "Tc":
				st.tc = v
			case "Tw":
				st.tw = v
			case "Tz":
				st.th = v / 100
			case "TL":
				st.tl = v
			case "Ts":
				st.trise = v
			}
		case "Td", "TD":
			if n == 2 {
				if op == "TD" {
					st.tl = -num(1)
				}
				st.tlm = translate(num(0), num(1)).mul(st.tlm)
				st.tm = st.tlm
			}
		case "Tm":
			if n == 6 {
				st.tm = mat()
				st.tlm = st.tm
			}
		case "T*":
			st.tlm = translate(0, -st.tl).mul(st.tlm)
			st.tm = st.tlm
		case "Tf":
			if n == 2 {
				st.font = g.font(res, args[0].Name(), scope)
				st.tfs = num(1)
			}
		case "Tj", "'", "\"":
			if op == "\"" && n == 3 {
				st.tw, st.tc = num(0), num(1)
				args = args[2:]
			}
			if op != "Tj" {
				st.tlm = translate(0, -st.tl).mul(st.tlm)
				st.tm = st.tlm
			}
			if len(args) == 1 {
				g.show(&st, args[0].RawString())
			}
		case "TJ":
			if n != 1 {
				return
			}
			for i := 0; i < args[0].Len(); i++ {
				x := args[0].Index(i)
				if x.Kind() == pdf.String {
					g.show(&st, x.RawString())
				} else {
					st.tm = translate(-x.Float64()/1000*st.tfs*st.th, 0).mul(st.tm)
				}
			}
		case "Do":
			if n == 1 {
				g.form(res, args[0].Name(), st.ctm)
			}
		}
	})
}

// form runs a form XObject, where some producers put a page's text.
func (g *glyphReader) form(res pdf.Value, name string, ctm matrix) {
	xo := res.Key("XObject").Key(name)
	if xo.Key("Subtype").Name() != "Form" {
		return
	}
	m := identity
	if fm := xo.Key("Matrix"); fm.Len() == 6 {
		m = matrix{{fm.Index(0).Float64(), fm.Index(1).Float64(), 0}, {fm.Index(2).Float64(), fm.Index(3).Float64(), 0}, {fm.Index(4).Float64(), fm.Index(5).Float64(), 1}}
	}
	r := xo.Key("Resources")
	scope := "form " + name
	if r.IsNull() {
		r, scope = res, "page"
	}
	g.run(xo, r, m.mul(ctm), scope)
}

func (g *glyphReader) font(res pdf.Value, name, scope string) *pdfFont {
	key := scope + "\x00" + name
	f, ok := g.fonts[key]
	if !ok {
		f = newPDFFont(res.Key("Font").Key(name))
		g.fonts[key] = f
	}
	return f
}

// show places each glyph of the string s and moves the text position on.
func (g *glyphReader) show(st *textState, s string) {
	f := st.font
	if f == nil {
		return // text before any Tf: nothing can be decoded
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		code := uint32(s[i])
		if step == 2 {
			code = code<<8 | uint32(s[i+1])
		}
		w := f.width(int(code))
		m := st.tm.mul(st.ctm)
		x0, y := apply(m, 0, st.trise)
		vis, _ := apply(m, w*st.tfs*st.th, st.trise)
		adv := (w*st.tfs + st.tc) * st.th
		if step == 1 && code == ' ' {
			adv += st.tw * st.th
		}
		text := f.text(step, code, s[i:i+step])
		gl := glyph{x0: x0, x1: vis, y: y, size: st.tfs * math.Hypot(m[1][0], m[1][1]), text: text}
		if text == " " {
			gl.space = true
			gl.x1, _ = apply(m, adv, st.trise)
		}
		if text != "" {
			g.glyphs = append(g.glyphs, gl)
		}
		st.tm = translate(adv, 0).mul(st.tm)
	}
}

func apply(m matrix, x, y float64) (float64, float64) {
	return x*m[0][0] + y*m[1][0] + m[2][0], x*m[0][1] + y*m[1][1] + m[2][1]
}
