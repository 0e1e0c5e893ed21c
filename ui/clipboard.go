package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
)

// copyCitation copies the current item as a plain-text citation to the
// system clipboard, through the terminal (OSC 52), and says so.
func (m *Model) copyCitation(tea.KeyPressMsg) tea.Cmd {
	e, ok := m.c.B.Get(m.page().Current())
	if !ok {
		m.status.err = "nothing to copy here: select an item first"
		return nil
	}
	m.status.info = "copied " + e.Base().ID + " as a citation to the clipboard (through the terminal, OSC 52)"
	return tea.SetClipboard(citation(m.c.B, e))
}

// citation is an item as a delegate pastes it into a report: id and title,
// the summary, and the sources in full with their addresses.
func citation(b *model.Briefing, e model.Entry) string {
	it := e.Base()
	var s strings.Builder
	s.WriteString(it.ID + " — " + it.Title + "\n")
	if it.Summary != "" {
		s.WriteString(it.Summary + "\n")
	}
	if src, ok := e.(*model.Source); ok && src.URL != "" {
		s.WriteString(src.URL + "\n")
	}
	if len(it.Sources) > 0 {
		s.WriteString("Sources:\n")
		for _, c := range it.Sources {
			s.WriteString("- " + b.CitationText(c) + "\n")
		}
	}
	return strings.TrimRight(s.String(), "\n")
}
