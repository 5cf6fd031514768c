//go:build nochart

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A build without the link chart (go build -tags nochart), the baseline
// scripts/bench-start.sh measures the chart's cost at start against: the
// tab stays, empty, so that everything else is as in the real build.

type chartScreen struct{ content fyne.CanvasObject }

func newChartScreen(*UI) *chartScreen {
	return &chartScreen{content: widget.NewLabel("This build has no link chart.")}
}

func (s *chartScreen) refresh()   {}
func (s *chartScreen) shown(bool) {}
func (u *UI) ShowChart()          { u.tabs.Select(u.tabChart) }

// chartIcon is the tab's, as in the real build; theme.GridIcon here
// would ask for the app before it starts.
var chartIcon = theme.NewThemedResource(fyne.NewStaticResource("chart.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="6"/></svg>`)))
