package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/pane"
)

// statusLine is what the status bar says until the next key: an error, or
// a confirmation.
type statusLine struct {
	err, info string
}

// set takes what a component said (common.StatusMsg).
func (s *statusLine) set(msg common.StatusMsg) {
	if msg.Err != nil {
		s.err = msg.Err.Error()
		return
	}
	s.info = msg.Info
}

// breadcrumb says where the user is: view, selection, and the item shown
// when it is not the selection; ◂ when there is history to go back to.
func (m *Model) breadcrumb() string {
	parts := m.page().Crumbs()
	if len(m.hist.back) > 0 {
		parts[0] = "◂ " + parts[0]
	}
	return " " + strings.Join(parts, " › ")
}

// statusBar shows an error, or the mode's own line (the find box, a
// question), or a confirmation, or the facts: the words found in the page
// (Ctrl+F), today, the briefing in use and the next Council; the search
// and help keys at the end when there is room. withCrumb folds the
// breadcrumb in when there is no room for its own line.
func (m *Model) statusBar(width int, withCrumb bool) string {
	s := m.c.Styles.App
	// Errors and confirmations quote paths and what the system said: one
	// line, no control character of theirs.
	if m.status.err != "" {
		return s.Error.Render(pane.Fit(" "+model.SanitizeLine(m.status.err), width))
	}
	if line := modes[m.mode].status; line != nil {
		return pane.Fit(line(m), width)
	}
	// The two keys a newcomer needs first, on every screen where there is
	// room beside what the line says.
	key := s.StatusKey.Render(keys.Name(m.c.Keys.Global.Search)) + s.StatusBar.Render(" search  ") +
		s.StatusKey.Render(keys.Name(m.c.Keys.Global.Help)) + s.StatusBar.Render(" help")
	if m.status.info != "" {
		info := " " + model.SanitizeLine(m.status.info)
		if ansi.StringWidth(info)+lipgloss.Width(key)+2 > width {
			return s.StatusKey.Render(pane.Fit(info, width))
		}
		return withKeys(s.StatusKey.Render(info), key, width)
	}
	var parts []string
	if withCrumb {
		parts = append(parts, strings.TrimSpace(m.breadcrumb()))
	}
	if sought := m.page().Sought(); sought != "" {
		d := m.c.Keys.Detail
		parts = append(parts, "find "+sought+" ("+keys.Name(d.NextMatch)+"/"+keys.Name(d.PrevMatch)+" step)")
	}
	parts = append(parts, "today "+model.DateOf(m.c.Today).String())
	if m.set.content != "" {
		parts = append(parts, m.set.content)
	}
	if next := m.c.B.NextCouncil(m.c.Today); next != nil {
		parts = append(parts, "next Council "+next.ID+" · "+next.DateAndPlace())
	}
	room := width - lipgloss.Width(key) - 2
	return withKeys(s.StatusBar.Render(" "+ansi.Truncate(strings.Join(parts, " · "), max(0, room), "…")), key, width)
}

// withKeys puts the keys at the line's right end.
func withKeys(text, key string, width int) string {
	gap := max(1, width-lipgloss.Width(text)-lipgloss.Width(key)-1)
	return pane.Fit(text+strings.Repeat(" ", gap)+key, width)
}
