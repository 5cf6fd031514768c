// Package picture lays out the pictures Casefile draws, once, for both
// painters: the Fyne widget (app) and the briefing's PDF writer (export)
// only scale and paint what it produces. It imports casefile and nothing
// of either GUI or PDF.
//
// scene.go holds the primitives every picture is made of (shapes, text
// runs, colour roles, each tagged with the case item it draws); chart.go
// and its neighbours build the link chart from them: which actors and
// relations it shows (BuildGraph), where the actors go (Arrange, with
// Graphviz's neato in the layout helper, see engine.go and CHOICE.md) and
// how each is drawn (Draw).
package picture
