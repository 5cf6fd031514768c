package picture

import (
	"image/color"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Role names what a colour is for, so that a scene says "hostile" and each
// painter decides nothing: both take the colour from Color. The chart is
// drawn on paper (white) in the window as on the page, whatever the
// window's theme.
type Role string

// Roles.
const (
	RolePaper  Role = "paper"  // the ground the picture is drawn on
	RoleInk    Role = "ink"    // text and outlines
	RoleMuted  Role = "muted"  // secondary text: notes, the legend's words
	RoleRule   Role = "rule"   // frames and separators
	RoleGround Role = "ground" // behind a label over lines

	// Actor kinds: the fill of their nodes.
	RoleState        Role = "state"
	RoleGovernment   Role = "government body"
	RolePerson       Role = "person"
	RoleOrganisation Role = "organisation"
	RoleGroup        Role = "group"
	RoleNodeLine     Role = "node line" // the outline of a node

	// Relation families: the stroke of their arrows and their labels' ink.
	RoleHostile     Role = "hostile"
	RoleSupportive  Role = "supportive"
	RoleStructural  Role = "structural"
	RoleAffiliation Role = "affiliation"

	RoleHighlight Role = "highlight" // the selected node's outline

	// markingPrefix + a TLP marking is that label's ink; the label's
	// ground is RoleMarkingGround.
	markingPrefix     = "marking:"
	RoleMarkingGround = "marking ground"
)

// MarkingRole is the role of a TLP label's text in its colour.
func MarkingRole(m casefile.Marking) Role { return Role(markingPrefix + string(m)) }

var palette = map[Role]color.NRGBA{
	RolePaper:  {0xFF, 0xFF, 0xFF, 0xFF},
	RoleInk:    {0x1A, 0x1A, 0x1A, 0xFF},
	RoleMuted:  {0x55, 0x5A, 0x60, 0xFF},
	RoleRule:   {0xB0, 0xB4, 0xBA, 0xFF},
	RoleGround: {0xFF, 0xFF, 0xFF, 0xE6},

	RoleState:        {0xC9, 0xDB, 0xF2, 0xFF}, // blue
	RoleGovernment:   {0xD9, 0xDE, 0xE6, 0xFF}, // slate
	RolePerson:       {0xF6, 0xDE, 0xC4, 0xFF}, // sand
	RoleOrganisation: {0xD3, 0xEB, 0xD5, 0xFF}, // green
	RoleGroup:        {0xE6, 0xDA, 0xF0, 0xFF}, // lavender
	RoleNodeLine:     {0x3C, 0x44, 0x50, 0xFF},

	RoleHostile:     {0xC6, 0x28, 0x28, 0xFF},
	RoleSupportive:  {0x1F, 0x7A, 0x4D, 0xFF},
	RoleStructural:  {0x4F, 0x5B, 0x6B, 0xFF},
	RoleAffiliation: {0x9A, 0xA0, 0xA8, 0xFF},

	RoleHighlight:     {0x1F, 0x4E, 0x8C, 0xFF},
	RoleMarkingGround: {0x00, 0x00, 0x00, 0xFF},
}

// Color is the colour of a role; muted, it is blended two thirds of the
// way towards the paper, as painters draw what a highlight leaves out.
// An unknown role is ink.
func Color(r Role, muted bool) color.NRGBA {
	c, ok := palette[r]
	if !ok {
		if m, found := strings.CutPrefix(string(r), markingPrefix); found {
			c = casefile.Marking(m).Color()
		} else {
			c = palette[RoleInk]
		}
	}
	if muted {
		p := palette[RolePaper]
		mix := func(a, b uint8) uint8 { return uint8((int(a) + 2*int(b)) / 3) }
		c = color.NRGBA{mix(c.R, p.R), mix(c.G, p.G), mix(c.B, p.B), c.A}
	}
	return c
}

// KindRole is the fill role of an actor kind's nodes.
func KindRole(k casefile.ActorKind) Role {
	switch k {
	case casefile.KindState:
		return RoleState
	case casefile.KindGovernmentBody:
		return RoleGovernment
	case casefile.KindPerson:
		return RolePerson
	case casefile.KindOrganisation:
		return RoleOrganisation
	}
	return RoleGroup
}
