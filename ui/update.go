package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/theme"
)

// OpenMsg asks the program to open an item, as following a link does, and
// to highlight words in its detail. The global search sends it after the
// user picks a result.
type OpenMsg struct {
	ID    string
	Terms []string
}

// ErrorMsg is an error to show in the status bar until the next key.
type ErrorMsg struct{ Err error }

// Update routes a message: sizes and colours to everyone, keys to the
// global bindings first, then to the find box if it is open, then to the
// focused pane.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.sizeSearch()
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto && m.opts.Color {
			m.setTheme(msg.IsDark())
			cmd = m.detail.Restyle()
		}
	case detail.RenderedMsg:
		cmd = m.detail.Update(msg)
		if msg.Err != nil {
			m.err = msg.Err.Error()
		}
	case OpenMsg:
		cmd = m.openFound(msg.ID, msg.Terms)
	case ErrorMsg:
		m.err = msg.Err.Error()
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseClickMsg:
		if m.personal.editor == nil { // the mouse waits while a note is written
			cmd = m.handleClick(msg)
		}
	case tea.MouseWheelMsg:
		if m.personal.editor == nil {
			cmd = m.handleWheel(msg)
		}
	case personalMsg:
		cmd = m.updatePersonal(msg)
	case signalMsg:
		cmd = m.handleSignal(msg)
	case resumedMsg:
		cmd = tea.ClearScreen // the terminal was someone else's: draw it all

	case tea.PasteMsg:
		if m.personal.editor != nil {
			cmd = m.handlePaste(msg)
		} else {
			cmd = m.updateSearch(msg)
		}
	default:
		// The search's own messages: the index, results, the choice made.
		cmd = m.updateSearch(msg)
	}
	return m, tea.Batch(cmd, m.layoutCmd())
}

// layoutCmd sizes the components after any change; the detail returns a
// render command when its width changed.
func (m *Model) layoutCmd() tea.Cmd {
	l := m.applyLayout()
	m.sizeEditor(l)
	if l.detail.visible() {
		return m.detail.SetSize(l.detail.innerSize())
	}
	return nil
}

// setTheme rebuilds the styles for a background; the detail's cache key
// holds the theme, so renderings follow.
func (m *Model) setTheme(dark bool) {
	m.c.Styles = theme.New(dark, m.opts.Color)
	m.restyleHelp(dark)
}

func (m *Model) restyleHelp(dark bool) {
	m.help.Styles = helpStyles(dark, m.opts.Color)
}

// handleKey is the key router.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	// The note editor, when open, takes every key (personal.go).
	if cmd, done := m.beforeKey(msg); done {
		return cmd
	}
	// Keys that mean something in one view only are disabled elsewhere,
	// which also hides them from the help.
	m.enableViewKeys()
	g := m.c.Keys.Global
	m.err = ""
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.srch.open {
		return m.handleSearchKey(msg)
	}
	if m.finding {
		return m.handleFindKey(msg)
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, g.Quit):
			return tea.Quit
		case key.Matches(msg, g.Help), msg.String() == "esc":
			m.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, g.Quit):
		return tea.Quit
	case key.Matches(msg, g.Help):
		m.showHelp = true
		return nil
	case key.Matches(msg, g.NextPane):
		m.cycleFocus(1)
		return m.syncDetail()
	case key.Matches(msg, g.PrevPane):
		m.cycleFocus(-1)
		return m.syncDetail()
	case key.Matches(msg, g.Forward):
		return m.goForward()
	case key.Matches(msg, g.Back):
		if cmd, ok := m.goBack(); ok {
			return cmd
		}
		if s := msg.String(); s == "esc" || s == "backspace" {
			m.focusOut()
			return m.syncDetail()
		}
		return nil
	case key.Matches(msg, g.Search):
		return m.openSearch()
	case key.Matches(msg, g.Find):
		m.page().focus = paneDetail
		m.finding, m.query = true, ""
		return nil
	case key.Matches(msg, g.Filter):
		p := m.page()
		p.filter = nextFilter(m.c.B, p.filter)
		p.nav.SetItems(p.spec.nav(m, p))
		p.override = ""
		return m.syncDetail()
	}
	if cmd, ok := m.handleViewKey(msg); ok {
		return cmd
	}
	if cmd, ok := m.handlePersonalKey(msg); ok {
		return cmd
	}
	for i, b := range g.Views {
		if key.Matches(msg, b) {
			return m.showView(i)
		}
	}
	return m.handlePaneKey(msg)
}

// showView switches to a view by its tab index.
func (m *Model) showView(i int) tea.Cmd {
	if i == m.active || i >= len(m.pages) {
		return nil
	}
	m.switchView(i)
	cmd := m.syncDetail()
	sized := m.layoutCmd() // the detail's width in this view, before scrolling
	m.detail.SetOffset(m.page().offset)
	return tea.Batch(cmd, sized)
}

// handleFindKey edits the find query; matches follow each keystroke.
func (m *Model) handleFindKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys.Find
	switch {
	case key.Matches(msg, k.Cancel):
		m.finding, m.query = false, ""
		m.detail.Highlight(nil)
		return nil
	case key.Matches(msg, k.Accept):
		m.finding = false
		return nil
	case msg.Code == tea.KeyBackspace:
		if r := []rune(m.query); len(r) > 0 {
			m.query = string(r[:len(r)-1])
		}
	case msg.String() == "ctrl+u":
		m.query = ""
	case msg.Text != "":
		m.query += msg.Text
	default:
		return nil
	}
	m.detail.Highlight([]string{m.query})
	return nil
}

// Highlight marks terms in the detail, as the global search does after
// opening an item with OpenMsg.
func (m *Model) Highlight(terms []string) { m.detail.Highlight(terms) }
