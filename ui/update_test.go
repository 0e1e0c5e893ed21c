package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestFocusCyclesThroughPanes(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	want := []paneID{paneSub, paneDetail, paneLinks, paneNav}
	for i, w := range want {
		press(m, "tab")
		if got := m.page().focus; got != w {
			t.Fatalf("tab %d: focus %v, want %v", i+1, got, w)
		}
	}
	press(m, "shift+tab")
	if got := m.page().focus; got != paneLinks {
		t.Fatalf("shift+tab from the areas: focus %v, want the related items", got)
	}
}

func TestEnterDrillsInAndEscComesOut(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	press(m, "j", "enter")
	if m.page().focus != paneSub {
		t.Fatalf("enter on an area should focus its actions, focus is %v", m.page().focus)
	}
	press(m, "enter")
	if m.page().focus != paneDetail || m.detail.Entry().Base().ID != "SEMI-1" {
		t.Fatalf("enter on an action should show it focused; focus %v, detail %s", m.page().focus, m.detail.Entry().Base().ID)
	}
	press(m, "esc", "esc")
	if m.page().focus != paneNav || m.detail.Entry().Base().ID != "SEMI" {
		t.Fatalf("esc twice should return to the areas showing SEMI; focus %v, detail %s", m.page().focus, m.detail.Entry().Base().ID)
	}
}

func TestHistoryBackAndForward(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	press(m, "j", "enter", "enter", "tab") // SEMI-1, related items focused
	sel, ok := m.links.Selected()
	if !ok {
		t.Fatal("SEMI-1 has no related items")
	}
	press(m, "enter")
	if got := m.detail.Entry().Base().ID; got != sel.ID {
		t.Fatalf("following the link showed %s, want %s", got, sel.ID)
	}
	press(m, "esc")
	if got := m.detail.Entry().Base().ID; got != "SEMI-1" {
		t.Fatalf("back showed %s, want SEMI-1", got)
	}
	if m.page().focus != paneLinks {
		t.Fatalf("back should restore the focus on the related items, got %v", m.page().focus)
	}
	press(m, "]")
	if got := m.detail.Entry().Base().ID; got != sel.ID {
		t.Fatalf("forward showed %s, want %s", got, sel.ID)
	}
}

func TestOpenOutcomeShowsItUnderItsCouncil(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	send(m, OpenMsg{ID: "DPC-3.1", Terms: []string{"chip"}})
	if m.page().spec.id != ViewTimeline {
		t.Fatalf("an outcome opens in the timeline, got view %v", m.page().spec.id)
	}
	if sel, _ := m.page().nav.Selected(); sel.ID != "DPC-3" {
		t.Fatalf("the timeline should select the outcome's Council, got %q", sel.ID)
	}
	if n, _ := m.detail.Matches(); n == 0 {
		t.Fatal("the search terms should be highlighted in the detail")
	}
}

func TestLayoutBreakpoints(t *testing.T) {
	for _, c := range []struct{ w, panes int }{{60, 1}, {79, 1}, {80, 2}, {119, 2}, {120, 3}, {200, 3}} {
		m := newSized(t, testOptions(t), c.w, 30)
		if got := m.computeLayout().panes; got != c.panes {
			t.Errorf("width %d: %d panes, want %d", c.w, got, c.panes)
		}
	}
}

func TestOnePaneShowsTheFocusedPane(t *testing.T) {
	m := newSized(t, testOptions(t), 60, 20)
	l := m.computeLayout()
	if !l.nav.visible() || l.detail.visible() {
		t.Fatal("narrow: the list alone should show first")
	}
	press(m, "enter", "enter")
	l = m.computeLayout()
	if l.nav.visible() || !l.detail.visible() {
		t.Fatal("narrow: after opening, the detail alone should show")
	}
}

func TestTimelineFilterCyclesAreas(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "2")
	all := len(m.page().nav.Items())
	press(m, "f")
	if m.page().filter == "" || len(m.page().nav.Items()) >= all {
		t.Fatalf("f should filter the timeline to one area (%d of %d rows)", len(m.page().nav.Items()), all)
	}
	for range m.c.B.Areas {
		press(m, "f")
	}
	if m.page().filter != "" {
		t.Fatalf("cycling past the last area should clear the filter, got %q", m.page().filter)
	}
}

func TestFindHighlightsAndSteps(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "ctrl+f")
	for _, r := range "korea" {
		press(m, string(r))
	}
	press(m, "enter")
	n, cur := m.detail.Matches()
	if n < 2 || cur != 1 {
		t.Fatalf("find: %d matches, current %d", n, cur)
	}
	press(m, "n")
	if _, cur = m.detail.Matches(); cur != 2 {
		t.Fatalf("n should move to match 2, at %d", cur)
	}
	press(m, "N", "N")
	if _, cur = m.detail.Matches(); cur != n {
		t.Fatalf("N from the first match should wrap to %d, at %d", n, cur)
	}
}

func TestThemeFollowsBackground(t *testing.T) {
	opts := testOptions(t)
	opts.Theme, opts.Color = ThemeAuto, true
	m := newSized(t, opts, 120, 40)
	send(m, tea.BackgroundColorMsg{Color: white{}})
	if m.c.Styles.Theme.String() != "light" {
		t.Fatalf("a white background should give the light theme, got %s", m.c.Styles.Theme)
	}
	if !m.detail.Rendered() {
		t.Fatal("the detail should be rendered again in the new theme")
	}
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

func TestUnknownOpenSuggests(t *testing.T) {
	m := newSized(t, testOptions(t), 100, 30)
	send(m, OpenMsg{ID: "SEMI-9"})
	if m.err == "" {
		t.Fatal("opening an unknown id should say so in the status bar")
	}
}
