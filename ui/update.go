package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/find"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/prompt"
	"github.com/eu-rok/briefing/ui/search"
	"github.com/eu-rok/briefing/ui/theme"
)

// Update routes a message to whoever takes it, by its type: keys and
// pasted text by the mode (mode.go), the mouse to the tabs or the page,
// what components ask of the root (follow an item, close an overlay, say
// something, ask a question) to the root's own handlers, and every other
// message (renderings, search results, the outcome of a save) to the page
// shown and the component with the keyboard. It holds no logic of its
// own: each case is one call, and after each message the item opened is
// recorded as read (news.go).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		cmd = m.route(msg)
	case tea.PasteMsg:
		cmd = m.keyboardOf().Update(msg)
	case tea.MouseClickMsg:
		cmd = m.click(msg)
	case tea.MouseWheelMsg:
		cmd = m.wheel(msg)
	case tea.WindowSizeMsg:
		cmd = m.resize(msg)
	case tea.BackgroundColorMsg:
		cmd = m.restyle(msg)
	case common.FollowMsg:
		cmd = m.follow(msg)
	case common.CloseMsg:
		cmd = m.closed()
	case common.StatusMsg:
		m.status.set(msg)
	case prompt.AskMsg:
		cmd = m.ask(msg)
	case prompt.AnsweredMsg:
		cmd = m.answered(msg)
	case find.QueryMsg:
		m.page().Highlight([]string{msg.Query})
	case notes.ChangedMsg:
		cmd = m.notesChanged(msg)
	case notes.EditedMsg:
		cmd = m.notes.Finish(msg)
	case notes.ReadMsg:
		m.read(msg)
	case tea.FocusMsg:
		cmd = m.notes.Check() // back from another window: the notes may have changed there
	case notes.ReloadedMsg:
		cmd = m.notesReloaded(msg)
	case search.IndexMsg:
		cmd = m.kb.search.Update(msg)
	case exportNamedMsg:
		cmd = m.exportAs(msg.name)
	case exportedMsg:
		m.exported(msg)
	case signalMsg:
		cmd = m.handleSignal(msg)
	case resumedMsg:
		cmd = tea.ClearScreen // the terminal was someone else's: draw it all
	default:
		cmd = m.broadcast(msg)
	}
	return m, tea.Batch(cmd, m.readShown())
}

// broadcast gives a message to the page shown and, when another component
// has the keyboard, to it: each takes what is its own.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmd := m.page().Update(msg)
	if m.mode != browsing {
		cmd = tea.Batch(cmd, m.keyboardOf().Update(msg))
	}
	return cmd
}

// resize takes the window's size and gives each component its part.
func (m *Model) resize(msg tea.WindowSizeMsg) tea.Cmd {
	m.size = msg
	f := m.chrome()
	m.kb.help.SetSize(f.body.W, f.body.H)
	r := searchRect(f.body)
	m.kb.search.SetSize(r.W, r.H)
	m.kb.find.SetSize(f.status.W, 1)
	m.kb.name.SetSize(f.status.W, 1)
	m.kb.prompt.SetSize(f.status.W, 1)
	cmd := m.page().SetSize(f.body.W, f.body.H)
	return tea.Batch(cmd, m.fitEditor())
}

// restyle rebuilds the styles for the terminal's background, when the
// theme follows it (which it does only with colour); the page draws its
// document again in the new colours.
func (m *Model) restyle(msg tea.BackgroundColorMsg) tea.Cmd {
	if !m.set.followTheme {
		return nil
	}
	m.c.Styles = theme.New(msg.IsDark(), true)
	return m.page().Focus()
}

// ask shows a question and gives it the keys.
func (m *Model) ask(msg prompt.AskMsg) tea.Cmd {
	m.kb.prompt.Set(msg)
	return m.enter(confirming)
}

// answered goes back to the component that asked, with the answer.
func (m *Model) answered(msg prompt.AnsweredMsg) tea.Cmd {
	cmd := m.closed()
	if msg.Then == nil {
		return cmd
	}
	return tea.Batch(cmd, m.keyboardOf().Update(msg.Then))
}

// notesChanged shows the outcome of a change to the notes and has
// everything drawn from them drawn again: the marks, the agenda, the note
// under the document, and, after a note changed, the search index.
func (m *Model) notesChanged(msg notes.ChangedMsg) tea.Cmd {
	switch {
	case msg.Warns():
		m.status.err = "warning: " + msg.Err.Error()
	case msg.Err != nil:
		m.status.err = msg.Err.Error()
	default:
		m.status.info = msg.Info
	}
	m.notes.Rebuild()
	return m.redrawNotes(msg)
}

// notesReloaded draws again what is drawn from the notes when the notes
// file, changed elsewhere, held something new; the note being written,
// if any, is the editor's and stays as typed.
func (m *Model) notesReloaded(msg notes.ReloadedMsg) tea.Cmd {
	cmd := m.notes.Seen(msg)
	if msg.Err != nil {
		m.status.err = msg.Err.Error()
	}
	if !msg.Changed {
		return cmd
	}
	return tea.Batch(cmd, m.redrawNotes(notes.ChangedMsg{Noted: true}))
}

// redrawNotes has every page take a change of the notes (the agenda fills
// its list again), the page shown draw its document again, and, after a
// note changed, the search index built again.
func (m *Model) redrawNotes(msg notes.ChangedMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, p := range m.tabs.pages {
		cmds = append(cmds, p.Update(msg))
	}
	cmds = append(cmds, m.page().Focus())
	if msg.Noted {
		cmds = append(cmds, m.indexCmd())
	}
	return tea.Batch(cmds...)
}
