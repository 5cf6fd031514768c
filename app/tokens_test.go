package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// typeKey sends a key to a field, as the driver does to the focused one.
func typeKey(f fyne.Focusable, name fyne.KeyName) { f.TypedKey(&fyne.KeyEvent{Name: name}) }

func TestActorsArePickedAsTokensAndNeverOfferedTwice(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Rama on proportionality")
	st, _ := c.Statement(id)
	u.ShowStatement(id)
	u.editStatement(st)
	f := u.form
	p := f.Tokens["addressees"]
	if want := len(st.Addressees); len(p.Tokens()) != want || want == 0 {
		t.Fatalf("the form opens with tokens %q for %d addressees", p.Tokens(), want)
	}
	for len(p.removes) > 0 {
		test.Tap(p.removes[0]) // each token's ×
	}
	if len(p.Tokens()) != 0 || p.Offered() != nil {
		t.Fatalf("after removing every token: tokens %q, offered %q", p.Tokens(), p.Offered())
	}

	// Typing filters, accent- and case-free; a word that starts with the
	// typing comes first, then an alias that does, then the rest.
	test.Type(p.entry, "alban")
	if got := p.Offered(); !slices.Equal(got, []string{"Albania"}) {
		t.Errorf("typing 'alban' offers %q", got)
	}
	p.entry.SetText("al")
	got := p.Offered()
	if len(got) < 3 || got[0] != "Albania" || got[1] != "Ali Khamenei" || !slices.Contains(got, "National Council of Resistance of Iran") {
		t.Errorf("typing 'al' offers %q; want Albania and Ali Khamenei first, then names with 'al' inside", got)
	}
	p.entry.SetText("mek")
	if got := p.Offered(); len(got) != 1 || !strings.HasPrefix(got[0], "Mujahedin-e-Khalq (") {
		t.Errorf("typing an alias offers %q, want the actor with the alias it matched", got)
	}

	// Enter adds the offer lit, the first; the arrows move the light.
	p.entry.SetText("alban")
	typeKey(p.entry, fyne.KeyReturn)
	if !slices.Equal(p.Tokens(), []string{"Albania"}) || p.entry.Text != "" || p.Offered() != nil {
		t.Fatalf("Enter on 'alban': tokens %q, field %q, offered %q", p.Tokens(), p.entry.Text, p.Offered())
	}
	test.Type(p.entry, "iran")
	second := p.Offered()[1]
	typeKey(p.entry, fyne.KeyDown)
	typeKey(p.entry, fyne.KeyReturn)
	if got := p.Tokens(); len(got) != 2 || got[1] != second {
		t.Errorf("Down then Enter added %q, want %q", got, second)
	}
	// A click on an offer adds it too.
	test.Type(p.entry, "united st")
	test.Tap(p.buttons[0])
	if got := p.Tokens(); len(got) != 3 || got[2] != "United States" {
		t.Errorf("a click on the offer gave tokens %q", got)
	}

	// What is chosen is never offered again, by name or by alias.
	for _, typed := range []string{"alban", "united states", "u.s"} {
		p.entry.SetText(typed)
		for _, o := range p.Offered() {
			if slices.Contains(p.Tokens(), strings.SplitN(o, " (", 2)[0]) {
				t.Errorf("typing %q offers %q, which is already a token", typed, o)
			}
		}
	}
	// Browsing (the drop-down, or Down in an empty field) offers only
	// what is not chosen.
	p.entry.SetText("")
	typeKey(p.entry, fyne.KeyDown)
	if got := p.Offered(); len(got) == 0 || slices.Contains(got, "Albania") {
		t.Errorf("browsing offers %q", got)
	}
	// Escape closes the offers first, and the form only then.
	typeKey(p.entry, fyne.KeyEscape)
	if p.Offered() != nil || u.form != f {
		t.Fatalf("Escape with offers open: offered %q, form open %v", p.Offered(), u.form == f)
	}
	// Backspace in the empty field removes the last token.
	typeKey(p.entry, fyne.KeyBackspace)
	if got := p.Tokens(); len(got) != 2 {
		t.Errorf("Backspace left tokens %q", got)
	}
	// Names typed with commas still become tokens, each once.
	p.entry.SetText("Albania, Iran, ")
	if got := p.Tokens(); len(got) != 3 || got[2] != "Iran" || p.entry.Text != "" {
		t.Errorf("typing 'Albania, Iran, ' gave tokens %q and left %q", got, p.entry.Text)
	}

	// However many tokens, the field keeps room for its placeholder.
	for _, name := range []string{"France", "Israel", "NATO", "White House", "Edi Rama"} {
		p.entry.SetText(name)
		typeKey(p.entry, fyne.KeyReturn)
	}
	f.relayout()
	if w, room := placeholderRoom(&p.entry.Entry); w > room {
		t.Errorf("with %d tokens the placeholder is %.0f wide in %.0f", len(p.Tokens()), w, room)
	}
	for range 5 {
		typeKey(p.entry, fyne.KeyBackspace)
	}

	want := []string{actorID(t, c, "Albania"), actorID(t, c, second), actorID(t, c, "Iran")}
	f.Submit()
	if u.form != nil {
		t.Fatalf("not saved: %q", f.Problem("addressees"))
	}
	if after, _ := u.Case().Statement(id); !slices.Equal(after.Addressees, want) {
		t.Errorf("saved addressees %q, want %q", after.Addressees, want)
	}
}

func TestEventActorsAreTokensToo(t *testing.T) {
	u, _ := newTestUI(t)
	e := u.Case().Events[0]
	u.editEvent(e)
	p := u.form.Tokens["actors"]
	if p == nil || len(p.Tokens()) != len(e.Actors) {
		t.Fatalf("the event form has no token picker for its %d actors", len(e.Actors))
	}
	p.entry.SetText("Nobody Known")
	u.form.Submit()
	if msg := u.form.Problem("actors"); !strings.Contains(msg, "Nobody Known") || !strings.Contains(msg, "add the actor first") {
		t.Errorf("an unknown actor left in the field gave %q", msg)
	}
}
