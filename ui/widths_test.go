package ui

import (
	"strings"
	"testing"
)

// m2: lists get the width their rows need before the document takes the
// rest: at 80 columns the tracker and the timeline show titles that can
// be read, and a wide screen gives the lists whole titles.
func TestListsGetTheWidthTheyNeed(t *testing.T) {
	for _, c := range []struct {
		w, h  int
		view  string
		wants []string
	}{
		{80, 24, "Tracker", []string{"RES-1    delivered Link Korean national"}},
		{80, 24, "Timeline", []string{"Korea–EU quantum tech"}},
		{160, 45, "Timeline", []string{"Korea–EU quantum technology roundtable at Quantum Korea 2025"}},
		{250, 70, "Areas", []string{"RES Collaborative Research", "RES-1 Link Korean national R&D with Horizon Europe"}},
	} {
		m := newSized(t, testOptions(t), c.w, c.h)
		showView(m, c.view)
		if c.view == "Timeline" {
			open(m, "EV-2025-QUANTUM-ROUNDTABLE")
		}
		f := screen(m)
		for _, want := range c.wants {
			if !strings.Contains(f, want) {
				t.Errorf("%dx%d %s: want %q whole:\n%s", c.w, c.h, c.view, want, f)
			}
		}
	}
}
