package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/uitest"
)

func TestFlagToggleWritesThroughTheStore(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	press(m, "*")
	if !openStore(t, dir).Flagged("SEMI-1") {
		t.Fatal("* should flag SEMI-1 in the file")
	}
	if s := stateOf(m); !strings.Contains(s.Info, "flagged SEMI-1") || s.Focus != "SEMI-1 ★" {
		t.Fatalf("the flag should show as ★ and be confirmed: %+v", s)
	}
	press(m, "m")
	if openStore(t, dir).Flagged("SEMI-1") || stateOf(m).Focus != "SEMI-1" {
		t.Fatal("m should take the flag off again")
	}
}

func TestMarksShowInEveryList(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI": "area note", "GL-ENISA": "term note"}, flags: []string{"SEMI-1", "DPC-3"}})
	m := newSized(t, opts, 160, 45)
	press(m, "j", "enter") // SEMI's actions
	f := screen(m)
	for _, want := range []string{"✎ SEMI", "★  SEMI-1"} {
		if !strings.Contains(f, want) {
			t.Errorf("areas and actions should show %q:\n%s", want, f)
		}
	}
	showView(m, "Timeline")
	if f := screen(m); !strings.Contains(f, "★ ") {
		t.Errorf("the timeline should mark DPC-3:\n%s", f)
	}
	// A list with no marked row keeps its full width: no column.
	showView(m, "Sources")
	if f := screen(m); strings.Contains(f, "  ★") || strings.Contains(f, "│   S") {
		t.Errorf("sources have no marks and no marks column:\n%s", f)
	}
}

func TestAgendaAddRemoveAndReorder(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := newSized(t, opts, 120, 40)
	for i, id := range []string{"SEMI-1", "HPCQ-4", "DPC-3"} {
		open(m, id)
		press(m, "a")
		if i == 0 && !strings.HasSuffix(stateOf(m).Info, ": 1 item (the Agenda view lists them)") {
			t.Errorf("the first add says %q", stateOf(m).Info)
		}
	}
	press(m, "a") // DPC-3 again: stays once
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "HPCQ-4", "DPC-3"}) {
		t.Fatalf("agenda %v", got)
	}
	if s := stateOf(m); !strings.Contains(s.Info, "already") {
		t.Fatalf("adding twice should say so: %+v", s)
	}
	showView(m, "Agenda")
	if s := stateOf(m); s.Current != "SEMI-1" {
		t.Fatalf("the Agenda view should open on the first item: %+v", s)
	}
	press(m, "J", "J") // SEMI-1 to the end
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"HPCQ-4", "DPC-3", "SEMI-1"}) {
		t.Fatalf("after J J: %v", got)
	}
	if s := stateOf(m); s.Current != "SEMI-1" {
		t.Fatalf("the cursor should follow the moved item: %+v", s)
	}
	press(m, "shift+up", "K") // and back to the top
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "HPCQ-4", "DPC-3"}) {
		t.Fatalf("after shift+up K: %v", got)
	}
	press(m, "x")
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"HPCQ-4", "DPC-3"}) {
		t.Fatalf("after x: %v", got)
	}
	if s := stateOf(m); s.Current != "HPCQ-4" {
		t.Fatalf("after removing, the cursor goes to the next item: %+v", s)
	}
	// m8: u puts it back where it was; d, which scrolls the document, is
	// never a key that takes an item off.
	press(m, "u")
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "HPCQ-4", "DPC-3"}) {
		t.Fatalf("after u: %v", got)
	}
	if s := stateOf(m); s.Current != "SEMI-1" || !strings.Contains(s.Info, "back on the agenda at place 1 of 3") {
		t.Fatalf("after u, the item put back is selected: %+v", s)
	}
	press(m, "d")
	if got := openStore(t, dir).Agenda(); len(got) != 3 {
		t.Fatalf("d took an item off the agenda: %v", got)
	}
	press(m, "j", "x")
	if got := openStore(t, dir).Agenda(); !slices.Equal(got, []string{"SEMI-1", "DPC-3"}) {
		t.Fatalf("after j x: %v", got)
	}
	// Outside the Agenda view, x is not an agenda key.
	showView(m, "Areas")
	press(m, "x")
	if got := openStore(t, dir).Agenda(); len(got) != 2 {
		t.Fatalf("x in the areas changed the agenda: %v", got)
	}
}

