package app

import "testing"

// BenchmarkFormCheckKeystroke is a keystroke in a statement form showing a
// problem, on a case of 10,000 statements: the form checks the statement
// again on a scratch copy, so that a problem goes once the field is right.
func BenchmarkFormCheckKeystroke(b *testing.B) {
	u := openSynthetic(b)
	u.editStatement(u.doc.c.Statements[500])
	f := u.form
	f.Entries["quote"].SetText("")
	f.Submit()
	if f.Problem("quote") == "" {
		b.Fatal("no problem shown for an empty quote")
	}
	title := f.Entries["title"]
	i := 0
	for b.Loop() {
		title.SetText("Edited " + string(rune('a'+i%26)))
		i++
	}
}
