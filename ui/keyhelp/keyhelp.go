// Package keyhelp is the help overlay: the keys that work where the user
// is, group by group, laid out in as many rows of columns as the width
// needs, in a box drawn over the view. The groups come from the
// components' own help (help.KeyMap), never from text written by hand. It
// is a common.Component.
package keyhelp

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/pane"
	"github.com/eu-rok/briefing/ui/render"
)

// maxWidth is the widest the box grows on a wide screen.
const maxWidth = 100

// Model is the help overlay. Build it with New.
type Model struct {
	c      *common.Common
	help   help.Model
	groups [][]key.Binding
	width  int // the room the box is centred in
	height int
}

// New returns an empty overlay.
func New(c *common.Common) Model { return Model{c: c, help: help.New()} }

// Show sets the groups of keys to list, in today's colours.
func (m *Model) Show(groups [][]key.Binding) {
	m.groups = groups
	m.help.Styles = Styles(m.c.Styles.Theme)
}

// Update closes the overlay on its key.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.c.Keys.Help.Close) {
		return common.Close
	}
	return nil
}

// SetSize gives the room the box is centred in.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	return nil
}

// Focus does nothing: the overlay has the keys while it is shown.
func (m *Model) Focus() tea.Cmd { return nil }

// Blur does nothing.
func (m *Model) Blur() {}

// ShortHelp is the key that closes the overlay.
func (m Model) ShortHelp() []key.Binding { return []key.Binding{m.c.Keys.Help.Close} }

// FullHelp is the key that closes the overlay.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the box in the middle of its room, every line the room's
// width.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	bw := min(w, maxWidth)
	text := wrappedHelp(m.help, m.groups, max(0, bw-pane.Frame-2))
	lines := strings.Split(text, "\n")
	bh := min(h, len(lines)+pane.Frame)
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	title := "Keys — " + keys.Hint(m.c.Keys.Help.Close)
	box := pane.Render(m.c.Styles, title, "", strings.Join(lines, "\n"), bw, bh, true)
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
	out := strings.Split(placed, "\n")
	for i := range out {
		out[i] = pane.Fit(out[i], w)
	}
	return strings.Join(out, "\n")
}

// Styles colours keys and their descriptions to match the theme: plain
// bold keys without colour. The editor's line of keys uses them too.
func Styles(t render.Theme) help.Styles {
	if t == render.Plain {
		plain := lipgloss.NewStyle()
		return help.Styles{ShortKey: plain.Bold(true), ShortDesc: plain, ShortSeparator: plain,
			FullKey: plain.Bold(true), FullDesc: plain, FullSeparator: plain, Ellipsis: plain}
	}
	return help.DefaultStyles(t != render.Light)
}
