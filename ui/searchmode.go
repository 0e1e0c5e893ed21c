package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	msearch "github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/ui/pane"
	"github.com/eu-rok/briefing/ui/search"
)

// searchLayer is the global search, a box drawn over the current view.
// The view under it does not move while the box is open, so closing it
// (Esc) leaves the user exactly where they were.
//
// The index is built once, in a command at start-up. Until it arrives `/`
// still opens the box, which says "indexing…" and keeps the keys typed,
// to replay them when the index comes.
type searchLayer struct {
	open    bool
	ix      *msearch.Index
	box     search.Model
	pending []tea.KeyPressMsg
}

// indexReadyMsg carries the search index built off the keystroke path.
type indexReadyMsg struct{ ix *msearch.Index }

// Search box placement: a margin round the box on a roomy screen, so the
// view it will return to shows round it; the whole body on a small one.
const (
	searchMaxWidth = 110
	searchWideMin  = 70 // a body this wide and
	searchTallMin  = 16 // this tall is roomy
	searchMarginX  = 3
)

// indexCmd builds the search index in a command. The briefing is
// read-only, so building it beside the program is safe; the fixed today
// decides what status: means. The user's notes are searched too, their
// hits labelled "your note"; after a note changes the index is built again
// (personal.go).
func (m *Model) indexCmd() tea.Cmd {
	b, today, notes := m.c.B, m.c.Today, m.searchNotes()
	return func() tea.Msg { return indexReadyMsg{ix: msearch.New(b, today, notes)} }
}

// openSearch shows an empty search box over the view.
func (m *Model) openSearch() tea.Cmd {
	m.srch.open, m.srch.pending = true, nil
	if m.srch.ix == nil {
		return nil
	}
	// A fresh box each time: an empty query, today's styles, and the
	// latest index if it was rebuilt.
	m.srch.box = search.New(m.srch.ix, m.c.Styles)
	m.sizeSearch()
	return m.srch.box.Focus()
}

func (m *Model) closeSearch() { m.srch.open, m.srch.pending = false, nil }

// handleSearchKey gives a key to the search box: all keys go to it while
// it is open, as text or as its own moves.
func (m *Model) handleSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.srch.ix == nil {
		if key.Matches(msg, search.DefaultKeyMap().Close) {
			m.closeSearch()
			return nil
		}
		m.srch.pending = append(m.srch.pending, msg)
		return nil
	}
	var cmd tea.Cmd
	m.srch.box, cmd = m.srch.box.Update(msg)
	return cmd
}

// updateSearch takes the search's messages: the index, the box's results,
// and what the user chose. Other messages reach the box only while it is
// open.
func (m *Model) updateSearch(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case indexReadyMsg:
		m.srch.ix = msg.ix
		if !m.srch.open {
			return nil
		}
		typed := m.srch.pending
		cmds := []tea.Cmd{m.openSearch()}
		for _, k := range typed {
			cmds = append(cmds, m.handleSearchKey(k))
		}
		return tea.Batch(cmds...)
	case search.OpenMsg:
		return m.openFound(msg.ID, msg.Terms)
	case search.CloseMsg:
		m.closeSearch()
		return nil
	}
	if !m.srch.open || m.srch.ix == nil {
		return nil
	}
	var cmd tea.Cmd
	m.srch.box, cmd = m.srch.box.Update(msg)
	return cmd
}

// openFound closes the search and shows the item chosen in its own view,
// with the query's words highlighted for n and N. The place left goes into
// history, so Esc comes back to it.
func (m *Model) openFound(id string, terms []string) tea.Cmd {
	m.closeSearch()
	before := len(m.back)
	cmd := m.follow(id)
	if len(m.back) > before {
		m.detail.Highlight(terms)
	}
	return cmd
}

// searchRect is where the box goes in the body.
func searchRect(body rect) rect {
	w, h := body.w, body.h
	if w >= searchWideMin && h >= searchTallMin {
		w, h = min(w-2*searchMarginX, searchMaxWidth), h-2
	}
	return rect{body.x + (body.w-w)/2, body.y + (body.h-h)/2, w, h}
}

// sizeSearch fits the box to the window.
func (m *Model) sizeSearch() {
	if m.srch.ix == nil {
		return
	}
	r := searchRect(m.computeLayout().body)
	m.srch.box.SetSize(r.innerSize())
}

// searchBlock draws the box: the search, or the wait for the index.
func (m *Model) searchBlock(r rect) string {
	var content string
	if m.srch.ix == nil {
		var typed []rune
		for _, k := range m.srch.pending {
			if k.Code == tea.KeyBackspace && len(typed) > 0 {
				typed = typed[:len(typed)-1]
			}
			typed = append(typed, []rune(k.Text)...)
		}
		content = m.c.Styles.Search.Prompt.Render("/ ") + string(typed) + "\n" + m.c.Styles.Search.Count.Render("  indexing…")
	} else {
		content = m.srch.box.View()
	}
	return pane.Render(m.c.Styles, "Search", "↑↓ move · enter open · esc back", content, r.w, r.h, true)
}

// ansiReset ends any style left open at the edge of the box.
const ansiReset = "\x1b[m"

// overlaySearch draws the search box over rows already drawn: each row
// keeps what lies left and right of the box.
func (m *Model) overlaySearch(rows []string, body rect) {
	r := searchRect(body)
	if !m.srch.open || !r.visible() {
		return
	}
	for i, line := range strings.Split(m.searchBlock(r), "\n") {
		y := r.y + i
		if i >= r.h || y >= len(rows) {
			break
		}
		left := pane.Fit(ansi.Truncate(rows[y], r.x, ""), r.x)
		right := ansi.TruncateLeft(rows[y], r.x+r.w, "")
		rows[y] = left + ansiReset + line + ansiReset + right
	}
}
