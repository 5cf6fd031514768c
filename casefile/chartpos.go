package casefile

import "math"

// ChartPos is where the analyst placed an actor on the link chart, in the
// chart's units (points at 100%, x to the right, y down). An actor without
// one is placed by the layout engine, and moves when the chart is
// re-arranged; one with it stays where the analyst put it.
//
// A ChartPos is never changed in place, only replaced (Clone shares it
// between copies, as it shares strings).
type ChartPos struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// chartPosLimit bounds a position: a chart a million points across is
// already far beyond any screen or page.
const chartPosLimit = 1e6

// Placed reports whether the actor was placed by hand, at a usable
// position.
func (a Actor) Placed() bool {
	p := a.Chart
	return p != nil && !math.IsNaN(p.X) && !math.IsNaN(p.Y) && math.Abs(p.X) <= chartPosLimit && math.Abs(p.Y) <= chartPosLimit
}

// PlaceActor sets, or with nil clears, where an actor is on the chart, as
// any other edit of the actor.
func (c *Case) PlaceActor(id string, at *ChartPos) error {
	a, ok := c.Actor(id)
	if !ok {
		return &NotFoundError{Kind: "actor", ID: id}
	}
	if at != nil {
		p := ChartPos{X: clampPos(at.X), Y: clampPos(at.Y)}
		at = &p
	}
	a.Chart = at
	return c.UpdateActor(a)
}

func clampPos(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Max(-chartPosLimit, math.Min(chartPosLimit, v))
}
