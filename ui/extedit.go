package ui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// externalEditedMsg says the user's editor has exited on a note's
// temporary file.
type externalEditedMsg struct {
	id, path, before string
	err              error
}

func (externalEditedMsg) personal() {}

// editorCommand is the user's editor: $VISUAL, else $EDITOR, split into
// words so that "code --wait" works; "" when neither is set.
func editorCommand() []string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(os.Getenv(v)); len(f) > 0 {
			return f
		}
	}
	return nil
}

// editExternally writes the current item's note to a private temporary
// file and hands the terminal to the user's editor; externalEditedMsg
// comes back when it exits.
func (m *Model) editExternally() tea.Cmd {
	c, edit, err := m.prepareExternalEdit(m.currentID())
	if err != nil {
		m.err = err.Error()
		return nil
	}
	return tea.ExecProcess(c, func(err error) tea.Msg {
		edit.err = err
		return edit
	})
}

// prepareExternalEdit writes the temporary file and builds the editor's
// command. Tests run the command themselves and send the message.
func (m *Model) prepareExternalEdit(id string) (*exec.Cmd, externalEditedMsg, error) {
	if id == "" {
		return nil, externalEditedMsg{}, fmt.Errorf("no item here: select one first")
	}
	if why := m.personal.cannotWrite(); why != "" {
		return nil, externalEditedMsg{}, fmt.Errorf("%s", why)
	}
	args := editorCommand()
	if args == nil {
		return nil, externalEditedMsg{}, fmt.Errorf("$EDITOR is not set: set it (for example EDITOR=nano) to write notes in your editor, or press e to write here")
	}
	before := m.personal.note(id)
	f, err := os.CreateTemp("", "briefing-note-"+fileSafe(id)+"-*.md")
	if err != nil {
		return nil, externalEditedMsg{}, fmt.Errorf("preparing the note for the editor: %w", err)
	}
	_, err = f.WriteString(before)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, externalEditedMsg{}, fmt.Errorf("preparing the note for the editor: %w", err)
	}
	c := exec.Command(args[0], append(args[1:], f.Name())...)
	return c, externalEditedMsg{id: id, path: f.Name(), before: before}, nil
}

// finishExternalEdit saves what the editor left in the temporary file, in
// a command, then reads the store again so that what another copy saved
// meanwhile shows too. The temporary file is removed only once its text is
// safe in the store; otherwise the message says where it is.
func (m *Model) finishExternalEdit(msg externalEditedMsg) tea.Cmd {
	s := m.personal.store
	return func() tea.Msg {
		done := savedMsg{id: msg.id, noted: true}
		if msg.err != nil {
			done.err = fmt.Errorf("the editor failed (%v); what you wrote, if anything, is in %s", msg.err, msg.path)
			return done
		}
		data, err := os.ReadFile(msg.path)
		if err != nil {
			done.err = fmt.Errorf("reading what the editor wrote: %w", err)
			return done
		}
		if strings.TrimSpace(string(data)) == strings.TrimSpace(msg.before) {
			os.Remove(msg.path)
			done.info = "the note on " + msg.id + " is unchanged"
			done.err = s.Reload()
			return done
		}
		text, repaired := personal.RepairUTF8(string(data))
		err = s.SetNote(msg.id, text)
		if err != nil && !personal.Repaired(err) {
			done.err = fmt.Errorf("not saved: %v; your text is kept in %s", err, msg.path)
			return done
		}
		done.err = err // a notes file kept aside on the way: a warning
		os.Remove(msg.path)
		done.info = "saved your note on " + msg.id + " from the editor"
		if repaired {
			done.info += " (the editor did not save UTF-8: it was read as Windows-1252; check the accents)"
		}
		if strings.TrimSpace(string(data)) == "" {
			done.info = "removed your note on " + msg.id
		}
		return done
	}
}

// fileSafe keeps the letters, digits, dot, dash and underscore of an id,
// for a file name.
func fileSafe(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, id)
}
