package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// seed is what a test's data directory holds before the program starts.
type seed struct {
	notes  map[string]string
	flags  []string
	agenda []string
}

// personalOptions are testOptions with a store in a fresh data directory,
// seeded, and exports going to a directory of their own.
func personalOptions(t *testing.T, sd seed) (Options, string) {
	t.Helper()
	dir := t.TempDir()
	s := openStore(t, dir)
	ids := make([]string, 0, len(sd.notes))
	for id := range sd.notes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		must(t, s.SetNote(id, sd.notes[id]))
	}
	for _, id := range sd.flags {
		must(t, s.Flag(id))
	}
	for _, id := range sd.agenda {
		must(t, s.AgendaAdd(id))
	}
	opts := testOptions(t)
	opts.Personal = s
	opts.ExportDir = t.TempDir()
	return opts, dir
}

func openStore(t *testing.T, dir string) *personal.Store {
	t.Helper()
	s, err := personal.Open(dir)
	if err != nil {
		t.Fatalf("opening the store: %v", err)
	}
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// pkey is keyMsg plus the keys the personal layer uses.
func pkey(k string) tea.KeyPressMsg {
	switch k {
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	case "ctrl+e":
		return tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}
	case "shift+up":
		return tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift}
	case "shift+down":
		return tea.KeyPressMsg{Code: tea.KeyDown, Mod: tea.ModShift}
	}
	return keyMsg(k)
}

func ppress(m *Model, ks ...string) {
	for _, k := range ks {
		send(m, pkey(k))
	}
}

// writeText types text into the program, one key a rune, enter for a new
// line.
func writeText(m *Model, text string) {
	for _, r := range text {
		if r == '\n' {
			send(m, tea.KeyPressMsg{Code: tea.KeyEnter})
			continue
		}
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// openOn starts a program at 120x40 showing one item.
func openOn(t *testing.T, opts Options, id string) *Model {
	t.Helper()
	m := newSized(t, opts, 120, 40)
	send(m, OpenMsg{ID: id})
	if e := m.detail.Entry(); e == nil || e.Base().ID != id {
		t.Fatalf("could not open %s", id)
	}
	return m
}

func TestFlagToggleWritesThroughTheStore(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "*")
	if !openStore(t, dir).Flagged("SEMI-1") {
		t.Fatal("* should flag SEMI-1 in the file")
	}
	if !m.personal.mark("semi-1").Flag || !strings.Contains(frame(m), "★") {
		t.Fatalf("the flag should show as ★:\n%s", frame(m))
	}
	if !strings.Contains(m.personal.info, "flagged SEMI-1") {
		t.Fatalf("the status should confirm, got %q", m.personal.info)
	}
	ppress(m, "m")
	if openStore(t, dir).Flagged("SEMI-1") || m.personal.mark("SEMI-1").Flag {
		t.Fatal("m should take the flag off again")
	}
}

func TestMarksShowInEveryList(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI": "area note", "GL-ENISA": "term note"}, flags: []string{"SEMI-1", "DPC-3"}})
	m := newSized(t, opts, 160, 45)
	press(m, "j", "enter") // SEMI's actions
	f := frame(m)
	for _, want := range []string{"✎ SEMI", "★  SEMI-1"} {
		if !strings.Contains(f, want) {
			t.Errorf("areas and actions should show %q:\n%s", want, f)
		}
	}
	press(m, "2")
	if f := frame(m); !strings.Contains(f, "★ ") {
		t.Errorf("the timeline should mark DPC-3:\n%s", f)
	}
	// A list with no marked row keeps its full width: no column.
	press(m, "6")
	if f := frame(m); strings.Contains(f, "  ★") || strings.Contains(f, "│   S") {
		t.Errorf("sources have no marks and no marks column:\n%s", f)
	}
}

func TestAgendaAddRemoveAndReorder(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := newSized(t, opts, 120, 40)
	for _, id := range []string{"SEMI-1", "HPCQ-4", "DPC-3"} {
		send(m, OpenMsg{ID: id})
		ppress(m, "a")
	}
	ppress(m, "a") // DPC-3 again: stays once
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "HPCQ-4", "DPC-3"}) {
		t.Fatalf("agenda %v", got)
	}
	if !strings.Contains(m.personal.info, "already") {
		t.Fatalf("adding twice should say so, got %q", m.personal.info)
	}
	ppress(m, agendaKey())
	if sel, _ := m.page().nav.Selected(); sel.ID != "SEMI-1" {
		t.Fatalf("the Agenda view should open on the first item, got %q", sel.ID)
	}
	ppress(m, "J", "J") // SEMI-1 to the end
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"HPCQ-4", "DPC-3", "SEMI-1"}) {
		t.Fatalf("after J J: %v", got)
	}
	if sel, _ := m.page().nav.Selected(); sel.ID != "SEMI-1" {
		t.Fatalf("the cursor should follow the moved item, on %q", sel.ID)
	}
	ppress(m, "shift+up", "K") // and back to the top
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "HPCQ-4", "DPC-3"}) {
		t.Fatalf("after shift+up K: %v", got)
	}
	ppress(m, "x")
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"HPCQ-4", "DPC-3"}) {
		t.Fatalf("after x: %v", got)
	}
	if sel, _ := m.page().nav.Selected(); sel.ID != "HPCQ-4" {
		t.Fatalf("after removing, the cursor goes to the next item, on %q", sel.ID)
	}
	ppress(m, "j", "d")
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"HPCQ-4"}) {
		t.Fatalf("after d: %v", got)
	}
	// Outside the Agenda view, x and d are not agenda keys.
	ppress(m, "1", "x")
	if got := openStore(t, dir).Agenda(); len(got) != 1 {
		t.Fatalf("x in the areas changed the agenda: %v", got)
	}
}

