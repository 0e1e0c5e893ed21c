// Package prompt is a question the browser asks before doing something
// that cannot be undone (throwing away a changed note): drawn in the
// status bar, answered with a key. It is a common.Component.
package prompt

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keyhelp"
	"github.com/eu-rok/briefing/ui/pane"
)

// AskMsg asks a question: the root shows it and gives it the keys. Yes and
// No are the messages the answers send to the component that asked; Back
// returns to it without an answer.
type AskMsg struct {
	Question string
	Yes, No  tea.Msg
}

// Ask is the command that asks a question.
func Ask(question string, yes, no tea.Msg) tea.Cmd {
	return func() tea.Msg { return AskMsg{Question: question, Yes: yes, No: no} }
}

// AnsweredMsg says the question is answered: Then is the answer's message
// for the component that asked, nil when the user went back.
type AnsweredMsg struct{ Then tea.Msg }

// Model is the question being asked. Build it with New.
type Model struct {
	c     *common.Common
	ask   AskMsg
	help  help.Model
	width int
}

// New returns a prompt with nothing asked.
func New(c *common.Common) Model { return Model{c: c, help: help.New()} }

// Set takes a question to ask.
func (m *Model) Set(ask AskMsg) {
	m.ask = ask
	m.help.Styles = keyhelp.Styles(m.c.Styles.Theme)
}

// Update answers on the prompt's keys; every other key waits.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	ck := m.c.Keys.Confirm
	var then tea.Msg
	switch {
	case key.Matches(k, ck.Yes):
		then = m.ask.Yes
	case key.Matches(k, ck.No):
		then = m.ask.No
	case key.Matches(k, ck.Back):
	default:
		return nil
	}
	return func() tea.Msg { return AnsweredMsg{Then: then} }
}

// View draws the question and its keys as the status bar's line.
func (m Model) View() string {
	s := m.c.Styles.App
	m.help.SetWidth(max(0, m.width-len(m.ask.Question)-2))
	return pane.Fit(s.StatusKey.Render(" "+m.ask.Question+" ")+m.help.ShortHelpView(m.ShortHelp()), m.width)
}

// SetSize gives the line its width.
func (m *Model) SetSize(w, _ int) tea.Cmd {
	m.width = w
	return nil
}

// Focus does nothing: the prompt has the keys while it asks.
func (m *Model) Focus() tea.Cmd { return nil }

// Blur does nothing.
func (m *Model) Blur() {}

// ShortHelp is the answers.
func (m Model) ShortHelp() []key.Binding {
	ck := m.c.Keys.Confirm
	return []key.Binding{ck.Yes, ck.No, ck.Back}
}

// FullHelp is the answers.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
