package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// wheelStep is how many lines one notch of the wheel scrolls.
const wheelStep = 3

// handleClick focuses and selects what is under the pointer: a tab, a list
// row, or the detail.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft || m.showHelp || m.srch.open {
		return nil
	}
	l := m.computeLayout()
	x, y := msg.X, msg.Y
	p := m.page()
	switch {
	case l.tabs.contains(x, y):
		if i := m.tabAt(x); i >= 0 {
			return m.showView(i)
		}
	case l.nav.contains(x, y):
		m.setFocus(paneNav)
		if p.nav.Click(y - l.nav.y - 1) {
			m.refreshSub(p)
		}
		return m.syncDetail()
	case l.sub.contains(x, y):
		m.setFocus(paneSub)
		p.sub.Click(y - l.sub.y - 1)
		return m.syncDetail()
	case l.detail.contains(x, y):
		m.setFocus(paneDetail)
	case l.links.contains(x, y):
		m.setFocus(paneLinks)
		m.links.Click(y - l.links.y - 1)
	}
	return nil
}

// tabAt finds the tab drawn at column x, measuring the tabs as tabBar
// draws them.
func (m *Model) tabAt(x int) int {
	s := m.c.Styles.App
	short := lipgloss.Width(m.tabBar(1<<16)) > m.width
	at := 0
	for i, v := range viewSpecs {
		label := itoa(i+1) + " " + v.name
		if short && i != m.active {
			label = itoa(i + 1)
		}
		st := s.TabInactive
		if i == m.active {
			st = s.TabActive
		}
		w := lipgloss.Width(st.Render(label))
		if x >= at && x < at+w {
			return i
		}
		at += w
	}
	return -1
}

// handleWheel scrolls the pane under the pointer, focused or not.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	if m.srch.open {
		return nil // the view under the search box stays where it was
	}
	n := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		n = -wheelStep
	case tea.MouseWheelDown:
		n = wheelStep
	default:
		return nil
	}
	l := m.computeLayout()
	p := m.page()
	switch {
	case l.nav.contains(msg.X, msg.Y):
		// Scrolling a list can push its cursor along; the detail follows
		// only when that list is the one it shows.
		p.nav.Scroll(n)
		m.refreshSub(p)
	case l.sub.contains(msg.X, msg.Y):
		p.sub.Scroll(n)
	case l.detail.contains(msg.X, msg.Y):
		m.detail.Scroll(n)
		return nil
	case l.links.contains(msg.X, msg.Y):
		m.links.Scroll(n)
		return nil
	}
	if p.override == "" {
		return m.syncDetail()
	}
	return nil
}
