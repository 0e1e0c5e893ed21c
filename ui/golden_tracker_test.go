package ui

import (
	"fmt"
	"testing"
)

// TestGoldenTrackerFrames draws the tracker, the Councils' delta and the
// search box at the three layout sizes, on the fixed day.
func TestGoldenTrackerFrames(t *testing.T) {
	sizes := [][2]int{{60, 20}, {100, 30}, {160, 45}}
	views := []struct {
		name string
		keys []string
	}{
		{"tracker", []string{"7"}},
		{"tracker-attention", []string{"7", "s", "o"}}, // no evidence or overdue, by status
		{"councils", []string{"8"}},
		{"search", []string{"/", "c", "o", "d", "e", "w", "e", "e", "k"}},
	}
	for _, sz := range sizes {
		for _, v := range views {
			name := fmt.Sprintf("%s-%dx%d", v.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m := newSized(t, testOptions(t), sz[0], sz[1])
				press(m, v.keys...)
				got := screen(m)
				checkFrame(t, got, sz[0], sz[1])
				golden(t, name, got)
			})
		}
	}
}