func TestAgendaKeepsOrphans(t *testing.T) {
	opts, dir := personalOptions(t, seed{
		notes:  map[string]string{"GONE-1": "Words on an item that was renamed.", "OLD-2": "Another kept note."},
		agenda: []string{"SEMI-1", "GONE-1"},
	})
	m := newSized(t, opts, 120, 40)
	ppress(m, agendaKey(), "j")
	sel, _ := m.page().nav.Selected()
	if sel.ID != "GONE-1" {
		t.Fatalf("the orphan should be listed in its place, cursor on %q", sel.ID)
	}
	f := frame(m)
	for _, want := range []string{"2. GONE-1", "not in the briefing: kept", "OLD-2", "other notes and flags (1)"} {
		if !strings.Contains(f, want) {
			t.Errorf("the Agenda view should show %q:\n%s", want, f)
		}
	}
	if e := m.detail.Entry(); e == nil || e.Base().ID != "GONE-1" {
		t.Fatal("the orphan should have a detail with its note")
	}
	if !slices.Contains(openStore(t, dir).Agenda(), "GONE-1") {
		t.Fatal("the orphan should still be in the file")
	}
}

func TestExportWritesAFile(t *testing.T) {
	opts, _ := personalOptions(t, seed{
		notes:  map[string]string{"SEMI-1": "Raise the quokka timetable."},
		agenda: []string{"SEMI-1", "HPCQ-4", "GONE-1"},
	})
	m := newSized(t, opts, 120, 40)
	ppress(m, agendaKey(), "X")
	files, _ := filepath.Glob(filepath.Join(opts.ExportDir, "*.html"))
	if len(files) != 1 || filepath.Base(files[0]) != "briefing-agenda-2026-11-23.html" {
		t.Fatalf("export wrote %v", files)
	}
	data, _ := os.ReadFile(files[0])
	for _, want := range []string{"SEMI-1", "HPCQ-4", "quokka timetable"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the export should hold %q", want)
		}
	}
	if !strings.Contains(m.personal.info, files[0]) || !strings.Contains(m.personal.info, "1 id(s) not in the briefing") {
		t.Fatalf("the status should say where the file is and what was left out: %q", m.personal.info)
	}
	// Elsewhere: the current item, never over the earlier file.
	send(m, OpenMsg{ID: "SEMI"})
	ppress(m, "ctrl+e", "ctrl+e")
	files, _ = filepath.Glob(filepath.Join(opts.ExportDir, "briefing-SEMI-*.html"))
	if len(files) != 2 {
		t.Fatalf("two exports of SEMI should make two files: %v", files)
	}
	data, _ = os.ReadFile(files[0])
	if !strings.Contains(string(data), "SEMI-1") {
		t.Error("an area's export holds its joint actions")
	}
}

func TestExportFallsBackToTheDataDirectory(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	blocked := filepath.Join(t.TempDir(), "file")
	must(t, os.WriteFile(blocked, nil, 0o600))
	opts.ExportDir = blocked // not a directory
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "X")
	if !strings.HasPrefix(m.personal.info, "exported SEMI-1") || !strings.Contains(m.personal.info, dir) {
		t.Fatalf("the export should go to the data directory and say so: info %q, err %q", m.personal.info, m.err)
	}
}

// clipboardText runs a command tree and returns what it asks the terminal
// to put on the clipboard.
func clipboardText(cmd tea.Cmd) (string, bool) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		if b, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, b...)
			continue
		}
		if strings.HasSuffix(fmt.Sprintf("%T", msg), "setClipboardMsg") {
			return fmt.Sprint(msg), true
		}
	}
	return "", false
}

