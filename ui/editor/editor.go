// Package editor is the note editor: a note being written inside the
// browser, drawn over the document. It keeps every key until the note is
// saved or the user chooses to throw the changes away (it asks first, with
// a prompt): a failed save leaves it open with the text. It is a
// common.Component.
package editor

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keyhelp"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/pane"
	"github.com/eu-rok/briefing/ui/prompt"
	"github.com/eu-rok/briefing/ui/render"
)

// MaxLines bounds the notes the editor takes: the text area holds at most
// 10,000 lines and would cut a longer text silently. A longer note is
// written in $EDITOR instead.
const MaxLines = 9000

// saveMsg and discardMsg are the answers to "save your changes?".
type (
	saveMsg    struct{}
	discardMsg struct{}
)

// Model is the note being written. Build it with New.
type Model struct {
	c      *common.Common
	notes  *notes.Notes
	id     string
	area   textarea.Model
	loaded string // the text as it was opened, to tell a change
	base   string // the note as the store held it then, to tell a change made elsewhere
	saving bool   // a save is under way; keys wait for it
	err    string // why the last save failed, or why a key was refused
	help   help.Model
	width  int
	height int
}

// New opens the editor on an item's note, or on the draft kept of it when
// briefing stopped (the text goes on, the note is as saved); it says
// which.
func New(c *common.Common, n *notes.Notes, id string) (Model, string) {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.CharLimit = 0
	ta.MaxHeight = 0
	ta.Placeholder = "Your note in Markdown: what to raise, what the other side said, what to check."
	st := textarea.DefaultStyles(c.Styles.Theme != render.Light)
	st.Cursor.Blink = false
	st.Cursor.Color = c.Styles.Cursor // bubbles' white vanishes on a light background
	ta.SetStyles(st)
	base := n.Note(id)
	ta.SetValue(Text(base))
	m := Model{c: c, notes: n, id: id, area: ta, loaded: ta.Value(), base: base, help: help.New()}
	m.help.Styles = keyhelp.Styles(c.Styles.Theme)
	say := ""
	if draft, ok := n.Draft(id); ok {
		m.area.SetValue(Text(draft))
		say = "your unsaved draft is back: " + keys.Name(c.Keys.Editor.Save) + " saves it, " +
			keys.Name(c.Keys.Editor.Close) + " then " + keys.Name(c.Keys.Confirm.No) + " throws it away"
	}
	return m, say
}

// Text is text as the editor may hold and draw it: a note's control
// characters (an escape, a bidi override) shown by model.Sanitize rather
// than acting on the terminal or being dropped without a trace. Saving an
// edited note keeps them in that visible form.
func Text(s string) string {
	return model.Sanitize(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s))
}

// Opened reports whether the editor was opened on a note (its zero value
// was not).
func (m Model) Opened() bool { return m.c != nil }

// ID is the item whose note is written.
func (m Model) ID() string { return m.id }

// Value is the text as it stands.
func (m Model) Value() string { return m.area.Value() }

// Changed reports whether the text differs from what was opened.
func (m Model) Changed() bool { return m.area.Value() != m.loaded }

// Update takes the keys, pasted text, the answer to "save your changes?"
// and the outcome of a save.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		return m.paste(msg)
	case saveMsg:
		return m.save()
	case discardMsg:
		return tea.Batch(common.Close, m.notes.DropDraft(m.id),
			common.Info("changes to the note on "+m.id+" thrown away"))
	case notes.NoteSavedMsg:
		return m.saved(msg)
	}
	return nil
}

// key saves, closes (asking first when the text changed), or gives the
// key to the text area.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if m.saving {
		return nil
	}
	k := m.c.Keys.Editor
	switch {
	case key.Matches(msg, k.Save):
		return m.save()
	case key.Matches(msg, k.Close):
		// ctrl+c closes too, rather than quit: it would lose the text.
		if !m.Changed() {
			return common.Close
		}
		return prompt.Ask("save your changes?", saveMsg{}, discardMsg{})
	}
	m.err = ""
	msg.Text = Text(msg.Text) // a typed bidi override is not drawn
	if key.Matches(msg, k.NewLine) && strings.Count(m.area.Value(), "\n") >= MaxLines {
		m.err = "the note is too long to edit here: save it and press " + keys.Name(m.c.Keys.Personal.EditExternal) + " to go on in $EDITOR"
		return nil
	}
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return cmd
}

// paste gives pasted text to the text area; a paste too long for it is
// refused rather than cut.
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	if m.saving {
		return nil
	}
	if strings.Count(m.area.Value(), "\n")+strings.Count(msg.Content, "\n") >= MaxLines {
		m.err = "that paste is too long for the editor here: " + keys.Name(m.c.Keys.Personal.EditExternal) + " edits the note in $EDITOR"
		return nil
	}
	msg.Content = Text(msg.Content)
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return cmd
}

// save saves the text through the notes, in a command.
func (m *Model) save() tea.Cmd {
	m.saving, m.err = true, ""
	return m.notes.SaveNote(m.id, m.base, m.area.Value())
}

// saved closes the editor when the note is safe, and keeps it open, text
// and all, when it is not.
func (m *Model) saved(msg notes.NoteSavedMsg) tea.Cmd {
	if msg.ID != m.id {
		return nil
	}
	m.saving = false
	if msg.Failed() {
		m.err = "not saved: " + msg.Err.Error() + " (your text is still here: " + keys.Name(m.c.Keys.Editor.Save) + " tries again)"
		return nil
	}
	changed := msg.Changed()
	return tea.Batch(common.Close, func() tea.Msg { return changed })
}

// SetSize gives the editor the document's place: the text area, and a
// line for its keys, inside a border.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.area.SetWidth(max(1, w-pane.Frame))
	m.area.SetHeight(max(1, h-pane.Frame-1))
	return nil
}

// Focus puts the cursor in the text.
func (m *Model) Focus() tea.Cmd { return m.area.Focus() }

// Blur takes the cursor away, while a question is asked.
func (m *Model) Blur() { m.area.Blur() }

// ShortHelp is the editor's keys; every other key is text.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys.Editor
	return []key.Binding{k.Save, k.Close}
}

// FullHelp is the editor's keys.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the editor: the text, then a line with its keys, or why a
// save failed, in a border titled with the item.
func (m Model) View() string {
	s := m.c.Styles
	m.help.SetWidth(max(0, m.width-pane.Frame))
	var hint string
	switch {
	case m.saving:
		hint = s.App.StatusBar.Render("saving…")
	case m.err != "":
		hint = s.App.Error.Render(m.err)
	case m.area.Focused():
		hint = m.help.ShortHelpView(m.ShortHelp())
	}
	info := ""
	if m.Changed() {
		info = "changed"
	}
	lines := pane.Block(m.area.View(), max(0, m.width-pane.Frame), max(0, m.height-pane.Frame-1))
	body := strings.Join(append(lines, hint), "\n")
	return pane.Render(s, personal.NoteMark+" "+personal.NoteName+" · "+m.id, info, body, m.width, m.height, true)
}
