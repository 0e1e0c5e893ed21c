package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// M2: on a small terminal the help starts with the keys most needed, and
// every key it lists on a large one can be read by scrolling, with the
// keys or the wheel.
func TestHelpOnSmallTerminals(t *testing.T) {
	large := newSized(t, testOptions(t), 160, 45)
	press(large, "?")
	var descs []string
	for _, g := range large.helpGroups() {
		for _, b := range g {
			descs = append(descs, b.Help().Desc)
		}
	}
	for _, size := range [][2]int{{40, 15}, {60, 20}} {
		m := newSized(t, testOptions(t), size[0], size[1])
		press(m, "?")
		first := screen(m)
		for _, want := range []string{"search everything", "quit", "open", "back", "close"} {
			if !strings.Contains(first, want) {
				t.Errorf("%dx%d: the first screen of the help lists %q:\n%s", size[0], size[1], want, first)
			}
		}
		seen := first
		for range 60 {
			press(m, "j")
			seen += screen(m)
		}
		for _, d := range descs {
			if !strings.Contains(seen, d) {
				t.Errorf("%dx%d: scrolling the help never shows %q", size[0], size[1], d)
			}
		}
		press(m, "g")
		send(m, tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
		if screen(m) == first {
			t.Errorf("%dx%d: the wheel scrolls the help", size[0], size[1])
		}
	}
}

// m5: q closes the help, as in less, k9s and lazygit; it quits only from
// browsing.
func TestQClosesTheHelp(t *testing.T) {
	m := newSized(t, testOptions(t), 80, 24)
	press(m, "?")
	_, cmd := m.Update(keyMsg("q"))
	msg := cmd()
	if _, quit := msg.(tea.QuitMsg); quit {
		t.Fatal("q in the help must not quit the program")
	}
	send(m, msg)
	if s := stateOf(m); s.Mode != browsing {
		t.Fatalf("q in the help closes it: %+v", s)
	}
}

// The first screen says how to search and where the keys are, at any
// width.
func TestStatusBarPointsToSearchAndHelp(t *testing.T) {
	for _, w := range []int{40, 80, 160} {
		m := newSized(t, testOptions(t), w, 24)
		lines := strings.Split(screen(m), "\n")
		if last := lines[len(lines)-1]; !strings.Contains(last, "/ search") || !strings.Contains(last, "? help") {
			t.Errorf("%d columns: the status bar names / and ?: %q", w, last)
		}
	}
}

// The briefing in use shows at 80 columns, before the next Council, and
// the line that announces it after an update keeps the keys beside it
// where there is room.
func TestStatusBarNamesTheBriefingInUse(t *testing.T) {
	opts := testOptions(t)
	opts.Content = "briefing 2026.3, signed update"
	m := newSized(t, opts, 80, 24)
	lines := strings.Split(screen(m), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "briefing 2026.3, signed update · ") || !strings.Contains(last, "? help") {
		t.Errorf("at 80 columns: %q", last)
	}
	opts.Announce = true
	for w, keys := range map[int]bool{80: false, 120: true} {
		m := newSized(t, opts, w, 24)
		last := strings.Split(screen(m), "\n")[23]
		if !strings.Contains(last, "now in use: briefing 2026.3") || strings.Contains(last, "? help") != keys {
			t.Errorf("announced at %d columns (keys shown: %v): %q", w, keys, last)
		}
	}
}
