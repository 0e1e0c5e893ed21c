package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// drawnTab matches one tab as the bar draws it: its number key and a
// name ("0 What's new").
var drawnTab = regexp.MustCompile(`(\d) (\S+(?: [a-z]+)?)`)

// M1 and m2: at every width, each tab drawn names its view (never a bare
// number), and a click on any column of a tab, as read from the frame,
// opens that tab's view, whichever view is shown.
func TestTabClicksHitWhatIsDrawn(t *testing.T) {
	for _, w := range []int{40, 80, 100, 120, 160} {
		m := newSized(t, testOptions(t), w, 30)
		for _, from := range []string{"1", "5", "0"} {
			press(m, from)
			bar := strings.Split(screen(m), "\n")[0]
			if bare := regexp.MustCompile(`\d(\s+\d|\s*$)`); bare.MatchString(strings.TrimSpace(bar)) {
				t.Fatalf("%d columns: a tab with no name in %q", w, bar)
			}
			tabs := drawnTab.FindAllStringSubmatchIndex(bar, -1)
			if len(tabs) < 4 {
				t.Fatalf("%d columns: only %d tabs drawn: %q", w, len(tabs), bar)
			}
			for _, at := range tabs {
				key := bar[at[2]:at[3]]
				first, last := len([]rune(bar[:at[0]])), len([]rune(bar[:at[1]]))-1
				for _, x := range []int{first, last} {
					press(m, from)
					send(m, tea.MouseClickMsg{X: x, Y: 0, Button: tea.MouseLeft})
					want := m.tabs.pages[viewOfKey(t, m, key)].Name()
					if s := stateOf(m); s.View != want {
						t.Fatalf("%d columns, from %s: a click at column %d on %q opened %s, want %s",
							w, from, x, bar[at[0]:at[1]], s.View, want)
					}
				}
			}
		}
	}
}

// The tab bar keeps every full name when they fit, and the view shown
// keeps its full name when they do not.
func TestTabBarNames(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 30)
	if bar := strings.Split(screen(m), "\n")[0]; !strings.Contains(bar, "2 Timeline") || !strings.Contains(bar, "0 What's new") {
		t.Fatalf("at 120 columns every name fits: %q", bar)
	}
	m = newSized(t, testOptions(t), 80, 24)
	press(m, "2")
	bar := strings.Split(screen(m), "\n")[0]
	if !strings.Contains(bar, "2 Timeline") || !strings.Contains(bar, "1 Areas") || !strings.Contains(bar, "8 DPCs") {
		t.Fatalf("at 80 columns the view shown keeps its name, the others a short one: %q", bar)
	}
	press(m, "5")
	if bar := strings.Split(screen(m), "\n")[0]; !strings.Contains(bar, "5 Context") {
		t.Fatalf("a view the narrow bar leaves out comes back when shown: %q", bar)
	}
}

// viewOfKey is the view a number key shows.
func viewOfKey(t *testing.T, m *Model, key string) int {
	t.Helper()
	for i, b := range m.c.Keys.Global.Views {
		if b.Help().Key == key {
			return i
		}
	}
	t.Fatalf("no view has the key %s", key)
	return -1
}
