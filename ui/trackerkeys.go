package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// enableViewKeys turns on the keys that mean something in the view shown
// only (the area filter on the timeline and the tracker, the tracker's
// order and filters), which also keeps the others out of the help.
func (m *Model) enableViewKeys() {
	id := m.page().spec.id
	m.c.Keys.Global.Filter.SetEnabled(id == ViewTimeline || id == ViewTracker)
	m.c.Keys.Tracker.SetEnabled(id == ViewTracker)
}

// handleViewKey handles the tracker's order and filter keys, wherever the
// focus is in the tracker view; it reports whether the key was one.
func (m *Model) handleViewKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	p := m.page()
	if p.spec.id != ViewTracker {
		return nil, false
	}
	t, k := m.tracker(), m.c.Keys.Tracker
	switch {
	case key.Matches(msg, k.Sort):
		t.sort = (t.sort + 1) % numSorts
	case key.Matches(msg, k.Status):
		t.status = nextInCycle(statusFilters(), t.status)
	case key.Matches(msg, k.Strength):
		t.strength = nextInCycle(strengthFilters, t.strength)
	default:
		return nil, false
	}
	m.refilter(p)
	return m.syncDetail(), true
}
