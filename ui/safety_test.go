package ui

import (
	"errors"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// L7: a signal that ends the program while a note is being written keeps
// the text as a draft; the next start offers it, and saving it forgets it.
func TestSignalKeepsTheDraftForTheNextStart(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	writeText(m, " and more")
	send(m, signalMsg{os.Interrupt})
	if m.ended == nil || m.ended.Draft != "SEMI-1" || !strings.Contains(m.ended.Error(), "kept") {
		t.Fatalf("after the signal: %+v", m.ended)
	}
	s := openStore(t, dir)
	if draft, ok := s.Draft("SEMI-1"); !ok || !strings.Contains(draft, "and more") || s.Note("SEMI-1") != "saved" {
		t.Fatalf("draft %q %v, note %q", draft, ok, s.Note("SEMI-1"))
	}

	opts.Personal = s
	next := openOn(t, opts, "SEMI-1")
	if !strings.Contains(next.personal.info, "SEMI-1") {
		t.Errorf("the next start does not offer the draft: %q", next.personal.info)
	}
	ppress(next, "e")
	if ed := next.personal.editor; ed == nil || !strings.Contains(ed.area.Value(), "and more") || !ed.changed() {
		t.Fatalf("the editor did not open on the draft")
	}
	ppress(next, "ctrl+s")
	s = openStore(t, dir)
	if _, ok := s.Draft("SEMI-1"); ok || !strings.Contains(s.Note("SEMI-1"), "and more") {
		t.Errorf("after saving: note %q, draft left %v", s.Note("SEMI-1"), ok)
	}
}

func TestThrowingAwayADraftForgetsIt(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	must(t, opts.Personal.KeepDraft("SEMI-1", "unsaved words"))
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e", "esc", "n")
	s := openStore(t, dir)
	if _, ok := s.Draft("SEMI-1"); ok || s.Note("SEMI-1") != "saved" {
		t.Errorf("after throwing it away: note %q, draft left %v", s.Note("SEMI-1"), ok)
	}
}

// An unchanged editor keeps nothing: the saved note is the note.
func TestSignalWithoutChangesKeepsNoDraft(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	send(m, signalMsg{os.Interrupt})
	if m.ended == nil || m.ended.Draft != "" || len(openStore(t, dir).Drafts()) != 0 {
		t.Errorf("ended %+v, drafts %v", m.ended, openStore(t, dir).Drafts())
	}
}

// L11: the editor shows a note's control characters instead of drawing
// them: no bidi override or escape of the note reaches the screen.
func TestEditorDrawsNoControlCharacter(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "a\u202eb \x1b]52;c;ZXZpbA==\a c"}})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	send(m, tea.PasteMsg{Content: "pasted\u202eright\u2066"})
	screen := m.Render()
	for _, bad := range []string{"\u202e", "\u2066", "\x1b]52;", "\a"} {
		if strings.Contains(screen, bad) {
			t.Errorf("the editor draws %q", bad)
		}
	}
	if v := m.personal.editor.area.Value(); !strings.Contains(v, "␛]52;c;ZXZpbA==␇") || !strings.Contains(v, "pastedright") {
		t.Errorf("the editor holds %q", v)
	}
}

// H2: an editor that saves Latin-1 does not hide the notes: its text is
// read as Windows-1252, saved, and the user is told.
func TestExternalEditorLatin1IsRepaired(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "first", "AI-1": "other"}, agenda: []string{"AI-1"}})
	m := openOn(t, opts, "SEMI-1")
	msg := editedExternally(t, m, "SEMI-1", "caf\xe9 cr\xe8me")
	send(m, msg)
	if !strings.Contains(m.personal.info, "Windows-1252") {
		t.Errorf("the status does not say the text was read as Windows-1252: %q %q", m.personal.info, m.err)
	}
	s, err := personal.Open(dir)
	if err != nil || s.Note("SEMI-1") != "café crème" || s.Note("AI-1") != "other" || len(s.Agenda()) != 1 {
		t.Errorf("after the editor: %v, %+v %v", err, s.Items(), s.Agenda())
	}
}

// M1: what the status bar quotes (a path, an error) is drawn on one line,
// with no control character of its own.
func TestStatusBarIsSanitised(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	send(m, ErrorMsg{errors.New("writing /tmp/x\x1b]52;c;ZXZpbA==\a\u202e\nfake: saved")})
	screen := m.Render()
	for _, bad := range []string{"\x1b]52", "ZXZpbA==\a", "\u202e", "\nfake: saved"} {
		if strings.Contains(screen, bad) {
			t.Errorf("the status bar draws %q", bad)
		}
	}
}

// editedExternally prepares an $EDITOR session on an item's note, as E
// does, and writes text into its file as the editor would; sending the
// message returned finishes it.
func editedExternally(t *testing.T, m *Model, id, text string) externalEditedMsg {
	t.Helper()
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "true")
	_, msg, err := m.prepareExternalEdit(id)
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(msg.path, []byte(text), 0o600))
	return msg
}
