package theme

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
)

// m4: the text cursor reads on either background, and on the note
// editor's highlighted line, at the 3:1 contrast WCAG asks of a control.
func TestCursorContrast(t *testing.T) {
	for _, c := range []struct {
		dark bool
		bgs  []color.Color
	}{
		{true, []color.Color{lipgloss.Color("#000000"), lipgloss.Color("0")}},
		{false, []color.Color{lipgloss.Color("#FFFFFF"), lipgloss.Color("255")}},
	} {
		cursor := New(c.dark, true).Cursor
		if cursor == nil {
			t.Fatalf("dark %v: the cursor has no colour", c.dark)
		}
		for _, bg := range c.bgs {
			if r := contrast(cursor, bg); r < 3 {
				t.Errorf("dark %v: the cursor's contrast on %v is %.1f:1", c.dark, bg, r)
			}
		}
	}
	if New(false, false).Cursor != nil {
		t.Error("without colour the cursor is reverse video, with no colour of its own")
	}
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
