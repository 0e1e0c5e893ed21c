// Package related is the Related pane: what the item in the document
// points at and what points at it (model.Briefing.Related), under divider
// rows, in a list. Enter follows the item under the cursor. It is a
// common.Component.
package related

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/list"
)

// Model is the Related pane. Build it with New.
type Model struct {
	c    *common.Common
	list list.Model
	of   string // the item whose related items are listed
}

// New returns an empty pane that draws the marks marker gives.
func New(c *common.Common, marker common.Marker) Model {
	return Model{c: c, list: list.New(c, marker)}
}

// Show lists the items related to id, from the top; showing the same
// item again keeps the cursor where it is.
func (m *Model) Show(id string) {
	if id == m.of {
		return
	}
	m.of = id
	m.list.SetItems(items(m.c.B, id))
	m.list.Move(-len(m.list.Items()))
}

// items lists what an item points at and what points at it, under
// divider rows. Citations of an item as a source are grouped last: on a
// source they are the point, elsewhere they would drown the real links.
func items(b *model.Briefing, id string) []list.Item {
	if id == "" {
		return nil
	}
	r := b.Related(id)
	points := make([]model.Entry, len(r.PointsTo))
	for i, x := range r.PointsTo {
		points[i] = x.Entry
	}
	var out []list.Item
	for _, g := range []struct {
		label string
		items []model.Entry
	}{{"points to", points}, {"pointed at by", r.PointedAtBy}, {"cited by", r.CitedBy}} {
		if len(g.items) == 0 {
			continue
		}
		out = append(out, list.Item{Divider: true, Title: g.label + " (" + strconv.Itoa(len(g.items)) + ")"})
		for _, e := range g.items {
			it := e.Base()
			out = append(out, list.Item{ID: it.ID, Prefix: it.ID, Title: it.Title, Suffix: it.Kind.Label()})
		}
	}
	return out
}

// Empty reports whether there is nothing related: the pane is not drawn.
func (m Model) Empty() bool { return m.Len() == 0 }

// Len is the number of rows, the group headings with them.
func (m Model) Len() int { return len(m.list.Items()) }

// Selected is the related item under the cursor.
func (m Model) Selected() (string, bool) {
	sel, ok := m.list.Selected()
	return sel.ID, ok
}

// Position is the cursor's place among the related items, and their
// number, for the pane's border.
func (m Model) Position() (int, int) { return m.list.Position() }

// Update follows the item under the cursor on Enter, and moves the cursor
// for the other list keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok && key.Matches(kp, m.c.Keys.List.Open) {
		if id, ok := m.Selected(); ok {
			return common.Follow(id, nil)
		}
		return nil
	}
	return m.list.Update(msg)
}

// View draws the rows.
func (m Model) View() string { return m.list.View() }

// SetSize gives the rows their room.
func (m *Model) SetSize(w, h int) tea.Cmd { return m.list.SetSize(w, h) }

// Focus gives the pane the keys.
func (m *Model) Focus() tea.Cmd { return m.list.Focus() }

// Blur takes them away.
func (m *Model) Blur() { m.list.Blur() }

// Focused reports whether the pane has the keys.
func (m Model) Focused() bool { return m.list.Focused() }

// Click selects the row drawn at line y of the pane's inside.
func (m *Model) Click(y int) { m.list.Click(y) }

// Scroll moves the rows by n, not the cursor.
func (m *Model) Scroll(n int) { m.list.Scroll(n) }

// ShortHelp is the list's keys.
func (m Model) ShortHelp() []key.Binding { return m.list.ShortHelp() }

// FullHelp is the list's keys, Enter following the item.
func (m Model) FullHelp() [][]key.Binding { return m.list.FullHelp() }
