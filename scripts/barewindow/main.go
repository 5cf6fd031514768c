// Command barewindow opens an empty Fyne window titled "Bare — Casefile":
// the baseline scripts/bench-gui.sh measures Casefile's start-up time and
// memory against, on the same machine in the same run.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("org.casefile.barewindow")
	w := a.NewWindow("Bare — Casefile")
	w.SetContent(widget.NewLabel("bare window"))
	w.Resize(fyne.NewSize(1200, 800))
	w.ShowAndRun()
}
