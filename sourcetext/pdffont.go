package sourcetext

import (
	"github.com/ledongthuc/pdf"
)

// pdfFont is what the text extraction needs of a font: how long its codes
// are, what text each shows, and how wide each glyph is, so that the gaps
// between words can be measured.
type pdfFont struct {
	twoByte    bool
	unreadable bool    // codes with no known text: glyph numbers only
	scale      float64 // glyph space to text space: 1/1000, or a Type 3 font's matrix
	first      int
	widths     []float64
	cidWidths  map[int]float64
	missing    float64
	toUnicode  *toUnicode
	enc        pdf.TextEncoding // the library's decoding, where there is no ToUnicode
}

func newPDFFont(v pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001, missing: 500}
	lib := pdf.Font{V: v}
	f.enc = lib.Encoder()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUnicode = parseToUnicode(tu)
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		f.cidWidths = cidWidths(v.Key("DescendantFonts").Index(0))
		f.missing = 1000
		if dw := v.Key("DescendantFonts").Index(0).Key("DW"); isNumber(dw) {
			f.missing = dw.Float64()
		}
		enc := v.Key("Encoding").Name()
		// Identity-H codes are glyph numbers: without a ToUnicode map no
		// one can tell which letters they show.
		f.unreadable = f.toUnicode == nil && (enc == "Identity-H" || enc == "Identity-V")
		return f
	case "Type3":
		if m := v.Key("FontMatrix"); m.Len() == 6 {
			f.scale = m.Index(0).Float64()
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len(); i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); isNumber(mw) && mw.Float64() > 0 {
		f.missing = mw.Float64()
	}
	return f
}

// cidWidths reads a CID font's W array: "c [w1 w2 ...]" or "c1 c2 w".
func cidWidths(d pdf.Value) map[int]float64 {
	out := map[int]float64{}
	w := d.Key("W")
	for i := 0; i < w.Len(); {
		c := int(w.Index(i).Int64())
		if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
			a := w.Index(i + 1)
			for j := 0; j < a.Len(); j++ {
				out[c+j] = a.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 1<<16; k++ {
			out[k] = width
		}
		i += 3
	}
	return out
}

// width is a glyph's advance in text space units per unit of font size.
func (f *pdfFont) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cidWidths[code]; ok {
			return w * f.scale
		}
		return f.missing * f.scale
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i] * f.scale
	}
	return f.missing * f.scale
}

// text is what code, raw as it stands in the content, shows.
func (f *pdfFont) text(n int, code uint32, raw string) string {
	if s, ok := f.toUnicode.lookup(n, code); ok {
		return s
	}
	if f.unreadable {
		return "\uFFFD"
	}
	return f.enc.Decode(raw)
}

func isNumber(v pdf.Value) bool { return v.Kind() == pdf.Integer || v.Kind() == pdf.Real }