func TestCopyEmitsAClipboardCommand(t *testing.T) {
	m := openOn(t, testOptions(t), "SEMI-1")
	_, cmd := m.Update(pkey("y"))
	text, ok := clipboardText(cmd)
	if !ok {
		t.Fatal("y should set the clipboard")
	}
	for _, want := range []string{"SEMI-1 — ", "Sources:", "https://"} {
		if !strings.Contains(text, want) {
			t.Errorf("the citation should hold %q:\n%s", want, text)
		}
	}
	if !strings.Contains(m.personal.info, "copied SEMI-1") {
		t.Fatalf("the status should confirm the copy: %q", m.personal.info)
	}
	if !strings.Contains(frame(m), "copied SEMI-1") {
		t.Fatal("the confirmation should be drawn in the status bar")
	}
}

func TestEditorSavesAndShowsTheNote(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	if m.personal.editor == nil {
		t.Fatal("e should open the editor")
	}
	writeText(m, "Raise the *timetable*.\nThey said March. q?")
	if m.personal.editor == nil {
		t.Fatal("q and ? are text in the editor")
	}
	ppress(m, "ctrl+s")
	if m.personal.editor != nil {
		t.Fatal("a saved note closes the editor")
	}
	if got := openStore(t, dir).Note("SEMI-1"); got != "Raise the *timetable*.\nThey said March. q?" {
		t.Fatalf("note in the file: %q", got)
	}
	// The note is rendered under the item, marked as the user's.
	press(m, "G")
	if f := frame(m); !strings.Contains(f, "Your note") || !strings.Contains(f, "They said March") {
		t.Fatalf("the detail should end with the note:\n%s", f)
	}
	if !strings.Contains(frame(m), "SEMI-1 ✎") {
		t.Fatal("the detail's title should carry ✎")
	}
}

func TestEditorKeepsTheTextWhenTheSaveFails(t *testing.T) {
	opts, _ := personalOptions(t, seed{})
	dir := filepath.Join(t.TempDir(), "data")
	opts.Personal = openStore(t, dir) // not created yet
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	writeText(m, "words that must not be lost")
	must(t, os.WriteFile(dir, []byte("a file where the directory should be"), 0o600))
	ppress(m, "ctrl+s")
	ed := m.personal.editor
	if ed == nil || ed.area.Value() != "words that must not be lost" || !strings.Contains(ed.err, "not saved") {
		t.Fatalf("a failed save must keep the editor open with the text and say why: %+v", ed)
	}
	if !strings.Contains(frame(m), "not saved") {
		t.Fatal("the failure should be drawn")
	}
	must(t, os.Remove(dir))
	ppress(m, "ctrl+s")
	if m.personal.editor != nil || openStore(t, dir).Note("SEMI-1") != "words that must not be lost" {
		t.Fatal("the second try should save")
	}
}

func TestEditorAsksBeforeClosing(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "old"}})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e", "esc")
	if m.personal.editor != nil {
		t.Fatal("esc on an unchanged note closes at once")
	}
	ppress(m, "e")
	writeText(m, " and new")
	ppress(m, "ctrl+c") // does not quit, asks
	if m.personal.editor == nil || !m.personal.editor.confirm {
		t.Fatal("ctrl+c with changes should ask, not quit")
	}
	ppress(m, "esc") // back to the text
	if m.personal.editor.confirm {
		t.Fatal("esc at the question goes back to the text")
	}
	ppress(m, "esc", "y")
	if got := openStore(t, dir).Note("SEMI-1"); got != "old and new" {
		t.Fatalf("y at the question saves: %q", got)
	}
	ppress(m, "e")
	writeText(m, "!!")
	ppress(m, "esc", "n")
	if m.personal.editor != nil || openStore(t, dir).Note("SEMI-1") != "old and new" {
		t.Fatal("n at the question throws the changes away")
	}
}

func TestPasteGoesToTheEditor(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	ppress(m, "e")
	send(m, tea.PasteMsg{Content: "pasted\nlines"})
	ppress(m, "ctrl+s")
	if got := openStore(t, dir).Note("SEMI-1"); got != "pasted\nlines" {
		t.Fatalf("pasted note: %q", got)
	}
}

func TestExternalEditorSavesAndRereads(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "first"}})
	script := filepath.Join(t.TempDir(), "editor.sh")
	must(t, os.WriteFile(script, []byte("#!/bin/sh\nprintf '\\nadded in the editor\\n' >> \"$1\"\n"), 0o700))
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", script)
	m := openOn(t, opts, "SEMI-1")
	// Meanwhile another copy of the program flags an item.
	must(t, openStore(t, dir).Flag("DPC-3"))

	c, msg, err := m.prepareExternalEdit("SEMI-1")
	if err != nil {
		t.Fatal(err)
	}
	must(t, c.Run())
	send(m, msg)
	if got := openStore(t, dir).Note("SEMI-1"); got != "first\nadded in the editor" {
		t.Fatalf("note after the editor: %q", got)
	}
	if _, err := os.Stat(msg.path); !errors.Is(err, os.ErrNotExist) {
		t.Error("the temporary file should be removed once the note is saved")
	}
	if !m.personal.mark("DPC-3").Flag {
		t.Error("after the edit the store is read again: the other copy's flag shows")
	}

	t.Setenv("EDITOR", "")
	ppress(m, "E")
	if !strings.Contains(m.err, "$EDITOR is not set") {
		t.Fatalf("without $EDITOR the status should say so: %q", m.err)
	}
}

