package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestEverySizeFits draws every view at sizes from 1x1 to 400x120: no
// panic, and no line wider than the terminal.
func TestEverySizeFits(t *testing.T) {
	m := newSized(t, testOptions(t), 80, 24)
	press(m, "j", "enter", "enter")
	sizes := [][2]int{}
	for w := 1; w <= 400; w += 17 {
		for h := 1; h <= 120; h += 17 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	sizes = append(sizes, [2]int{20, 6}, [2]int{1, 1}, [2]int{400, 120}, [2]int{79, 6}, [2]int{120, 13})
	for view := range m.tabs.pages {
		send(m, keyMsg(m.c.Keys.Global.Views[view].Help().Key))
		for i, sz := range sizes {
			_, cmd := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFrame(t, screen(m), sz[0], sz[1])
			// Rendering Markdown at every width would take most of a
			// minute under -race; a sample of widths covers glamour's
			// output, the rest the summary shown before it.
			if i%16 == 0 {
				settle(m, cmd)
				checkFrame(t, screen(m), sz[0], sz[1])
			}
		}
	}
}

// TestRapidResizes sends sizes faster than renderings finish: stale
// renderings arrive for widths no longer shown and must be dropped, and
// the last width is rendered.
func TestRapidResizes(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	var cmds []tea.Cmd
	for i := range 50 {
		w, h := 20+(i*37)%300, 6+(i*11)%80
		_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		cmds = append(cmds, cmd)
		checkFrame(t, screen(m), w, h)
	}
	// Deliver the renderings late, out of order.
	for i := len(cmds) - 1; i >= 0; i-- {
		settle(m, cmds[i])
		checkFrame(t, screen(m), m.size.Width, m.size.Height)
	}
	settled := screen(m)
	send(m, m.size) // the same size again: nothing left to render
	if screen(m) != settled {
		t.Fatal("after the renderings arrive, the current width should be rendered")
	}
}

// TestNarrowDrawsSomething checks that 20x6 is still a usable frame.
func TestNarrowDrawsSomething(t *testing.T) {
	m := newSized(t, testOptions(t), 20, 6)
	got := screen(m)
	checkFrame(t, got, 20, 6)
	if !strings.Contains(got, "RES") {
		t.Fatalf("20x6 drew nothing:\n%s", got)
	}
}
