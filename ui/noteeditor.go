package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/pane"
	"github.com/eu-rok/briefing/ui/render"
)

// maxEditorLines bounds the notes the in-app editor takes: the text area
// holds at most 10,000 lines and would cut a longer text silently. A longer
// note is written in $EDITOR instead.
const maxEditorLines = 9000

// noteEditor is a note being written inside the app, drawn in place of the
// detail. It keeps every key until the note is saved or the user chooses
// to throw the changes away: a failed save leaves it open with the text.
type noteEditor struct {
	id      string
	area    textarea.Model
	loaded  string // the text as it was opened, to tell a change
	confirm bool   // asking whether to save before closing
	saving  bool   // a save is under way; keys wait for it
	err     string // why the last save failed
}

// noteSavedMsg is the outcome of saving the editor's text.
type noteSavedMsg struct {
	id, text string
	err      error
}

func (noteSavedMsg) personal() {}

// newNoteEditor opens a text area on a note.
func newNoteEditor(id, note string, dark bool) *noteEditor {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.CharLimit = 0
	ta.MaxHeight = 0
	ta.Placeholder = "Your note in Markdown: what to raise, what the other side said, what to check."
	st := textarea.DefaultStyles(dark)
	st.Cursor.Blink = false
	ta.SetStyles(st)
	ta.SetValue(editorText(note))
	return &noteEditor{id: id, area: ta, loaded: ta.Value()}
}

// editorText is text as the editor may hold and draw it: a note's control
// characters (an escape, a bidi override) shown by model.Sanitize rather
// than acting on the terminal or being dropped without a trace. Saving an
// edited note keeps them in that visible form.
func editorText(s string) string {
	return model.Sanitize(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s))
}

// changed reports whether the text differs from what was opened.
func (ed *noteEditor) changed() bool { return ed.area.Value() != ed.loaded }

// openEditor opens the in-app editor on the current item's note.
func (m *Model) openEditor() tea.Cmd {
	id := m.currentID()
	if id == "" {
		m.err = "no item here: select one first"
		return nil
	}
	if why := m.personal.cannotWrite(); why != "" {
		m.err = why
		return nil
	}
	note := m.personal.note(id)
	if strings.Count(note, "\n") >= maxEditorLines {
		m.err = "this note is too long to edit here: E opens it in $EDITOR"
		return nil
	}
	ed := newNoteEditor(id, note, m.c.Styles.Theme != render.Light)
	if draft, ok := m.personal.store.Draft(id); ok {
		// Kept when briefing stopped: the text goes on, the note is as saved.
		ed.area.SetValue(editorText(draft))
		m.personal.info = "your unsaved draft is back: ctrl+s saves it, esc then n throws it away"
	}
	m.personal.editor = ed
	m.setFocus(paneDetail)
	return ed.area.Focus()
}

// closeEditor drops the editor and shows the detail again.
func (m *Model) closeEditor() { m.personal.editor = nil }

// handleEditorKey is the editor's key router: save, close (asking first
// when the text changed), or text for the text area.
func (m *Model) handleEditorKey(msg tea.KeyPressMsg) tea.Cmd {
	ed := m.personal.editor
	k := m.c.Keys.Editor
	if ed.saving {
		return nil
	}
	if ed.confirm {
		switch {
		case key.Matches(msg, k.Yes):
			return m.saveNote()
		case key.Matches(msg, k.No):
			m.closeEditor()
			m.personal.info = "changes to the note on " + ed.id + " thrown away"
			return m.dropDraft(ed.id)
		case key.Matches(msg, k.Back):
			ed.confirm = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Save):
		return m.saveNote()
	case key.Matches(msg, k.Close), msg.String() == "ctrl+c":
		// ctrl+c does not quit from here: it would lose the text.
		if !ed.changed() {
			m.closeEditor()
			return nil
		}
		ed.confirm = true
		return nil
	}
	ed.err = ""
	msg.Text = editorText(msg.Text) // a typed bidi override is not drawn
	if lines := strings.Count(ed.area.Value(), "\n"); lines >= maxEditorLines && msg.String() == "enter" {
		ed.err = "the note is too long to edit here: save it and press E to go on in $EDITOR"
		return nil
	}
	var cmd tea.Cmd
	ed.area, cmd = ed.area.Update(msg)
	return cmd
}

