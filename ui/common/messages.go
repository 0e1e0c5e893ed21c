package common

import tea "charm.land/bubbletea/v2"

// FollowMsg asks the root to open an item where it lives, as following a
// link does, recording the place left in history, and to highlight words
// in its document; Found, if set, says in the status bar where the words
// were found (a search hit found by a name its text does not show).
type FollowMsg struct {
	ID    string
	Terms []string
	Found string
}

// Follow is the command that sends a FollowMsg.
func Follow(id string, terms []string) tea.Cmd {
	return func() tea.Msg { return FollowMsg{ID: id, Terms: terms} }
}

// CloseMsg says an overlay (the search box, the help, the find box, the
// editor) is done: the root goes back to browsing.
type CloseMsg struct{}

// Close is the command that sends a CloseMsg.
func Close() tea.Msg { return CloseMsg{} }

// StatusMsg puts a line in the status bar until the next key: a
// confirmation, or, with Err set, an error.
type StatusMsg struct {
	Info string
	Err  error
}

// Info is the command that says something in the status bar.
func Info(text string) tea.Cmd { return func() tea.Msg { return StatusMsg{Info: text} } }

// Error is the command that shows an error in the status bar.
func Error(err error) tea.Cmd { return func() tea.Msg { return StatusMsg{Err: err} } }
