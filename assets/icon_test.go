package assets_test

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/casefile/casefile/assets"
)

func TestIconIsASquarePNGOfAtLeast512px(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		t.Fatalf("the icon is not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != b.Dy() || b.Dx() < 512 {
		t.Errorf("the icon is %d×%d; want a square of at least 512 px", b.Dx(), b.Dy())
	}
	// The corners are transparent and the centre opaque, so the icon's
	// folder shape shows on any background.
	if _, _, _, a := img.At(b.Min.X, b.Min.Y).RGBA(); a != 0 {
		t.Errorf("the icon's top-left corner is not transparent (alpha %d)", a)
	}
	if _, _, _, a := img.At(b.Min.X+b.Dx()/2, b.Min.Y+b.Dy()/2).RGBA(); a != 0xffff {
		t.Errorf("the icon's centre is not opaque (alpha %d)", a)
	}
}
