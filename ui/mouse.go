package ui

import tea "charm.land/bubbletea/v2"

// click switches views on the tab bar, and gives the page a click in its
// body, in its own cells. The mouse waits while an overlay has the
// keyboard.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.mode != browsing || msg.Button != tea.MouseLeft {
		return nil
	}
	f := m.chrome()
	switch {
	case f.tabs.Contains(msg.X, msg.Y):
		if i := m.tabAt(msg.X); i >= 0 {
			return m.show(i)
		}
	case f.body.Contains(msg.X, msg.Y):
		msg.X, msg.Y = msg.X-f.body.X, msg.Y-f.body.Y
		return m.page().Update(msg)
	}
	return nil
}

// wheel scrolls the help while it is shown, or the pane under the pointer
// while browsing.
func (m *Model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	if m.mode == helping {
		return m.kb.help.Update(msg)
	}
	f := m.chrome()
	if m.mode != browsing || !f.body.Contains(msg.X, msg.Y) {
		return nil
	}
	msg.X, msg.Y = msg.X-f.body.X, msg.Y-f.body.Y
	return m.page().Update(msg)
}