// handlePaste gives pasted text to the editor; a paste too long for the
// text area is refused rather than cut.
func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	ed := m.personal.editor
	if ed == nil || ed.saving || ed.confirm {
		return nil
	}
	if strings.Count(ed.area.Value(), "\n")+strings.Count(msg.Content, "\n") >= maxEditorLines {
		ed.err = "that paste is too long for the editor here: E edits the note in $EDITOR"
		return nil
	}
	msg.Content = editorText(msg.Content)
	var cmd tea.Cmd
	ed.area, cmd = ed.area.Update(msg)
	return cmd
}

// saveNote saves the editor's text through the store, in a command.
func (m *Model) saveNote() tea.Cmd {
	ed := m.personal.editor
	ed.saving, ed.confirm, ed.err = true, false, ""
	id, text, s := ed.id, ed.area.Value(), m.personal.store
	return func() tea.Msg {
		err := s.SetNote(id, text)
		if err == nil || personal.Repaired(err) {
			_ = s.DropDraft(id) // saved: a draft kept from before is done with
		}
		return noteSavedMsg{id: id, text: text, err: err}
	}
}

// dropDraft forgets a kept draft of a note whose changes were thrown away.
func (m *Model) dropDraft(id string) tea.Cmd {
	s := m.personal.store
	return func() tea.Msg {
		if err := s.DropDraft(id); err != nil {
			return ErrorMsg{fmt.Errorf("forgetting the draft of %s: %w", id, err)}
		}
		return nil
	}
}

// noteSaved closes the editor when the note is safe, and keeps it open,
// text and all, when it is not.
func (m *Model) noteSaved(msg noteSavedMsg) tea.Cmd {
	failed := msg.err != nil && !personal.Repaired(msg.err)
	if ed := m.personal.editor; ed != nil && ed.id == msg.id {
		ed.saving = false
		if failed {
			ed.err = "not saved: " + msg.err.Error() + " (your text is still here: ctrl+s tries again)"
			return nil
		}
		m.closeEditor()
	}
	info := "saved your note on " + msg.id
	if strings.TrimSpace(msg.text) == "" {
		info = "removed your note on " + msg.id
	}
	return m.saved(savedMsg{id: msg.id, info: info, err: msg.err, noted: true})
}

// sizeEditor fits the text area in the detail's place, less a line for
// its keys.
func (m *Model) sizeEditor(l layout) {
	ed := m.personal.editor
	if ed == nil || !l.detail.visible() {
		return
	}
	w, h := l.detail.innerSize()
	ed.area.SetWidth(max(1, w))
	ed.area.SetHeight(max(1, h-1))
}

// editorView draws the editor in the detail's rect: the text, then a line
// with its keys, the question before closing, or why a save failed.
func (m *Model) editorView(w, h int) string {
	ed := m.personal.editor
	s := m.c.Styles
	k := m.c.Keys.Editor
	hm := m.help
	hm.SetWidth(max(0, w-pane.Frame))
	var hint string
	switch {
	case ed.saving:
		hint = s.App.StatusBar.Render("saving…")
	case ed.confirm:
		hint = s.App.StatusKey.Render("save your changes? ") + hm.ShortHelpView([]key.Binding{k.Yes, k.No, k.Back})
	case ed.err != "":
		hint = s.App.Error.Render(ed.err)
	default:
		hint = hm.ShortHelpView([]key.Binding{k.Save, k.Close})
	}
	info := ""
	if ed.changed() {
		info = "changed"
	}
	lines := pane.Block(ed.area.View(), max(0, w-pane.Frame), max(0, h-pane.Frame-1))
	body := strings.Join(append(lines, hint), "\n")
	return pane.Render(s, "✎ Your note · "+ed.id, info, body, w, h, true)
}
