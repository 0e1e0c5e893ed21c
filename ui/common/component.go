package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Component is the contract of every pane and overlay of the browser: the
// lists, the document, the related items, each view's page, the search
// box, the help, the find box, the note editor and its question. Like
// pug's ChildModel, Update changes the component in place and returns only
// a command; like soft-serve's Component, it draws itself into the size
// it is given and says which of its keys work now.
type Component interface {
	// Update takes a message: a key when the component has the keyboard,
	// or a result it asked for.
	Update(msg tea.Msg) tea.Cmd
	// View draws the component in its size; only the root returns a
	// tea.View.
	View() string
	// SetSize gives the component its width and height in cells. A
	// component whose content depends on its width (the document is
	// rendered at it) answers with the command that makes it.
	SetSize(width, height int) tea.Cmd
	// Focus gives the component the keyboard; Blur takes it away. A
	// focused pane is drawn with a bright border.
	Focus() tea.Cmd
	Blur()
	// ShortHelp and FullHelp list the bindings that work in the component
	// now (help.KeyMap): the help overlay is built from them.
	help.KeyMap
}
