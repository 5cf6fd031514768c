package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// keptView lists the objects kept from an import (File › Kept from
// import…): the STIX objects Casefile has no equivalent for, held in the
// case as they came and written back by a STIX export. Each row gives the
// object's type, name and marking; choosing one shows its JSON.
type keptView struct {
	objs   []casefile.KeptObject
	raws   []casefile.RawObject
	list   *widget.List
	detail *widget.Label
	count  *widget.Label
	dlg    dialog.Dialog
}

// keptShown is how much of a kept object's JSON the view shows.
const keptShown = 4 << 10

// ShowKept shows the objects kept from an import.
func (u *UI) ShowKept() *keptView {
	if u.doc == nil {
		return nil
	}
	c := u.doc.c
	v := &keptView{detail: widget.NewLabel(""), count: widget.NewLabel("")}
	defs := c.KeptDefinitions()
	for _, raw := range c.Kept {
		o, err := casefile.ParseKept(raw, defs)
		if err != nil {
			o = casefile.KeptObject{Type: "unreadable", Name: err.Error()}
		}
		v.objs = append(v.objs, o)
		v.raws = append(v.raws, raw)
	}
	v.detail.Wrapping = fyne.TextWrapBreak
	switch n := len(v.objs); n {
	case 0:
		v.count.SetText("The case keeps no objects from an import. Objects of a STIX bundle that Casefile has no equivalent for (indicators, malware, observables) are kept here when you import it.")
		v.count.Wrapping = fyne.TextWrapWord
	default:
		v.count.SetText(casefile.Count(n, "object", "objects") + " kept from import, written back by a STIX export")
	}
	v.list = widget.NewList(func() int { return len(v.objs) },
		func() fyne.CanvasObject { return widget.NewLabel("type — name") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.row(i, c)) })
	v.list.OnSelected = v.show
	body := container.NewVSplit(v.list, container.NewVScroll(v.detail))
	body.Offset = 0.5
	d := dialog.NewCustom("Kept from import", "Close", container.NewBorder(v.count, nil, nil, nil, body), u.win)
	d.Resize(fyne.NewSize(min(900, u.win.Canvas().Size().Width-60), min(640, u.win.Canvas().Size().Height-60)))
	v.dlg = d
	u.dialog = d
	u.present(d, d.Hide)
	return v
}

// row is a list row: "indicator — C2 address (TLP:GREEN)".
func (v *keptView) row(i int, c *casefile.Case) string {
	o := v.objs[i]
	name := oneLine(o.Name)
	if name == "" {
		name = o.ID
	}
	marking := o.TLP
	if marking == "" && !o.IsMarkingDefinition() {
		marking = c.Marking + ", the case's"
	}
	s := o.Type + " — " + bounded(name)
	if marking != "" {
		s += " (" + string(marking) + ")"
	}
	return s
}

// show shows a kept object's JSON, indented, its first few kilobytes.
func (v *keptView) show(i widget.ListItemID) {
	var b bytes.Buffer
	if json.Indent(&b, v.raws[i], "", "  ") != nil {
		b.Reset()
		b.Write(v.raws[i])
	}
	text := b.String()
	if len(text) > keptShown {
		text = clip(text, keptShown) + fmt.Sprintf("\n(%d more bytes)", b.Len()-keptShown)
	}
	v.detail.SetText(displayable(text))
}

// oneLine shows a name from a bundle on one line, its control characters
// as spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }), " ")
}

// displayable keeps a text's line breaks but shows its other control
// characters as U+FFFD: a kept object is shown as it came, but no byte of
// it may drive the display.
func displayable(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}
