// Package keyhelp is the help overlay: the keys that work where the user
// is, group by group, laid out in as many rows of columns as the width
// needs, in a box drawn over the view that scrolls when it is taller than
// the screen. The groups come from the components' own help
// (help.KeyMap), never from text written by hand. It is a
// common.Component.
package keyhelp

import (
	"fmt"
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

// wheelStep is how many lines one notch of the wheel scrolls.
const wheelStep = 3

// Model is the help overlay. Build it with New.
type Model struct {
	c      *common.Common
	help   help.Model
	groups [][]key.Binding
	width  int // the room the box is centred in
	height int
	offset int // the first line of the keys shown
}

// New returns an empty overlay.
func New(c *common.Common) Model { return Model{c: c, help: help.New()} }

// Show sets the groups of keys to list, in today's colours, from the top.
func (m *Model) Show(groups [][]key.Binding) {
	m.groups = groups
	m.help.Styles = Styles(m.c.Styles.Theme)
	m.offset = 0
}

// Update scrolls the keys, and closes the overlay on its key.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.c.Keys.Help
		page := max(1, m.rows()-1)
		switch {
		case key.Matches(msg, k.Close):
			return common.Close
		case key.Matches(msg, k.Up):
			m.scroll(-1)
		case key.Matches(msg, k.Down):
			m.scroll(1)
		case key.Matches(msg, k.PageUp):
			m.scroll(-page)
		case key.Matches(msg, k.PageDown):
			m.scroll(page)
		case key.Matches(msg, k.Top):
			m.offset = 0
		case key.Matches(msg, k.Bottom):
			m.scroll(len(m.lines()))
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.scroll(-wheelStep)
		case tea.MouseWheelDown:
			m.scroll(wheelStep)
		}
	}
	return nil
}

// scroll moves the keys shown by n lines, within the keys there are.
func (m *Model) scroll(n int) {
	m.offset = max(0, min(m.offset+n, len(m.lines())-m.rows()))
}

// SetSize gives the room the box is centred in.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.scroll(0)
	return nil
}

// Focus does nothing: the overlay has the keys while it is shown.
func (m *Model) Focus() tea.Cmd { return nil }

// Blur does nothing.
func (m *Model) Blur() {}

// ShortHelp is the key that closes the overlay, and those that scroll it.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys.Help
	return []key.Binding{k.Close, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

// FullHelp is the overlay's keys.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// boxWidth is the box's width in its room.
func (m Model) boxWidth() int { return min(m.width, maxWidth) }

// lines are the keys laid out at the box's width, each with a space in
// front.
func (m Model) lines() []string {
	text := wrappedHelp(m.help, m.groups, max(0, m.boxWidth()-pane.Frame-2))
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	return lines
}

// rows is how many lines of keys the box shows at once.
func (m Model) rows() int { return max(0, m.height-pane.Frame) }

// View draws the box in the middle of its room, every line the room's
// width: the lines that fit from the scroll offset, and, when the keys do
// not all fit, how far down they are and the keys that scroll.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := m.lines()
	rows := m.rows()
	k := m.c.Keys.Help
	title, info := "Keys — "+keys.Hint(k.Close), ""
	if len(lines) > rows && rows > 0 {
		title = "Keys — " + keys.Hint(k.Up, k.Down) + " · " + keys.Hint(k.Close)
		info = fmt.Sprintf("%d%%", 100*m.offset/max(1, len(lines)-rows))
		lines = lines[m.offset:min(len(lines), m.offset+rows)]
	}
	bh := min(h, len(lines)+pane.Frame)
	box := pane.Render(m.c.Styles, title, info, strings.Join(lines, "\n"), m.boxWidth(), bh, true)
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
