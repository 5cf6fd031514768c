//go:build nochart

package export

// A build without the link chart (go build -tags nochart): the section
// is listed but writes nothing. See app/chart_nochart.go.

// SectionChart is the link chart.
const SectionChart Section = "chart"

// chartDrawn says that this build draws no chart: the briefing leaves
// the section out.
const chartDrawn = false

func (b *briefing) chart() error { return nil }

func (m *mdWriter) chart() error { return nil }
