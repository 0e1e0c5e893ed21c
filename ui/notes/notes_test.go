package notes

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

func open(t *testing.T, dir string) *personal.Store {
	t.Helper()
	s, err := personal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// changed runs a change's command and returns what it says.
func result(t *testing.T, cmd tea.Cmd) ChangedMsg {
	t.Helper()
	msg, ok := cmd().(ChangedMsg)
	if !ok {
		t.Fatalf("the command said %T", msg)
	}
	return msg
}

func TestChangesAndMarks(t *testing.T) {
	dir := t.TempDir()
	n, say := New(open(t, dir), nil, nil)
	if say != "" {
		t.Fatalf("a fresh store says %q", say)
	}
	if msg := result(t, n.ToggleFlag("SEMI-1")); msg.Err != nil || msg.Info != "★ flagged SEMI-1" {
		t.Fatalf("flag: %+v", msg)
	}
	n.Rebuild()
	if !n.Mark("semi-1").Flag || !open(t, dir).Flagged("SEMI-1") {
		t.Fatal("the flag is in the file and in the marks")
	}
	result(t, n.AgendaAdd("SEMI-1"))
	if msg := result(t, n.AgendaAdd("SEMI-1")); !strings.Contains(msg.Info, "already") {
		t.Errorf("adding twice says so: %+v", msg)
	}
	if msg := result(t, n.AgendaAdd("")); !errors.Is(msg.Err, ErrNoItem) {
		t.Errorf("no item: %+v", msg)
	}
	saved, ok := n.SaveNote("SEMI-1", "", "words")().(NoteSavedMsg)
	if !ok || saved.Failed() || !saved.Changed().Noted || open(t, dir).Note("SEMI-1") != "words" {
		t.Fatalf("save: %+v", saved)
	}
}

func TestWithoutStoreNotesAreOff(t *testing.T) {
	n, say := New(nil, errors.New("no home"), nil)
	if !strings.Contains(say, "notes are off: no home") || n.CannotWrite() == "" || n.Off() == "" {
		t.Fatalf("say %q", say)
	}
	if msg := result(t, n.ToggleFlag("SEMI-1")); msg.Err == nil || !strings.Contains(msg.Err.Error(), "notes are off") {
		t.Errorf("a change says why: %+v", msg)
	}
	if n.Orphan("X") != nil || n.Note("SEMI-1") != "" || len(n.ForSearch()) != 0 {
		t.Error("no notes: nothing to show")
	}
}

// editedExternally prepares an $EDITOR session on an item's note, as E
// does, and writes text into its file as the editor would; Finish takes it
// back.
func editedExternally(t *testing.T, n *Notes, id, text string) EditedMsg {
	t.Helper()
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "true")
	_, msg, err := n.prepareEdit(id, "e")
	must(t, err)
	must(t, os.WriteFile(msg.path, []byte(text), 0o600))
	return msg
}

func TestExternalEditorSavesAndRereads(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "first", ""))
	n, _ := New(s, nil, nil)
	script := filepath.Join(t.TempDir(), "editor.sh")
	must(t, os.WriteFile(script, []byte("#!/bin/sh\nprintf '\\nadded in the editor\\n' >> \"$1\"\n"), 0o700))
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", script)
	// Meanwhile another copy of the program flags an item.
	must(t, open(t, dir).Flag("DPC-3"))

	c, msg, err := n.prepareEdit("SEMI-1", "e")
	must(t, err)
	must(t, c.Run())
	done := result(t, n.Finish(msg))
	if got := open(t, dir).Note("SEMI-1"); got != "first\nadded in the editor" || done.Err != nil || !done.Noted {
		t.Fatalf("note after the editor: %q (%+v)", got, done)
	}
	if _, err := os.Stat(msg.path); !errors.Is(err, os.ErrNotExist) {
		t.Error("the temporary file should be removed once the note is saved")
	}
	n.Rebuild()
	if !n.Mark("DPC-3").Flag {
		t.Error("after the edit the store is read again: the other copy's flag shows")
	}
	t.Setenv("EDITOR", "")
	if _, _, err := n.prepareEdit("SEMI-1", "e"); err == nil || !strings.Contains(err.Error(), "$EDITOR is not set") {
		t.Errorf("without $EDITOR: %v", err)
	}
}

func TestExternalEditorFailureKeepsTheText(t *testing.T) {
	dir := t.TempDir()
	n, _ := New(open(t, dir), nil, nil)
	msg := editedExternally(t, n, "SEMI-1", "typed in the editor")
	must(t, os.RemoveAll(dir))
	must(t, os.WriteFile(dir, nil, 0o600)) // the data directory is gone: saving fails
	done := result(t, n.Finish(msg))
	if done.Err == nil || !strings.Contains(done.Err.Error(), msg.path) {
		t.Fatalf("the error should say where the text is: %v", done.Err)
	}
	if data, _ := os.ReadFile(msg.path); string(data) != "typed in the editor" {
		t.Fatal("the temporary file must be kept when the save fails")
	}
	os.Remove(msg.path)
}

// H2: an editor that saves Latin-1 does not hide the notes: its text is
// read as Windows-1252, saved, and the user is told.
func TestExternalEditorLatin1IsRepaired(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("AI-1", "other", ""))
	must(t, s.AgendaAdd("AI-1"))
	n, _ := New(s, nil, nil)
	done := result(t, n.Finish(editedExternally(t, n, "SEMI-1", "caf\xe9 cr\xe8me")))
	if !strings.Contains(done.Info, "Windows-1252") {
		t.Errorf("the message does not say the text was read as Windows-1252: %+v", done)
	}
	s = open(t, dir)
	if s.Note("SEMI-1") != "café crème" || s.Note("AI-1") != "other" || len(s.Agenda()) != 1 {
		t.Errorf("after the editor: %+v %v", s.Items(), s.Agenda())
	}
}

// A note written in another shell while $EDITOR is open on it is kept
// beside what the editor saved.
func TestExternalEditorKeepsANoteWrittenElsewhere(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "first", ""))
	n, _ := New(s, nil, nil)
	msg := editedExternally(t, n, "SEMI-1", "first, edited")
	must(t, open(t, dir).SetNote("SEMI-1", "from the other shell", ""))
	done := result(t, n.Finish(msg))
	got := open(t, dir).Note("SEMI-1")
	if got != "first, edited\n\n"+personal.JoinedLine+"\n\nfrom the other shell" || !strings.Contains(done.Info, "both texts are kept") {
		t.Fatalf("note %q, %+v", got, done)
	}
}
