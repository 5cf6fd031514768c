package picture

import (
	"fmt"
	"image/color"
)

// The timeline's colour roles. They join the palette (palette.go) when
// the package starts, so that both painters take them from Color as they
// take the chart's.
const (
	RoleTimeEvent     Role = "timeline event"     // an event's marks
	RoleTimeStatement Role = "timeline statement" // a statement's marks
	RoleTimeConflict  Role = "timeline conflict"  // the bracket joining dates the sources differ on, and its words
	RoleTimeBand      Role = "timeline band"      // every other lane's ground
	RoleTimeGrid      Role = "timeline grid"      // the lines down from the axis's ticks
	RoleTimeGridMajor Role = "timeline grid major"
	RoleTimeMatch     Role = "timeline match" // behind the title of an item the search matches
	RoleTimeBrush     Role = "timeline brush" // the range being brushed
)

// fadeSteps is how many lighter tints of a mark's colour there are: a
// fading end is drawn as a run of them, for painters that have no
// gradients (the PDF's) or no alpha.
const fadeSteps = 8

// Fade is role r mixed step/(fadeSteps+1) of the way towards the paper:
// Fade(r, 0) is r, Fade(r, fadeSteps) nearly the paper.
func Fade(r Role, step int) Role {
	if step <= 0 {
		return r
	}
	return Role(fmt.Sprintf("%s fade %d", r, min(step, fadeSteps)))
}

func init() {
	base := map[Role]color.NRGBA{
		RoleTimeEvent:     {0x1F, 0x5A, 0x8C, 0xFF}, // blue
		RoleTimeStatement: {0x7A, 0x3E, 0x8E, 0xFF}, // plum
		RoleTimeConflict:  {0xB8, 0x4A, 0x00, 0xFF}, // dark orange
	}
	paper := palette[RolePaper]
	for r, c := range base {
		palette[r] = c
		for step := 1; step <= fadeSteps; step++ {
			t := float64(step) / (fadeSteps + 1)
			mix := func(a, b uint8) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t + 0.5) }
			palette[Fade(r, step)] = color.NRGBA{mix(c.R, paper.R), mix(c.G, paper.G), mix(c.B, paper.B), 0xFF}
		}
	}
	palette[RoleTimeBand] = color.NRGBA{0xF3, 0xF5, 0xF8, 0xFF}
	palette[RoleTimeGrid] = color.NRGBA{0xE2, 0xE5, 0xE9, 0xFF}
	palette[RoleTimeGridMajor] = color.NRGBA{0xC4, 0xC9, 0xD0, 0xFF}
	palette[RoleTimeMatch] = color.NRGBA{0xFF, 0xE0, 0x70, 0xFF}
	palette[RoleTimeBrush] = color.NRGBA{0xD6, 0xE4, 0xF5, 0xFF}
}
