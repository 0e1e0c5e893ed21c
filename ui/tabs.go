package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/keys"
)

// placedTab is one tab as the bar draws it: the view it shows, the column
// it starts at, and its text, styled.
type placedTab struct {
	view, x int
	text    string
}

// width is how many columns the tab takes.
func (t placedTab) width() int { return ansi.StringWidth(t.text) }

// tabStrip lays the tab bar out for a width: every view with its number
// key and name; when that is too wide, the short names (the view shown
// keeps its full name); when even that is too wide, the tabs the views
// say are least needed leave, the view shown never. A tab is never a bare
// number: a view left out is still one key away, and the help lists it.
// Drawing and the mouse both read this one layout.
func (m *Model) tabStrip(width int) []placedTab {
	n := len(m.tabs.pages)
	shown := make([]int, n)
	labels := make([]string, n)
	for i := range n {
		shown[i], labels[i] = i, m.tab(i, false)
	}
	if stripWidth(labels, shown) > width {
		for i := range n {
			if i != m.tabs.active {
				labels[i] = m.tab(i, true)
			}
		}
	}
	for stripWidth(labels, shown) > width && len(shown) > 1 {
		shown = slices.Delete(shown, m.spareTab(shown), m.spareTab(shown)+1)
	}
	out := make([]placedTab, 0, len(shown))
	x := 0
	for _, i := range shown {
		t := placedTab{view: i, x: x, text: labels[i]}
		out = append(out, t)
		x += t.width()
	}
	return out
}

// spareTab is the place in shown of the tab to leave out first: the one
// its view keeps least (page.Tab.Keep), the rightmost of equals, never the
// view shown.
func (m *Model) spareTab(shown []int) int {
	best := -1
	for at, i := range shown {
		if i == m.tabs.active {
			continue
		}
		if best < 0 || m.tabs.pages[i].Tab().Keep <= m.tabs.pages[shown[best]].Tab().Keep {
			best = at
		}
	}
	return best
}

func stripWidth(labels []string, shown []int) int {
	w := 0
	for _, i := range shown {
		w += ansi.StringWidth(labels[i])
	}
	return w
}

// tabBar draws the tab bar at its width.
func (m *Model) tabBar(width int) string {
	var b strings.Builder
	for _, t := range m.tabStrip(width) {
		b.WriteString(t.text)
	}
	return b.String()
}

// tab draws one view's tab: its number key and its name, or its short
// name.
func (m *Model) tab(i int, short bool) string {
	p := m.tabs.pages[i]
	label := p.Name()
	if short && p.Tab().Short != "" {
		label = p.Tab().Short
	}
	if i < len(m.c.Keys.Global.Views) {
		label = keys.Name(m.c.Keys.Global.Views[i]) + " " + label
	}
	if i == m.tabs.active {
		return m.c.Styles.App.TabActive.Render(label)
	}
	return m.c.Styles.App.TabInactive.Render(label)
}

// tabAt is the view whose tab is drawn at column x of the bar, or -1.
func (m *Model) tabAt(x int) int {
	for _, t := range m.tabStrip(m.chrome().tabs.W) {
		if x >= t.x && x < t.x+t.width() {
			return t.view
		}
	}
	return -1
}