func TestExternalEditorFailureKeepsTheText(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	msg := editedExternally(t, m, "SEMI-1", "typed in the editor")
	opts.Personal = nil
	must(t, os.RemoveAll(dir))
	must(t, os.WriteFile(dir, nil, 0o600)) // the data directory is gone: saving fails
	send(m, msg)
	if !strings.Contains(m.err, msg.path) {
		t.Fatalf("the error should say where the text is: %q", m.err)
	}
	if data, _ := os.ReadFile(msg.path); string(data) != "typed in the editor" {
		t.Fatal("the temporary file must be kept when the save fails")
	}
	os.Remove(msg.path)
}

func TestReadOnlyNotesAreShownNotSaved(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	must(t, s.SetNote("SEMI-1", "readable"))
	must(t, os.Remove(filepath.Join(dir, "notes.lock")))
	must(t, os.Mkdir(filepath.Join(dir, "notes.lock"), 0o700)) // the lock cannot be taken
	ro, err := personal.Open(dir)
	opts := testOptions(t)
	opts.Personal, opts.PersonalErr = ro, err
	m := newSized(t, opts, 120, 40)
	if !strings.Contains(m.err, "read-only") {
		t.Fatalf("the start should say the notes are read-only: %q", m.err)
	}
	send(m, OpenMsg{ID: "SEMI-1"})
	ppress(m, "*")
	if !strings.Contains(m.err, "read-only") || ro.Flagged("SEMI-1") {
		t.Fatalf("a change should be refused with the reason: %q", m.err)
	}
	ppress(m, "e")
	if m.personal.editor != nil {
		t.Fatal("the editor should not open on read-only notes")
	}
	if !m.personal.mark("SEMI-1").Note {
		t.Fatal("the notes should still be shown")
	}
}

func TestCorruptFileIsAWarning(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("\xff\xfe"), 0o600))
	s, err := personal.Open(dir)
	opts := testOptions(t)
	opts.Personal, opts.PersonalErr = s, err
	m := newSized(t, opts, 120, 40)
	if !strings.Contains(frame(m), "warning:") || !strings.Contains(m.err, ".kept-") {
		t.Fatalf("the status bar should warn and say where the file was kept: %q", m.err)
	}
	send(m, OpenMsg{ID: "SEMI-1"})
	ppress(m, "*")
	if !openStore(t, dir).Flagged("SEMI-1") {
		t.Fatal("after the warning, notes work")
	}
}

func TestNoStoreTurnsNotesOff(t *testing.T) {
	m := openOn(t, testOptions(t), "SEMI-1")
	ppress(m, "*")
	if !strings.Contains(m.err, "notes are off") {
		t.Fatalf("without a store the keys should say notes are off: %q", m.err)
	}
	ppress(m, agendaKey())
	checkFrame(t, frame(m), 120, 40)
}

func TestHelpListsThePersonalKeys(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	ppress(m, agendaKey(), "?")
	f := frame(m)
	for _, want := range []string{"flag ★", "edit your note", "$EDITOR", "add to the agenda", "take off the agenda", "move up the agenda", "export to HTML", "copy as a citation"} {
		if !strings.Contains(f, want) {
			t.Errorf("the help should list %q:\n%s", want, f)
		}
	}
}

func TestSearchFindsNotesAndLabelsThem(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "Ask about the zanzibarish timetable."}})
	m := newSized(t, opts, 120, 40)
	press(m, "/")
	writeText(m, "zanzibarish")
	if f := frame(m); !strings.Contains(f, "SEMI-1") || !strings.Contains(f, "your note") {
		t.Fatalf("a note's word should find its item, labelled as the user's note:\n%s", f)
	}
	press(m, "esc")

	// A note written now is found at once: the index is built again.
	send(m, OpenMsg{ID: "HPCQ-4"})
	ppress(m, "e")
	writeText(m, "quokkafied roadmap")
	ppress(m, "ctrl+s")
	press(m, "/")
	writeText(m, "quokkafied")
	if f := frame(m); !strings.Contains(f, "HPCQ-4") || !strings.Contains(f, "your note") {
		t.Fatalf("a new note should be searchable:\n%s", f)
	}
}
