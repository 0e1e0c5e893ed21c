package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/page"
)

// history is where the user has been, as a browser keeps it: Back returns
// to the place left when an item was followed, Forward undoes Back.
type history struct {
	back, fwd []location
}

// location is a place to come back to: a view, and where its page stood.
type location struct {
	view  int
	place page.Place
}

// here records the current place.
func (m *Model) here() location { return location{view: m.tabs.active, place: m.page().Place()} }

// show switches to a view by its tab, sized for the window and drawn for
// today's theme and notes; the view left keeps its state.
func (m *Model) show(i int) tea.Cmd {
	if i < 0 || i >= len(m.tabs.pages) || i == m.tabs.active {
		return nil
	}
	m.page().Blur()
	m.tabs.active = i
	w, h := m.body()
	return tea.Batch(m.page().SetSize(w, h), m.page().Focus())
}

// goTo shows an item where it lives: in the first view that lists it, or
// else in the document of the view shown. An unknown id is said in the
// status bar, and goTo reports false.
func (m *Model) goTo(id string) (tea.Cmd, bool) {
	if _, err := m.c.B.Lookup(id); err != nil {
		m.status.err = err.Error()
		return nil, false
	}
	for i, p := range m.tabs.pages {
		if spot, ok := p.Locate(id); ok {
			// Selected before the page is sized for the window: a list
			// sized with its cursor off screen scrolls it to the bottom row,
			// as when it was last shown.
			cmd := p.Show(spot)
			return tea.Batch(cmd, m.show(i)), true
		}
	}
	return m.page().ShowInstead(id), true
}

// follow opens an item, as a link does, recording the place left, and
// highlights the words it was found by: what Enter does on a related item
// and on a search result.
func (m *Model) follow(msg common.FollowMsg) tea.Cmd {
	var cmds []tea.Cmd
	if m.mode != browsing {
		cmds = append(cmds, m.enter(browsing))
	}
	from := m.here()
	cmd, ok := m.goTo(msg.ID)
	if !ok {
		return tea.Batch(cmds...)
	}
	m.hist.back = append(m.hist.back, from)
	m.hist.fwd = nil
	if len(msg.Terms) > 0 {
		m.page().Highlight(msg.Terms)
	}
	if msg.Found != "" {
		m.status.info = msg.Found
	}
	return tea.Batch(append(cmds, cmd)...)
}

// goBack returns to the place left; at the start of history the key goes
// to the page, which steps back towards its main list.
func (m *Model) goBack(msg tea.KeyPressMsg) tea.Cmd {
	if len(m.hist.back) == 0 {
		return m.page().Update(msg)
	}
	to := m.hist.back[len(m.hist.back)-1]
	m.hist.back = m.hist.back[:len(m.hist.back)-1]
	m.hist.fwd = append(m.hist.fwd, m.here())
	return m.restore(to)
}

// goForward undoes a goBack.
func (m *Model) goForward() tea.Cmd {
	if len(m.hist.fwd) == 0 {
		return nil
	}
	to := m.hist.fwd[len(m.hist.fwd)-1]
	m.hist.fwd = m.hist.fwd[:len(m.hist.fwd)-1]
	m.hist.back = append(m.hist.back, m.here())
	return m.restore(to)
}

// restore returns to a recorded place: the page sized for the window
// first, as the document's scroll is kept in lines at its width.
func (m *Model) restore(l location) tea.Cmd {
	p := m.tabs.pages[l.view]
	sized := p.SetSize(m.body())
	cmd := p.Restore(l.place)
	return tea.Batch(sized, cmd, m.show(l.view))
}
