// Package detail is the document pane: an item's Markdown rendered with
// glamour, scrolled with the keys and the wheel, with find-in-document
// highlights stepped through with n and N. It is a common.Component.
//
// It keeps its own scrolling and match stepping rather than bubbles'
// viewport: the viewport's SetHighlights takes byte ranges and finds
// nothing in styled (ANSI) text such as glamour's, and the matches here
// are accent-folded (the search's own matcher) and measured in cells.
package detail

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/find"
)

// Model is the detail pane. Build it with New.
type Model struct {
	c      *common.Common
	cache  *Cache
	entry  model.Entry
	width  int
	height int

	lines    []string // what is drawn: the rendering, or the summary until it arrives
	rendered bool
	drawn    Key // what the lines are for
	offset   int

	terms   []string
	matches []find.Span
	current int
	// revealSoon: terms were set on the summary; show the first match
	// once the rendering arrives, since the lines move.
	revealSoon bool

	notes   func(id string) Note // the user's note on an item (note.go)
	focused bool
}

// New returns an empty detail pane that renders through the given cache.
func New(c *common.Common, cache *Cache) Model {
	return Model{c: c, cache: cache, current: -1}
}

// Entry is the item shown, or nil.
func (m Model) Entry() model.Entry { return m.entry }

// Rendered reports whether the glamour rendering is on screen (rather than
// the plain summary shown while it is being made).
func (m Model) Rendered() bool { return m.rendered }

// Offset is the first line shown.
func (m Model) Offset() int { return m.offset }

// key is what the pane needs rendered now.
func (m Model) key() Key {
	k := Key{Width: m.width, Theme: m.c.Styles.Theme}
	if m.entry != nil {
		k.ID = m.entry.Base().ID
		k.Note = hash(m.noteSection())
		if w, ok := m.entry.(*Written); ok {
			k.Doc = hash(w.Doc)
		}
	}
	return k
}

// Show puts an item in the pane at the top. The cached rendering is shown at
// once; otherwise the summary is, and the returned command renders the rest.
// Showing the item already shown keeps the place, and draws it anew only
// when its width, theme or note changed since.
func (m *Model) Show(e model.Entry) tea.Cmd {
	same := m.entry != nil && e != nil && m.entry.Base().ID == e.Base().ID
	m.entry = e
	if same && m.key() == m.drawn && m.rendered {
		return nil
	}
	if !same {
		// Words sought stay with the item they were sought in: n and N
		// step through them there, and another item starts clean.
		m.offset, m.revealSoon, m.terms = 0, false, nil
	}
	return m.refresh()
}

// SetSize changes the pane's size; a new width needs a new rendering.
func (m *Model) SetSize(width, height int) tea.Cmd {
	width, height = max(0, width), max(0, height)
	if width == m.width && height == m.height && m.lines != nil {
		return nil
	}
	m.width, m.height = width, height
	return m.refresh()
}

// Restyle redraws after a theme change.
func (m *Model) Restyle() tea.Cmd { return m.refresh() }

// refresh takes the lines from the cache, or the summary, and asks for the
// rendering when it is missing.
func (m *Model) refresh() tea.Cmd {
	k := m.key()
	m.drawn = k
	if m.entry == nil {
		m.setLines(nil, false)
		return nil
	}
	if text, ok := m.cache.Get(k); ok {
		m.setLines(strings.Split(text, "\n"), true)
		return nil
	}
	m.setLines(m.summary(), false)
	return m.cache.renderCmd(m.c.B, m.entry, m.c.Today, k, m.noteSection())
}

// summary is the plain first frame: title and summary, wrapped.
func (m Model) summary() []string {
	it := m.entry.Base()
	w := max(1, m.width-2)
	text := "  " + it.ID + " · " + it.Title + "\n\n" + ansi.Wordwrap(it.Summary, w, "")
	text = strings.ReplaceAll(text, "\n", "\n  ")
	return strings.Split(m.c.Styles.List.Item.Render(text), "\n")
}

func (m *Model) setLines(lines []string, rendered bool) {
	m.lines, m.rendered = lines, rendered
	m.offset = max(0, min(m.offset, m.maxOffset()))
	reveal := rendered && m.revealSoon
	if rendered {
		m.revealSoon = false
	}
	m.findMatches(reveal)
}

// Update takes the pane's keys, and renderings as they arrive. Only the
// rendering of what is shown now is drawn; the others stay in the cache,
// and the one for what is shown now is asked for (one rendering runs at a
// time).
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.handleKey(msg)
		return nil
	case RenderedMsg:
		return m.arrived(msg)
	}
	return nil
}

func (m *Model) arrived(r RenderedMsg) tea.Cmd {
	m.cache.store(r)
	if r.Key != m.key() {
		return m.refresh()
	}
	if r.Err == nil {
		m.setLines(strings.Split(r.Text, "\n"), true)
	}
	return nil
}

// Focus gives the pane the keys.
func (m *Model) Focus() tea.Cmd {
	m.focused = true
	return nil
}

// Blur takes the keys away.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the pane has the keys.
func (m Model) Focused() bool { return m.focused }

// ShortHelp lists the keys that scroll.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys.Detail
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}
}

// FullHelp lists the keys the document has beyond the lists' (up, down,
// top and bottom are the same keys): paging and the matches of a find.
func (m Model) FullHelp() [][]key.Binding {
	k := m.c.Keys.Detail
	return [][]key.Binding{{k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.NextMatch, k.PrevMatch}}
}

// handleKey scrolls and steps through matches.
func (m *Model) handleKey(msg tea.KeyPressMsg) {
	k := m.c.Keys.Detail
	switch {
	case key.Matches(msg, k.Up):
		m.Scroll(-1)
	case key.Matches(msg, k.Down):
		m.Scroll(1)
	case key.Matches(msg, k.PageUp):
		m.Scroll(-max(1, m.height-1))
	case key.Matches(msg, k.PageDown):
		m.Scroll(max(1, m.height-1))
	case key.Matches(msg, k.HalfUp):
		m.Scroll(-max(1, m.height/2))
	case key.Matches(msg, k.HalfDown):
		m.Scroll(max(1, m.height/2))
	case key.Matches(msg, k.Top):
		m.offset = 0
	case key.Matches(msg, k.Bottom):
		m.offset = m.maxOffset()
	case key.Matches(msg, k.NextMatch):
		m.StepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.StepMatch(-1)
	}
}

// Scroll moves the view by n lines.
func (m *Model) Scroll(n int) {
	m.offset = max(0, min(m.offset+n, m.maxOffset()))
}

// SetOffset scrolls to a line, as when history returns to a page.
// A place asked for wins over a match still to be revealed.
func (m *Model) SetOffset(n int) {
	m.offset, m.revealSoon = max(0, min(n, m.maxOffset())), false
}

func (m Model) maxOffset() int { return max(0, len(m.lines)-m.height) }

// Percent is how far down the document the view is, for the pane's border.
func (m Model) Percent() int {
	if m.maxOffset() == 0 {
		return 100
	}
	return m.offset * 100 / m.maxOffset()
}

// View draws the visible lines; the pane's frame cuts them to its width.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	end := min(len(m.lines), m.offset+m.height)
	out := make([]string, 0, m.height)
	for i := m.offset; i < end; i++ {
		out = append(out, m.highlight(i, m.lines[i]))
	}
	return strings.Join(out, "\n")
}