func TestAgendaKeepsOrphans(t *testing.T) {
	opts, dir := personalOptions(t, seed{
		notes:  map[string]string{"GONE-1": "Words on an item that was renamed.", "OLD-2": "Another kept note."},
		agenda: []string{"SEMI-1", "GONE-1"},
	})
	m := newSized(t, opts, 120, 40)
	showView(m, "Agenda")
	press(m, "j")
	if s := stateOf(m); s.Current != "GONE-1" {
		t.Fatalf("the orphan should be listed in its place, with a document: %+v", s)
	}
	f := screen(m)
	for _, want := range []string{"2. GONE-1", "not in the briefing: kept", "OLD-2", "other notes and flags (1)"} {
		if !strings.Contains(f, want) {
			t.Errorf("the Agenda view should show %q:\n%s", want, f)
		}
	}
	if !slices.Contains(openStore(t, dir).Agenda(), "GONE-1") {
		t.Fatal("the orphan should still be in the file")
	}
}

func TestExportWritesAFile(t *testing.T) {
	opts, dir := personalOptions(t, seed{
		notes:  map[string]string{"SEMI-1": "Raise the quokka timetable."},
		agenda: []string{"SEMI-1", "HPCQ-4", "GONE-1"},
	})
	m := newSized(t, opts, 120, 40)
	showView(m, "Agenda")
	press(m, "X", "enter") // the name offered
	files, _ := filepath.Glob(filepath.Join(dir, "exports", "*.html"))
	if len(files) != 1 || filepath.Base(files[0]) != "briefing-agenda-2026-11-23.html" {
		t.Fatalf("export wrote %v", files)
	}
	data, _ := os.ReadFile(files[0])
	for _, want := range []string{"SEMI-1", "HPCQ-4", "quokka timetable"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the export should hold %q", want)
		}
	}
	if s := stateOf(m); !strings.Contains(s.Info, files[0]) || !strings.Contains(s.Info, "; 1 id not in the briefing") {
		t.Fatalf("the status should say where the file is and what was left out: %+v", s)
	}
	// Elsewhere: the current item, never over the earlier file.
	open(m, "SEMI")
	press(m, "ctrl+e", "enter", "ctrl+e", "enter")
	files, _ = filepath.Glob(filepath.Join(dir, "exports", "briefing-SEMI-*.html"))
	if len(files) != 2 {
		t.Fatalf("two exports of SEMI should make two files: %v", files)
	}
	data, _ = os.ReadFile(files[0])
	if !strings.Contains(string(data), "SEMI-1") {
		t.Error("an area's export holds its joint actions")
	}
}

// X asks for the file's name in the status bar, offering one; Esc writes
// nothing.
func TestExportAsksForAName(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	press(m, "X")
	if bar := screen(m); !strings.Contains(bar, "export as: briefing-SEMI-1-2026-11-23") {
		t.Fatalf("the status bar should offer a name:\n%s", bar)
	}
	press(m, "esc")
	if files, _ := filepath.Glob(filepath.Join(dir, "exports", "*")); len(files) != 0 || stateOf(m).Mode != browsing {
		t.Fatalf("esc should write nothing and close the line: %v", files)
	}
	press(m, "X", "ctrl+u")
	typeText(m, "council/prep")
	press(m, "enter")
	if _, err := os.Stat(filepath.Join(dir, "exports", "council_prep.html")); err != nil {
		t.Fatalf("the name typed should be the file's, made safe: %v (%+v)", err, stateOf(m))
	}
}

// Exports go to the data directory's exports/, wherever the browser was
// started.
func TestExportGoesToTheDataDirectory(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	press(m, "X", "enter")
	files, _ := filepath.Glob(filepath.Join(dir, "exports", "briefing-SEMI-1-*.html"))
	if s := stateOf(m); len(files) != 1 || !strings.Contains(s.Info, files[0]) {
		t.Fatalf("the export should be in %s/exports and the status should say so: %v %+v", dir, files, s)
	}
}

// clipboardText runs a command tree and returns what it asks the terminal
// to put on the clipboard.
func clipboardText(cmd tea.Cmd) (string, bool) {
	for _, msg := range uitest.Run(cmd, func(tea.Msg) (tea.Cmd, bool) { return nil, false }) {
		if strings.HasSuffix(fmt.Sprintf("%T", msg), "setClipboardMsg") {
			return fmt.Sprint(msg), true
		}
	}
	return "", false
}

func TestCopyEmitsAClipboardCommand(t *testing.T) {
	m := openOn(t, testOptions(t), "SEMI-1")
	_, cmd := m.Update(keyMsg("y"))
	text, ok := clipboardText(cmd)
	if !ok {
		t.Fatal("y should set the clipboard")
	}
	for _, want := range []string{"SEMI-1 — ", "Sources:", "https://"} {
		if !strings.Contains(text, want) {
			t.Errorf("the citation should hold %q:\n%s", want, text)
		}
	}
	if !strings.Contains(screen(m), "copied SEMI-1") {
		t.Fatal("the confirmation should be drawn in the status bar")
	}
}

