package casefile

import (
	"bytes"
	"path/filepath"
	"testing"
)

// A position on the chart survives a save and a load and a release that
// keeps its actor, and goes with an actor that is withheld.
func TestChartPositionRoundTrip(t *testing.T) {
	c := Synthetic(40, 1) // four actors
	kept, withheld := c.Actors[0].ID, c.Actors[1].ID
	if err := c.PlaceActor(kept, &ChartPos{X: 12.5, Y: -40}); err != nil {
		t.Fatal(err)
	}
	if err := c.PlaceActor(withheld, &ChartPos{X: 7, Y: 9}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "placed.casefile")
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := back.Actor(kept); a.Chart == nil || *a.Chart != (ChartPos{X: 12.5, Y: -40}) || !a.Placed() {
		t.Errorf("after a save and a load: %+v", a.Chart)
	}
	if a, _ := back.Actor(c.Actors[2].ID); a.Chart != nil || a.Placed() {
		t.Errorf("an actor never placed has %+v", a.Chart)
	}
	encode := func(c *Case) []byte {
		var b bytes.Buffer
		if err := Encode(&b, c); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	data := encode(back)
	if n := bytes.Count(data, []byte(`"chart"`)); n != 2 {
		t.Errorf("the file holds %d chart positions, want 2 (none for actors never placed)", n)
	}

	back.Actors[0].Marking = TLPGreen // unmarked, it would take the case's RED
	back.Actors[1].Marking = TLPRed
	back.Marking = TLPRed
	rel, _ := Release(back, TLPAmber)
	if a, ok := rel.Actor(kept); !ok || a.Chart == nil || *a.Chart != (ChartPos{X: 12.5, Y: -40}) {
		t.Errorf("the release lost the kept actor's position: %+v", a.Chart)
	}
	if _, ok := rel.Actor(withheld); ok {
		t.Error("the withheld actor is in the release")
	}
	data = encode(rel)
	if bytes.Count(data, []byte(`"chart"`)) != 1 {
		t.Errorf("the release holds the withheld actor's position:\n%s", data)
	}

	// Clearing a position, and an undo's snapshot keeping the old one.
	snap := back.Clone()
	if err := back.PlaceActor(kept, nil); err != nil {
		t.Fatal(err)
	}
	if a, _ := back.Actor(kept); a.Chart != nil {
		t.Error("the position was not cleared")
	}
	if a, _ := snap.Actor(kept); a.Chart == nil {
		t.Error("clearing the position changed a snapshot taken before")
	}
	if err := back.PlaceActor("nobody", &ChartPos{}); err == nil {
		t.Error("placed an actor that does not exist")
	}
}
