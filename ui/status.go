package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/pane"
)

// breadcrumb says where the user is: view, selection, and the item shown
// when it is not the selection.
func (m *Model) breadcrumb() string {
	p := m.page()
	parts := []string{p.spec.name}
	if sel, ok := p.nav.Selected(); ok {
		parts = append(parts, crumbLabel(m.c.B, sel.ID))
	}
	if p.level == paneSub {
		if sel, ok := p.sub.Selected(); ok {
			parts = append(parts, crumbLabel(m.c.B, sel.ID))
		}
	}
	if p.override != "" {
		parts = append(parts, crumbLabel(m.c.B, p.override))
	}
	if len(m.back) > 0 {
		parts[0] = "◂ " + parts[0]
	}
	return " " + strings.Join(parts, " › ")
}

func crumbLabel(b *model.Briefing, id string) string {
	e, ok := b.Get(id)
	if !ok {
		return id
	}
	it := e.Base()
	if a, ok := e.(*model.Area); ok {
		return it.ID + " " + a.Short
	}
	return it.ID + " " + it.Title
}

// statusBar shows an error, or the find box, or the facts: today, the next
// Council and the help key. withCrumb folds the breadcrumb in when there is
// no room for its own line.
func (m *Model) statusBar(width int, withCrumb bool) string {
	s := m.c.Styles.App
	// Errors and confirmations quote paths and what the system said: one
	// line, no control character of theirs.
	if m.err != "" {
		return s.Error.Render(pane.Fit(" "+model.SanitizeLine(m.err), width))
	}
	if m.personal.info != "" {
		return s.StatusKey.Render(pane.Fit(" "+model.SanitizeLine(m.personal.info), width))
	}
	if m.finding {
		return s.StatusKey.Render(pane.Fit(" find: "+m.query+"▏  (enter keeps, esc clears)", width))
	}
	var parts []string
	if withCrumb {
		parts = append(parts, strings.TrimSpace(m.breadcrumb()))
	}
	parts = append(parts, "today "+model.DateOf(m.c.Today).String())
	if next := m.c.B.NextCouncil(m.c.Today); next != nil {
		parts = append(parts, "next Council "+next.ID+" · "+next.Date.String()+joinPlace(next.Place))
	}
	key := s.StatusKey.Render("?") + s.StatusBar.Render(" help")
	room := width - lipgloss.Width(key) - 2
	text := s.StatusBar.Render(" " + cut(strings.Join(parts, " · "), max(0, room)))
	gap := max(1, width-lipgloss.Width(text)-lipgloss.Width(key)-1)
	return pane.Fit(text+strings.Repeat(" ", gap)+key, width)
}

func joinPlace(place string) string {
	if place == "" {
		return ""
	}
	return ", " + place
}

// helpStyles colours the help overlay to match the theme.
func helpStyles(dark, color bool) help.Styles {
	st := help.DefaultStyles(dark)
	if !color {
		plain := lipgloss.NewStyle()
		st = help.Styles{ShortKey: plain.Bold(true), ShortDesc: plain, ShortSeparator: plain,
			FullKey: plain.Bold(true), FullDesc: plain, FullSeparator: plain, Ellipsis: plain}
	}
	return st
}
