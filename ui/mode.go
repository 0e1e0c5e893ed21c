package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
)

// mode says who has the keyboard. In every mode but browsing one overlay
// component takes the keys; the mode table (modes) is the one place that
// says which, which keys the root still acts on first, and what the mode
// draws.
type mode int

// The modes.
const (
	browsing   mode = iota // the page shown has the keys
	searching              // the search box
	finding                // the find-in-document box
	helping                // the help overlay
	editing                // the note editor
	confirming             // a question before throwing changes away
	naming                 // the name of an export, asked in the status bar
	numModes
)

// modeSpec is one row of the mode table.
type modeSpec struct {
	// actions are the bindings the root acts on in this mode before the
	// component with the keyboard sees the key.
	actions func(m *Model) []action
	// keyboard is the component every other key, and pasted text, goes to.
	keyboard func(m *Model) common.Component
	// draw draws the mode's component over the frame, if it shows there
	// (the status bar's line is status).
	draw func(m *Model, f *frame)
	// status is the status bar's line in this mode, if it has its own.
	status func(m *Model) string
	// returns is the mode a common.CloseMsg (or an answered prompt) goes
	// back to.
	returns mode
}

// action is a binding the root acts on, and what it does.
type action struct {
	binding key.Binding
	do      func(m *Model, msg tea.KeyPressMsg) tea.Cmd
}

// modes is the routing table (filled in init: its rows name functions
// that read it).
var modes [numModes]modeSpec

func init() {
	modes = [numModes]modeSpec{
		browsing: {actions: func(m *Model) []action { return m.acts }, keyboard: func(m *Model) common.Component { return m.page() }},
		searching: {actions: interrupt, keyboard: func(m *Model) common.Component { return &m.kb.search },
			draw: (*Model).drawSearch},
		finding: {actions: interrupt, keyboard: func(m *Model) common.Component { return &m.kb.find },
			status: func(m *Model) string { return m.kb.find.View() }},
		helping: {actions: interrupt, keyboard: func(m *Model) common.Component { return &m.kb.help },
			draw: (*Model).drawHelp},
		editing: {actions: none, keyboard: func(m *Model) common.Component { return &m.kb.editor },
			draw: (*Model).drawEditor},
		naming: {actions: interrupt, keyboard: func(m *Model) common.Component { return &m.kb.name },
			status: func(m *Model) string { return m.kb.name.View() }},
		confirming: {actions: none, keyboard: func(m *Model) common.Component { return &m.kb.prompt },
			draw: (*Model).drawEditor, status: func(m *Model) string { return m.kb.prompt.View() }, returns: editing},
	}
}

// route gives a key to the mode's actions, or else to the component with
// the keyboard. Any key clears the status bar's message.
func (m *Model) route(msg tea.KeyPressMsg) tea.Cmd {
	m.status = statusLine{}
	spec := modes[m.mode]
	for _, a := range spec.actions(m) {
		if key.Matches(msg, a.binding) {
			return a.do(m, msg)
		}
	}
	return spec.keyboard(m).Update(msg)
}

// keyboardOf is the component with the keyboard now.
func (m *Model) keyboardOf() common.Component { return modes[m.mode].keyboard(m) }

// enter gives the keyboard to a mode's component.
func (m *Model) enter(md mode) tea.Cmd {
	m.keyboardOf().Blur()
	m.mode = md
	return m.keyboardOf().Focus()
}

// closed goes back from an overlay to the mode it returns to.
func (m *Model) closed() tea.Cmd { return m.enter(modes[m.mode].returns) }

func none(*Model) []action { return nil }

// interrupt quits from a mode where letters are text, and from the help,
// where q closes the help as in less.
func interrupt(m *Model) []action {
	return []action{{m.c.Keys.Global.Interrupt, quitting}}
}

func quitting(*Model, tea.KeyPressMsg) tea.Cmd { return tea.Quit }
