package pane

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/theme"
)

func TestRenderNeverSpills(t *testing.T) {
	s := theme.New(true, true)
	text := "디지털 파트너십 Parteneriatul digital ș ț — a long line that must be cut\nshort"
	for w := 0; w <= 30; w++ {
		for h := 0; h <= 6; h++ {
			out := Render(s, "파트너십 title", "3/4", text, w, h, w%2 == 0)
			if w == 0 || h == 0 {
				if out != "" {
					t.Fatalf("%dx%d: want nothing, got %q", w, h, out)
				}
				continue
			}
			lines := strings.Split(out, "\n")
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for _, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("%dx%d: line %q is %d cells", w, h, ansi.Strip(l), got)
				}
			}
		}
	}
}

func TestFitCutsWideCharacters(t *testing.T) {
	// A Hangul syllable that would straddle the edge is dropped and the
	// gap padded, so the line is exactly the width.
	if got := Fit("가나다", 4); ansi.StringWidth(got) != 4 {
		t.Fatalf("Fit gave %q, %d cells", got, ansi.StringWidth(got))
	}
}
