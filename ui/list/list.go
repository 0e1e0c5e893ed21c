// Package list is the selectable list every view is built from: areas,
// joint actions, the timeline, the glossary and the related items. It keeps
// a cursor and a scroll offset, skips divider rows (the "today" marker), and
// draws rows cut to the pane's width. It is a common.Component.
package list

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/pane"
	"github.com/eu-rok/briefing/ui/theme"
)

// Tone colours an item's suffix: a status or a plan state.
type Tone int

// The tones a suffix can take.
const (
	ToneMuted Tone = iota
	ToneGood
	ToneWarn
	ToneBad
	ToneAccent // work under way: neither done nor stuck
)

// Item is one row. Prefix (an id, a date) is drawn in the id colour, Suffix
// (a status) at the right in its tone. A Divider is a label row that the
// cursor skips.
type Item struct {
	ID      string
	Prefix  string
	Title   string
	Suffix  string
	Tone    Tone
	Dim     bool // drawn muted: a past moment
	Divider bool
	// ShortSuffix is drawn instead of Suffix in a list narrower than
	// wideList cells (a bare progress bar for its count); empty hides it.
	ShortSuffix string
	// Cells are table columns drawn between the prefix and the title.
	Cells []Cell
	// Heading, on a Divider, draws the row as plain text (a summary, the
	// names of a table's columns) instead of a rule.
	Heading bool
}

// Cell is one column of a table row: its text cut or padded to Width, in
// its tone. A cell with Min set is drawn only in a list at least Min cells
// wide, so a narrow pane drops the columns it can do without; one with Max
// set only in a list narrower than Max, so a narrow pane can draw a
// shorter form of a column (a cell with Min and one with Max).
type Cell struct {
	Text  string
	Width int
	Tone  Tone
	Min   int
	Max   int
	Right bool // aligned right (numbers)
	ID    bool // drawn in the id colour
	Toned bool // drawn in Tone's colour
}

// wideList is the width from which a row's Suffix is drawn.
const wideList = 40

// Model is a list with a cursor. Build it with New.
type Model struct {
	c             *common.Common
	items         []Item
	cursor        int
	offset        int
	width, height int
	focused       bool
	marker        common.Marker // the user's marks on a row, or nil (marks.go)
	need          int           // the width at which no row is cut (Need)
}

// New returns an empty list that draws the marks marker gives (nil: none).
func New(c *common.Common, marker common.Marker) Model {
	return Model{c: c, marker: marker}
}

// SetItems replaces the rows, keeping the cursor on the same id if it is
// still there.
func (m *Model) SetItems(items []Item) {
	keep, _ := m.Selected()
	m.items = items
	m.need = need(items)
	m.cursor, m.offset = 0, 0
	if keep.ID == "" || !m.SelectID(keep.ID) {
		m.cursor = m.step(-1, 1)
	}
	m.clamp()
}

// Need is the width the list needs to draw every row whole (a table's
// rows are cut to any width, and count only their cells): the page gives
// a list this much before the document takes the rest.
func (m Model) Need() int { return m.need }

// need measures rows once, as they are set: the cursor, the marks column,
// and the widest text. Headings are cut to fit, except in a list of
// headings alone, where a heading is all there is to read ("nothing new
// since you last read it").
func need(items []Item) int {
	widest, heading := 0, 0
	for _, it := range items {
		if it.Divider {
			if it.Heading && len(it.Cells) == 0 {
				heading = max(heading, ansi.StringWidth(it.Title))
			}
			continue
		}
		w := 0
		if it.Prefix != "" {
			w += ansi.StringWidth(it.Prefix) + 1
		}
		for _, c := range it.Cells {
			w += c.Width + 1
		}
		if len(it.Cells) == 0 {
			w += ansi.StringWidth(it.Title)
		}
		if it.Suffix != "" {
			w += ansi.StringWidth(it.Suffix) + 1
		}
		widest = max(widest, w)
	}
	if widest == 0 {
		return len("› ") + heading
	}
	return len("› ") + marksWidth + widest
}

// Items returns the rows.
func (m Model) Items() []Item { return m.items }

// SetSize sets the rows and columns the list may draw in.
func (m *Model) SetSize(width, height int) tea.Cmd {
	m.width, m.height = max(0, width), max(0, height)
	m.clamp()
	return nil
}

// Focus draws the cursor row as the one the keys move.
func (m *Model) Focus() tea.Cmd {
	m.focused = true
	return nil
}

// Blur draws the cursor row as a selection kept while another pane has
// the keys.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the list has the keys.
func (m Model) Focused() bool { return m.focused }

// Selected returns the row under the cursor.
func (m Model) Selected() (Item, bool) {
	if m.cursor < 0 || m.cursor >= len(m.items) || m.items[m.cursor].Divider {
		return Item{}, false
	}
	return m.items[m.cursor], true
}

// SelectID moves the cursor to the row with that id.
func (m *Model) SelectID(id string) bool {
	for i, it := range m.items {
		if !it.Divider && model.SameID(it.ID, id) {
			m.cursor = i
			m.clamp()
			return true
		}
	}
	return false
}

// Position is the cursor's place among the selectable rows, from 1, and
// their number.
func (m Model) Position() (int, int) {
	pos, n := 0, 0
	for i, it := range m.items {
		if it.Divider {
			continue
		}
		n++
		if i == m.cursor {
			pos = n
		}
	}
	return pos, n
}