func TestEditorSavesAndShowsTheNote(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	if s := stateOf(m); s.Editor != "SEMI-1" || s.Mode != editing {
		t.Fatalf("e should open the editor: %+v", s)
	}
	typeText(m, "Raise the *timetable*.\nThey said March. q?")
	if stateOf(m).Editor != "SEMI-1" {
		t.Fatal("q and ? are text in the editor")
	}
	press(m, "ctrl+s")
	if s := stateOf(m); s.Editor != "" || s.Mode != browsing || s.Info != "saved your note on SEMI-1" {
		t.Fatalf("a saved note closes the editor: %+v", s)
	}
	if got := openStore(t, dir).Note("SEMI-1"); got != "Raise the *timetable*.\nThey said March. q?" {
		t.Fatalf("note in the file: %q", got)
	}
	// The note is rendered under the item, marked as the user's.
	press(m, "G")
	if f := screen(m); !strings.Contains(f, "Your note") || !strings.Contains(f, "They said March") {
		t.Fatalf("the document should end with the note:\n%s", f)
	}
	if stateOf(m).Focus != "SEMI-1 ✎" {
		t.Fatal("the document's title should carry ✎")
	}
}

func TestEditorKeepsTheTextWhenTheSaveFails(t *testing.T) {
	opts, _ := personalOptions(t, seed{})
	dir := filepath.Join(t.TempDir(), "data")
	opts.Personal = openStore(t, dir) // not created yet
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	typeText(m, "words that must not be lost")
	must(t, os.WriteFile(dir, []byte("a file where the directory should be"), 0o600))
	press(m, "ctrl+s")
	if s := stateOf(m); s.Editor != "SEMI-1" || m.kb.editor.Value() != "words that must not be lost" || !strings.Contains(screen(m), "not saved") {
		t.Fatalf("a failed save must keep the editor open with the text and say why: %+v", s)
	}
	must(t, os.Remove(dir))
	press(m, "ctrl+s")
	if stateOf(m).Editor != "" || openStore(t, dir).Note("SEMI-1") != "words that must not be lost" {
		t.Fatal("the second try should save")
	}
}

func TestEditorAsksBeforeClosing(t *testing.T) {
	opts, dir := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "old"}})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e", "esc")
	if stateOf(m).Mode != browsing {
		t.Fatal("esc on an unchanged note closes at once")
	}
	press(m, "e")
	typeText(m, " and new")
	press(m, "ctrl+c") // does not quit, asks
	if s := stateOf(m); s.Mode != confirming || !strings.Contains(screen(m), "save your changes?") {
		t.Fatalf("ctrl+c with changes should ask, not quit: %+v", s)
	}
	press(m, "esc") // back to the text
	if s := stateOf(m); s.Mode != editing {
		t.Fatalf("esc at the question goes back to the text: %+v", s)
	}
	press(m, "esc", "y")
	if got := openStore(t, dir).Note("SEMI-1"); got != "old and new" || stateOf(m).Mode != browsing {
		t.Fatalf("y at the question saves: %q", got)
	}
	press(m, "e")
	typeText(m, "!!")
	press(m, "esc", "n")
	if s := stateOf(m); s.Mode != browsing || openStore(t, dir).Note("SEMI-1") != "old and new" || !strings.Contains(s.Info, "thrown away") {
		t.Fatalf("n at the question throws the changes away: %+v", s)
	}
}

func TestPasteGoesToTheEditor(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	m := openOn(t, opts, "SEMI-1")
	press(m, "e")
	send(m, tea.PasteMsg{Content: "pasted\nlines"})
	press(m, "ctrl+s")
	if got := openStore(t, dir).Note("SEMI-1"); got != "pasted\nlines" {
		t.Fatalf("pasted note: %q", got)
	}
}

func TestNoEditorSaysSo(t *testing.T) {
	opts, _ := personalOptions(t, seed{})
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "")
	m := openOn(t, opts, "SEMI-1")
	press(m, "E")
	if s := stateOf(m); !strings.Contains(s.Err, "$EDITOR is not set") || !strings.Contains(s.Err, "press e") {
		t.Fatalf("without $EDITOR the status should say so: %+v", s)
	}
}

func TestReadOnlyNotesAreShownNotSaved(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	must(t, s.SetNote("SEMI-1", "readable", ""))
	must(t, os.Remove(filepath.Join(dir, "notes.lock")))
	must(t, os.Mkdir(filepath.Join(dir, "notes.lock"), 0o700)) // the lock cannot be taken
	ro, err := personal.Open(dir)
	opts := testOptions(t)
	opts.Personal, opts.PersonalErr = ro, err
	m := newSized(t, opts, 120, 40)
	if st := stateOf(m); !strings.Contains(st.Err, "read-only") {
		t.Fatalf("the start should say the notes are read-only: %+v", st)
	}
	open(m, "SEMI-1")
	press(m, "*")
	if st := stateOf(m); !strings.Contains(st.Err, "read-only") || ro.Flagged("SEMI-1") {
		t.Fatalf("a change should be refused with the reason: %+v", st)
	}
	press(m, "e")
	if st := stateOf(m); st.Mode != browsing || st.Focus != "SEMI-1 ✎" {
		t.Fatalf("the editor should not open on read-only notes, which still show: %+v", st)
	}
}

