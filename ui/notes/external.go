package notes

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// EditedMsg says the user's editor has exited on a note's temporary file;
// the notes take it back with Finish.
type EditedMsg struct {
	id, path, before string
	err              error
}

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

// EditExternally writes an item's note to a private temporary file and
// hands the terminal to the user's editor; EditedMsg comes back when it
// exits. editKey is the key that edits in the browser instead, for the
// message when there is no $EDITOR.
func (n *Notes) EditExternally(id, editKey string) tea.Cmd {
	c, edit, err := n.prepareEdit(id, editKey)
	if err != nil {
		return func() tea.Msg { return ChangedMsg{ID: id, Err: err} }
	}
	return tea.ExecProcess(c, func(err error) tea.Msg {
		edit.err = err
		return edit
	})
}

// prepareEdit writes the temporary file and builds the editor's command.
func (n *Notes) prepareEdit(id, editKey string) (*exec.Cmd, EditedMsg, error) {
	if id == "" {
		return nil, EditedMsg{}, ErrNoItem
	}
	if why := n.CannotWrite(); why != "" {
		return nil, EditedMsg{}, errors.New(why)
	}
	args := editorCommand()
	if args == nil {
		return nil, EditedMsg{}, fmt.Errorf("$EDITOR is not set: set it (for example EDITOR=nano) to write notes in your editor, or press %s to write here", editKey)
	}
	before := n.Note(id)
	f, err := os.CreateTemp("", "briefing-note-"+FileSafe(id)+"-*.md")
	if err != nil {
		return nil, EditedMsg{}, fmt.Errorf("preparing the note for the editor: %w", err)
	}
	_, err = f.WriteString(before)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, EditedMsg{}, fmt.Errorf("preparing the note for the editor: %w", err)
	}
	c := exec.Command(args[0], append(args[1:], f.Name())...)
	return c, EditedMsg{id: id, path: f.Name(), before: before}, nil
}

// Finish saves what the editor left in the temporary file, in a command,
// then reads the store again so that what another copy saved meanwhile
// shows too. The temporary file is removed only once its text is safe in
// the store; otherwise the message says where it is. ChangedMsg comes
// back.
func (n *Notes) Finish(msg EditedMsg) tea.Cmd {
	s, hash := n.store, n.news.Hash(msg.id)
	return func() tea.Msg {
		done := ChangedMsg{ID: msg.id, Noted: true}
		if msg.err != nil {
			done.Err = fmt.Errorf("the editor failed (%v); what you wrote, if anything, is in %s", msg.err, msg.path)
			return done
		}
		data, err := os.ReadFile(msg.path)
		if err != nil {
			done.Err = fmt.Errorf("reading what the editor wrote: %w", err)
			return done
		}
		if strings.TrimSpace(string(data)) == strings.TrimSpace(msg.before) {
			os.Remove(msg.path)
			done.Info = "the note on " + msg.id + " is unchanged"
			done.Err = s.Reload()
			return done
		}
		text, repaired := personal.RepairUTF8(string(data))
		joined, err := s.EditNote(msg.id, msg.before, text, hash)
		if err != nil && !personal.Repaired(err) {
			done.Err = fmt.Errorf("not saved: %v; your text is kept in %s", err, msg.path)
			return done
		}
		done.Err = err // a notes file kept aside on the way: a warning
		os.Remove(msg.path)
		done.Info = "saved your note on " + msg.id + " from the editor"
		switch {
		case joined:
			done.Info = joinedInfo(msg.id)
		case strings.TrimSpace(string(data)) == "":
			done.Info = "removed your note on " + msg.id
		}
		if repaired {
			done.Info += " (the editor did not save UTF-8: it was read as Windows-1252; check the accents)"
		}
		return done
	}
}

// FileSafe keeps the letters, digits, dot, dash and underscore of an id,
// for a file name.
func FileSafe(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, id)
}
