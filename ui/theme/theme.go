// Package theme holds the TUI's colours and styles in one place, built for
// the terminal's background (dark or light) or for no colour at all.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"github.com/eu-rok/briefing/ui/render"
)

// palette is the handful of colours the whole program uses.
type palette struct {
	Accent, Subtle, Muted, Text, Warn, Good, Bad, SelectedBg color.Color
}

// Styles is every style the TUI draws with, grouped by where it is used.
// Build it with New; never change it in place while the program runs.
type Styles struct {
	Theme render.Theme // which glamour style goes with these colours

	// Cursor is the text cursor's colour in the search box and the note
	// editor: the text's own, which reads on the theme's background; nil
	// without colour, where the cursor is reverse video.
	Cursor color.Color

	App struct {
		TabActive, TabInactive, Breadcrumb, StatusBar, StatusKey, Error lipgloss.Style
	}
	Pane struct {
		Focused, Blurred, Title, TitleBlurred lipgloss.Style
	}
	List struct {
		Item, Selected, SelectedBlurred, ID, Meta, Match lipgloss.Style
	}
	Status struct {
		Good, Warn, Bad, Muted lipgloss.Style
	}
	// Search is the search box and its results (ui/search).
	Search struct {
		Prompt, Kind, ID, Title, Snippet, Match, Selected, Count lipgloss.Style
	}
}

// New builds the styles for a dark or light background. With color false
// (NO_COLOR, TERM=dumb) nothing is coloured, and selection and focus show by
// reverse video, bold and the border alone.
func New(isDark, color bool) Styles {
	ld := lipgloss.LightDark(isDark)
	p := palette{
		Accent:     ld(lipgloss.Color("#1D4ED8"), lipgloss.Color("#7AA2F7")),
		Subtle:     ld(lipgloss.Color("#9CA3AF"), lipgloss.Color("#4B5563")),
		Muted:      ld(lipgloss.Color("#4B5563"), lipgloss.Color("#9CA3AF")),
		Text:       ld(lipgloss.Color("#111827"), lipgloss.Color("#E5E7EB")),
		Warn:       ld(lipgloss.Color("#B45309"), lipgloss.Color("#E0AF68")),
		Good:       ld(lipgloss.Color("#047857"), lipgloss.Color("#9ECE6A")),
		Bad:        ld(lipgloss.Color("#B91C1C"), lipgloss.Color("#F7768E")),
		SelectedBg: ld(lipgloss.Color("#DBEAFE"), lipgloss.Color("#283457")),
	}
	s := Styles{Theme: render.Dark}
	if !isDark {
		s.Theme = render.Light
	}
	if !color {
		s.Theme = render.Plain
		return plain(s)
	}
	s.Cursor = p.Text
	base := lipgloss.NewStyle()
	s.App.TabActive = base.Bold(true).Foreground(p.Accent).Underline(true).Padding(0, 1)
	s.App.TabInactive = base.Foreground(p.Muted).Padding(0, 1)
	s.App.Breadcrumb = base.Foreground(p.Muted)
	s.App.StatusBar = base.Foreground(p.Muted)
	s.App.StatusKey = base.Foreground(p.Accent).Bold(true)
	s.App.Error = base.Foreground(p.Bad).Bold(true)
	s.Pane.Focused = base.Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent)
	s.Pane.Blurred = base.Border(lipgloss.RoundedBorder()).BorderForeground(p.Subtle)
	s.Pane.Title = base.Bold(true).Foreground(p.Accent)
	s.Pane.TitleBlurred = base.Bold(true).Foreground(p.Muted)
	s.List.Item = base.Foreground(p.Text)
	s.List.Selected = base.Foreground(p.Text).Background(p.SelectedBg).Bold(true)
	s.List.SelectedBlurred = base.Foreground(p.Text).Background(p.SelectedBg)
	s.List.ID = base.Foreground(p.Accent)
	s.List.Meta = base.Foreground(p.Muted)
	s.List.Match = base.Foreground(p.Warn).Bold(true).Underline(true)
	s.Status.Good = base.Foreground(p.Good)
	s.Status.Warn = base.Foreground(p.Warn)
	s.Status.Bad = base.Foreground(p.Bad)
	s.Status.Muted = base.Foreground(p.Muted)
	s.Search.Prompt = base.Foreground(p.Accent).Bold(true)
	s.Search.Kind = base.Foreground(p.Muted)
	s.Search.ID = base.Foreground(p.Accent)
	s.Search.Title = base.Foreground(p.Text)
	s.Search.Snippet = base.Foreground(p.Muted)
	s.Search.Match = base.Foreground(p.Warn).Bold(true)
	s.Search.Selected = base.Background(p.SelectedBg).Bold(true)
	s.Search.Count = base.Foreground(p.Muted)
	return s
}

// plain is the colourless set: emphasis by weight, reverse video and
// borders only.
func plain(s Styles) Styles {
	base := lipgloss.NewStyle()
	s.App.TabActive = base.Bold(true).Reverse(true).Padding(0, 1)
	s.App.TabInactive = base.Padding(0, 1)
	s.App.Error = base.Bold(true)
	s.App.StatusKey = base.Bold(true)
	s.Pane.Focused = base.Border(lipgloss.ThickBorder())
	s.Pane.Blurred = base.Border(lipgloss.NormalBorder())
	s.Pane.Title = base.Bold(true).Underline(true)
	s.Pane.TitleBlurred = base.Bold(true)
	s.List.Selected = base.Reverse(true).Bold(true)
	s.List.SelectedBlurred = base.Reverse(true)
	s.List.Match = base.Bold(true).Underline(true)
	s.Status.Bad = base.Bold(true)
	s.Search.Prompt = base.Bold(true)
	s.Search.Match = base.Bold(true).Underline(true)
	s.Search.Selected = base.Reverse(true)
	return s
}