func TestCorruptFileIsAWarning(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("\xff\xfe"), 0o600))
	s, err := personal.Open(dir)
	opts := testOptions(t)
	opts.Personal, opts.PersonalErr = s, err
	m := newSized(t, opts, 120, 40)
	if st := stateOf(m); !strings.Contains(screen(m), "warning:") || !strings.Contains(st.Err, ".kept-") {
		t.Fatalf("the status bar should warn and say where the file was kept: %+v", st)
	}
	open(m, "SEMI-1")
	press(m, "*")
	if !openStore(t, dir).Flagged("SEMI-1") {
		t.Fatal("after the warning, notes work")
	}
}

func TestNoStoreTurnsNotesOff(t *testing.T) {
	m := openOn(t, testOptions(t), "SEMI-1")
	press(m, "*")
	if s := stateOf(m); !strings.Contains(s.Err, "notes are off") {
		t.Fatalf("without a store the keys should say notes are off: %+v", s)
	}
	showView(m, "Agenda")
	checkFrame(t, screen(m), 120, 40)
}

func TestHelpListsWhatWorksInTheView(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	press(m, "?")
	f := screen(m)
	for _, want := range []string{"flag ★", "edit your note", "$EDITOR", "add to the agenda", "export to HTML", "copy as a citation"} {
		if !strings.Contains(f, want) {
			t.Errorf("the help should list %q:\n%s", want, f)
		}
	}
	for _, not := range []string{"take off the agenda", "filter by status", "filter by area"} {
		if strings.Contains(f, not) {
			t.Errorf("the help in the areas should not list %q, a key of another view", not)
		}
	}
	press(m, "?")
	showView(m, "Agenda")
	press(m, "?")
	if f := screen(m); !strings.Contains(f, "take off the agenda") || !strings.Contains(f, "move up the agenda") {
		t.Errorf("the help in the Agenda view lists its keys:\n%s", f)
	}
	press(m, "esc")
	showView(m, "Tracker")
	press(m, "?")
	if f := screen(m); !strings.Contains(f, "filter by status") || strings.Contains(f, "take off the agenda") {
		t.Errorf("the help in the tracker lists its keys:\n%s", f)
	}
}

func TestSearchFindsNotesAndLabelsThem(t *testing.T) {
	opts, _ := personalOptions(t, seed{notes: map[string]string{"SEMI-1": "Ask about the zanzibarish timetable."}})
	m := newSized(t, opts, 120, 40)
	press(m, "/")
	typeText(m, "zanzibarish")
	if f := screen(m); !strings.Contains(f, "SEMI-1") || !strings.Contains(f, "your note") {
		t.Fatalf("a note's word should find its item, labelled as the user's note:\n%s", f)
	}
	press(m, "esc")

	// A note written now is found at once: the index is built again.
	open(m, "HPCQ-4")
	press(m, "e")
	typeText(m, "quokkafied roadmap")
	press(m, "ctrl+s")
	press(m, "/")
	typeText(m, "quokkafied")
	if f := screen(m); !strings.Contains(f, "HPCQ-4") || !strings.Contains(f, "your note") {
		t.Fatalf("a new note should be searchable:\n%s", f)
	}
}

// m7: the running browser shows what was changed elsewhere (briefing
// agenda add in another shell) when it looks at the notes file, as it
// does on getting the focus, and the note being typed stays as typed.
func TestSeesChangesMadeElsewhere(t *testing.T) {
	opts, dir := personalOptions(t, seed{agenda: []string{"SEMI-1"}})
	m := newSized(t, opts, 120, 40)
	showView(m, "Agenda")
	open(m, "HPCQ-4")
	press(m, "e")
	typeText(m, "half a thought")
	must(t, openStore(t, dir).AgendaAdd("SEMI-3"))
	send(m, tea.FocusMsg{})
	if s := stateOf(m); !slices.Equal(s.Agenda, []string{"SEMI-1", "SEMI-3"}) || s.Editor != "HPCQ-4" {
		t.Fatalf("the agenda added elsewhere shows, the editor stays open: %+v", s)
	}
	press(m, "ctrl+s")
	if got := openStore(t, dir).Note("HPCQ-4"); got != "half a thought" {
		t.Fatalf("the note typed meanwhile is saved whole: %q", got)
	}
	showView(m, "Agenda")
	if f := screen(m); !strings.Contains(f, "agenda (2)") || !strings.Contains(f, "SEMI-3") {
		t.Fatalf("the Agenda view lists the item added elsewhere:\n%s", f)
	}
}
