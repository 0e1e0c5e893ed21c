package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/page"
	"github.com/eu-rok/briefing/ui/views"
)

// What's new, as the root sees it: an item is read when the user opens
// it, that is when its document has the keys (Enter on a list, a link or
// a search hit followed, a click in the document, `briefing open ID`),
// not when the cursor passes over it in a list while the document beside
// it follows. Its mark (● new, ◐ changed, ✕ removed) then goes from every
// list, and the record of what was read keeps it for the next start.

// readShown records the item whose document has the keys as read; it is
// asked after every message, and costs a map read when there is nothing
// to record.
func (m *Model) readShown() tea.Cmd {
	p := m.page()
	if m.mode != browsing || p.Focused() != page.Detail || p.Entry() == nil {
		return nil
	}
	return m.notes.Read(p.Entry().Base().ID)
}

// read takes the outcome of recording items as read: the marks are taken
// from the record again, and a failure is said.
func (m *Model) read(msg notes.ReadMsg) {
	if msg.Err != nil {
		m.status.err = "recording what you read: " + msg.Err.Error()
	}
	m.notes.Reread(msg.Err == nil)
}

// announce opens the program on What's new, after the briefing changed,
// and says, until the first key, which briefing is in use now.
func (m *Model) announce() {
	m.tabs.active = m.tabOf(views.WhatsNew)
	if m.status.info == "" && m.set.content != "" {
		m.status.info = "now in use: " + m.set.content + "; opening an item marks it read"
	}
}

// tabOf is the tab of the view with this name.
func (m *Model) tabOf(name string) int {
	for i, p := range m.tabs.pages {
		if p.Name() == name {
			return i
		}
	}
	return m.tabs.active
}
