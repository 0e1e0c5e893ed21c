package ui

import (
	"fmt"
	"testing"
)

// TestGoldenFrames draws the main views at a narrow, a middle and a wide
// size, where the layout has one, two and three panes.
func TestGoldenFrames(t *testing.T) {
	sizes := [][2]int{{60, 20}, {100, 30}, {160, 45}}
	views := []struct {
		name string
		keys []string
		open string
	}{
		{"areas", []string{"j", "enter"}, ""},           // SEMI's actions, SEMI-1 selected
		{"action", []string{"j", "enter", "enter"}, ""}, // SEMI-1's detail focused
		{"timeline", []string{"2"}, ""},                 // opens on the next moment
		{"council", nil, "DPC-3"},                       // held, with its outcomes related
		{"glossary", []string{"4", "j"}, ""},
		{"help", []string{"?"}, ""},
	}
	for _, sz := range sizes {
		for _, v := range views {
			name := fmt.Sprintf("%s-%dx%d", v.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m := newSized(t, testOptions(t), sz[0], sz[1])
				press(m, v.keys...)
				if v.open != "" {
					open(m, v.open)
				}
				got := screen(m)
				checkFrame(t, got, sz[0], sz[1])
				golden(t, name, got)
			})
		}
	}
}
