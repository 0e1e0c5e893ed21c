package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/editor"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/notes"
)

// browsingActions are the keys the root acts on while browsing: those that
// reach past the page shown (quit, help, search, history, the views) and
// the user's own layer on the item the page says is current. Every other
// key goes to the page.
func (m *Model) browsingActions() []action {
	g, p := m.c.Keys.Global, m.c.Keys.Personal
	out := []action{
		{g.Quit, quitting},
		{g.Help, (*Model).openHelp},
		{g.Back, (*Model).goBack},
		{g.Forward, func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.goForward() }},
		{g.Search, (*Model).openSearch},
		{g.Find, (*Model).openFind},
		{p.Flag, func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.notes.ToggleFlag(m.page().Current()) }},
		{p.EditNote, (*Model).openEditor},
		{p.EditExternal, func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			return m.notes.EditExternally(m.page().Current(), keys.Name(m.c.Keys.Personal.EditNote))
		}},
		{p.AgendaAdd, func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.notes.AgendaAdd(m.page().Current()) }},
		{p.Export, (*Model).export},
		{p.Copy, (*Model).copyCitation},
	}
	for i, b := range g.Views {
		out = append(out, action{b, func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.show(i) }})
	}
	return out
}

// helpGroups are the keys that work while browsing in the view shown,
// group by group, for the help overlay: first the few a newcomer needs
// (search, quit, help, open, back), then the views, what else works
// anywhere, the page's own (the view's keys, the lists', the document's)
// and the user's layer.
func (m *Model) helpGroups() [][]key.Binding {
	g, pk, p := m.c.Keys.Global, m.c.Keys.Page, m.c.Keys.Personal
	groups := [][]key.Binding{
		{g.Search, g.Quit, g.Help, m.c.Keys.List.Open, g.Back},
		g.Views,
		{pk.NextPane, pk.PrevPane, g.Forward, g.Find},
	}
	groups = append(groups, m.page().FullHelp()...)
	return append(groups, []key.Binding{p.Flag, p.EditNote, p.EditExternal, p.AgendaAdd, p.Export, p.Copy})
}

func (m *Model) openHelp(tea.KeyPressMsg) tea.Cmd {
	m.kb.help.Show(m.helpGroups())
	return m.enter(helping)
}

func (m *Model) openSearch(tea.KeyPressMsg) tea.Cmd {
	cmd := m.kb.search.Open()
	return tea.Batch(cmd, m.enter(searching))
}

// openFind opens the find box, the document focused.
func (m *Model) openFind(tea.KeyPressMsg) tea.Cmd {
	m.kb.find.Open()
	cmd := m.page().FocusDetail()
	return tea.Batch(cmd, m.enter(finding))
}

// openEditor opens the note editor on the current item's note, over the
// document.
func (m *Model) openEditor(tea.KeyPressMsg) tea.Cmd {
	id := m.page().Current()
	if id == "" {
		return common.Error(notes.ErrNoItem)
	}
	if why := m.notes.CannotWrite(); why != "" {
		return common.Error(errors.New(why))
	}
	if strings.Count(m.notes.Note(id), "\n") >= editor.MaxLines {
		return common.Error(errors.New("this note is too long to edit here: " + keys.Name(m.c.Keys.Personal.EditExternal) + " opens it in $EDITOR"))
	}
	ed, say := editor.New(m.c, m.notes, id)
	m.kb.editor = ed
	m.status.info = say
	cmd := m.page().FocusDetail()
	return tea.Batch(cmd, m.fitEditor(), m.enter(editing))
}

// fitEditor puts the editor where the document is drawn.
func (m *Model) fitEditor() tea.Cmd {
	if !m.kb.editor.Opened() {
		return nil
	}
	r := m.page().DetailRect()
	return m.kb.editor.SetSize(r.W, r.H)
}