// step finds the next selectable row from i in direction dir, or i itself
// when there is none.
func (m Model) step(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(m.items); j += dir {
		if !m.items[j].Divider {
			return j
		}
	}
	if i < 0 || i >= len(m.items) {
		return 0
	}
	return i
}

// Move moves the cursor by n selectable rows (negative is up).
func (m *Model) Move(n int) {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for range n {
		m.cursor = m.step(m.cursor, dir)
	}
	m.clamp()
}

// Update moves the cursor for the list's keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := m.c.Keys.List
	switch {
	case key.Matches(kp, k.Up):
		m.Move(-1)
	case key.Matches(kp, k.Down):
		m.Move(1)
	case key.Matches(kp, k.PageUp):
		m.Move(-max(1, m.height-1))
	case key.Matches(kp, k.PageDown):
		m.Move(max(1, m.height-1))
	case key.Matches(kp, k.Top):
		m.cursor = m.step(-1, 1)
		m.clamp()
	case key.Matches(kp, k.Bottom):
		m.cursor = m.step(len(m.items), -1)
		m.clamp()
	}
	return nil
}

// ShortHelp lists the keys that move the cursor.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys.List
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

// FullHelp is the list's keys, with the keys that drill in and out that
// its page acts on.
func (m Model) FullHelp() [][]key.Binding {
	k := m.c.Keys.List
	return [][]key.Binding{append(m.ShortHelp(), k.Open, k.Out)}
}

// Click selects the row drawn at line y of the list (0 is the first row
// shown) and reports whether it selected something.
func (m *Model) Click(y int) bool {
	i := m.offset + y
	if y < 0 || i >= len(m.items) || m.items[i].Divider {
		return false
	}
	m.cursor = i
	m.clamp()
	return true
}

// Scroll moves the view, not the cursor, by n rows; the cursor follows only
// when it would leave the screen.
func (m *Model) Scroll(n int) {
	m.offset = max(0, min(m.offset+n, len(m.items)-m.height))
	if m.cursor < m.offset {
		m.cursor = m.step(m.offset-1, 1)
	} else if m.height > 0 && m.cursor >= m.offset+m.height {
		m.cursor = m.step(m.offset+m.height, -1)
	}
}

// clamp keeps the cursor in range and on screen.
func (m *Model) clamp() {
	m.cursor = max(0, min(m.cursor, len(m.items)-1))
	if m.height <= 0 {
		return
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+m.height {
		m.offset = m.cursor - m.height + 1
	}
	m.offset = max(0, min(m.offset, len(m.items)-m.height))
}

// View draws the visible rows, each exactly the list's width. The cursor
// row carries a marker as well as its style, so it shows without colour.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.c.Styles
	if len(m.items) == 0 {
		return s.List.Meta.Render(pane.Fit("(nothing here)", m.width))
	}
	d := drawing{Model: m, s: s}
	d.marked, d.news = m.anyMarked()
	rows := make([]string, 0, m.height)
	for i := m.offset; i < len(m.items) && len(rows) < m.height; i++ {
		rows = append(rows, d.row(m.items[i], i == m.cursor))
	}
	return strings.Join(rows, "\n")
}

// drawing is one frame of the list: what every row needs to know.
type drawing struct {
	Model
	s      theme.Styles
	marked bool // some row has a mark: the marks column is drawn
	news   bool // some row has a mark of what's new: the column has a cell for it
}

func (m drawing) row(it Item, selected bool) string {
	s, w, focused := m.s, m.width, m.focused
	if it.Divider && it.Heading {
		return m.heading(it)
	}
	if it.Divider {
		label := " " + it.Title + " "
		side := max(0, (w-ansi.StringWidth(label))/2)
		line := strings.Repeat("─", side) + label
		return s.Status.Warn.Bold(true).Render(pane.Fit(line+strings.Repeat("─", max(0, w-ansi.StringWidth(line))), w))
	}
	marker := "  "
	if selected {
		marker = "› "
	}
	marker += m.marks(it, selected)
	if len(it.Cells) > 0 {
		return m.tableRow(it, marker, selected)
	}
	text := it.Title
	if it.Prefix != "" {
		text = it.Prefix + " " + it.Title
	}
	suffix := m.suffix(it)
	room := max(0, w-ansi.StringWidth(marker)-ansi.StringWidth(suffix))
	if ansi.StringWidth(text) > room {
		text = ansi.Truncate(text, room, "…")
	}
	gap := strings.Repeat(" ", max(0, room-ansi.StringWidth(text)))
	if selected {
		st := s.List.SelectedBlurred
		if focused {
			st = s.List.Selected
		}
		return st.Render(pane.Fit(marker+text+gap+suffix, w))
	}
	body := s.List.Item
	if it.Dim {
		body = s.List.Meta
	}
	out := marker
	if it.Prefix != "" && ansi.StringWidth(it.Prefix) < ansi.StringWidth(text) {
		out += s.List.ID.Render(it.Prefix) + body.Render(strings.TrimPrefix(text, it.Prefix))
	} else {
		out += body.Render(text)
	}
	return pane.Fit(out+gap+toneStyle(s, it.Tone).Render(suffix), w)
}

func toneStyle(s theme.Styles, t Tone) lipgloss.Style {
	switch t {
	case ToneGood:
		return s.Status.Good
	case ToneWarn:
		return s.Status.Warn
	case ToneBad:
		return s.Status.Bad
	case ToneAccent:
		return s.List.ID
	default:
		return s.Status.Muted
	}
}
