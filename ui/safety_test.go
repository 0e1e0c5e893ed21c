package ui

import (
	"errors"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
)

// L7: a signal that ends the program while a note is being written keeps
// the text as a draft; the next start offers it, and saving it forgets it.
func TestSignalKeepsTheDraftForTheNextStart(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	typeText(m, " and more")
	send(m, signalMsg{os.Interrupt})
	ended := m.sigs.ended
	if ended == nil || ended.Draft != "SEMI-1" || !strings.Contains(ended.Error(), "kept") {
		t.Fatalf("after the signal: %+v", ended)
	}
	s := openStore(t, dir)
	if draft, ok := s.Draft("SEMI-1"); !ok || !strings.Contains(draft, "and more") || s.Note("SEMI-1") != "saved" {
		t.Fatalf("draft %q %v, note %q", draft, ok, s.Note("SEMI-1"))
	}

	opts.Personal = s
	next := openOn(t, opts, "SEMI-1")
	if st := stateOf(next); !strings.Contains(st.Info, "SEMI-1") {
		t.Errorf("the next start does not offer the draft: %+v", st)
	}
	press(next, "e")
	if st := stateOf(next); st.Editor != "SEMI-1" || !strings.Contains(next.kb.editor.Value(), "and more") || !next.kb.editor.Changed() {
		t.Fatalf("the editor did not open on the draft: %+v", st)
	}
	press(next, "ctrl+s")
	s = openStore(t, dir)
	if _, ok := s.Draft("SEMI-1"); ok || !strings.Contains(s.Note("SEMI-1"), "and more") {
		t.Errorf("after saving: note %q, draft left %v", s.Note("SEMI-1"), ok)
	}
}

func TestThrowingAwayADraftForgetsIt(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	must(t, opts.Personal.KeepDraft("SEMI-1", "unsaved words"))
	m := openOn(t, opts, "SEMI-1")
	press(m, "e", "esc", "n")
	s := openStore(t, dir)
	if _, ok := s.Draft("SEMI-1"); ok || s.Note("SEMI-1") != "saved" {
		t.Errorf("after throwing it away: note %q, draft left %v", s.Note("SEMI-1"), ok)
	}
}

// An unchanged editor keeps nothing: the saved note is the note.
func TestSignalWithoutChangesKeepsNoDraft(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "saved"}})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	send(m, signalMsg{os.Interrupt})
	if m.sigs.ended == nil || m.sigs.ended.Draft != "" || len(openStore(t, dir).Drafts()) != 0 {
		t.Errorf("ended %+v, drafts %v", m.sigs.ended, openStore(t, dir).Drafts())
	}
}

// L11: the editor shows a note's control characters instead of drawing
// them: no bidi override or escape of the note reaches the screen.
func TestEditorDrawsNoControlCharacter(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "a\u202eb \x1b]52;c;ZXZpbA==\a c"}})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	send(m, tea.PasteMsg{Content: "pasted\u202eright\u2066"})
	frame := m.Render()
	for _, bad := range []string{"\u202e", "\u2066", "\x1b]52;", "\a"} {
		if strings.Contains(frame, bad) {
			t.Errorf("the editor draws %q", bad)
		}
	}
	if v := m.kb.editor.Value(); !strings.Contains(v, "␛]52;c;ZXZpbA==␇") || !strings.Contains(v, "pastedright") {
		t.Errorf("the editor holds %q", v)
	}
}

// M1: what the status bar quotes (a path, an error) is drawn on one line,
// with no control character of its own.
func TestStatusBarIsSanitised(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	send(m, common.StatusMsg{Err: errors.New("writing /tmp/x\x1b]52;c;ZXZpbA==\a\u202e\nfake: saved")})
	frame := m.Render()
	for _, bad := range []string{"\x1b]52", "ZXZpbA==\a", "\u202e", "\nfake: saved"} {
		if strings.Contains(frame, bad) {
			t.Errorf("the status bar draws %q", bad)
		}
	}
}
