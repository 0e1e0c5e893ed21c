package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// agendaSeed is the fixed data directory of the Agenda goldens: an agenda
// with an action, an area, a Council, a term and an id the briefing does not
// have, notes in English, Korean and Romanian, flags on and off the agenda.
var agendaSeed = seed{
	notes: map[string]string{
		"SEMI-1":   "Raise the timetable: they said March.\nCheck the second forum's minutes.",
		"AI-1":     "인공지능 기본법: ask about the enforcement decree.",
		"DPC-3":    "Follow-up on outcome 3.2; ask who chairs next.",
		"GONE-1":   "A note on an item that was renamed: kept.",
		"GL-ENISA": "Cybersecurity agency: relevant for CYBER-2; în română: știri.",
	},
	flags:  []string{"SEMI-1", "HPCQ-4", "RES"},
	agenda: []string{"SEMI-1", "AI", "DPC-3", "GL-ENISA", "GONE-1"},
}

// TestGoldenAgenda draws the Agenda view with a fixed data directory at
// one, two and three panes.
func TestGoldenAgenda(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {100, 30}, {160, 45}} {
		name := fmt.Sprintf("agenda-%dx%d", sz[0], sz[1])
		t.Run(name, func(t *testing.T) {
			opts, _ := personalOptions(t, agendaSeed)
			m := newSized(t, opts, sz[0], sz[1])
			ppress(m, agendaKey())
			got := frame(m)
			checkFrame(t, got, sz[0], sz[1])
			golden(t, name, got)
		})
	}
}

// TestGoldenNoteEditor draws the editor open on a note.
func TestGoldenNoteEditor(t *testing.T) {
	opts, _ := personalOptions(t, agendaSeed)
	m := newSized(t, opts, 100, 30)
	send(m, OpenMsg{ID: "SEMI-1"})
	ppress(m, "e")
	writeText(m, "\nThird line typed here.")
	got := frame(m)
	checkFrame(t, got, 100, 30)
	golden(t, "note-editor-100x30", got)
}

// TestPersonalEverySizeFits draws the Agenda view and the editor at sizes
// from 1x1 to 400x120.
func TestPersonalEverySizeFits(t *testing.T) {
	opts, _ := personalOptions(t, agendaSeed)
	m := newSized(t, opts, 80, 24)
	ppress(m, agendaKey())
	check := func() {
		for w := 1; w <= 400; w += 23 {
			for h := 1; h <= 120; h += 19 {
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				checkFrame(t, frame(m), w, h)
			}
		}
	}
	check()
	ppress(m, "e")
	if m.personal.editor == nil {
		t.Fatal("the editor should open in the Agenda view")
	}
	check()
}

// TestFlowAgendaExportQuitReopen is the promise: five commitments
// on the agenda with notes, exported as one file, the program quit and
// started again, and every word found.
func TestFlowAgendaExportQuitReopen(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	notes := map[string]string{
		"SEMI-1":  "Raise the timetable; they said March.",
		"HPCQ-4":  "Quantum roadmap: ask for the joint call dates.",
		"AI-1":    "Enforcement decree of the AI framework act.",
		"DATA-1":  "Adequacy review: the second report is due.",
		"CYBER-1": "Cyber dialogue: who leads from the ministry?",
	}
	order := []string{"SEMI-1", "HPCQ-4", "AI-1", "DATA-1", "CYBER-1"}
	f := startFlow(t, opts, 120, 40)
	for i, id := range order {
		f.Send(OpenMsg{ID: id})
		f.wait(id, func(s flowState) bool { return s.detail == id })
		f.keys("e")
		f.wait("the editor on "+id, func(s flowState) bool { return s.editor == id })
		f.Type(notes[id])
		f.keys("ctrl+s")
		f.wait("the note on "+id+" saved", func(s flowState) bool {
			return s.editor == "" && s.info == "saved your note on "+id
		})
		f.keys("a")
		f.wait(id+" on the agenda", func(s flowState) bool { return s.agenda == i+1 })
	}
	f.keys(agendaKey())
	f.wait("the agenda", func(s flowState) bool { return s.view == ViewAgenda })
	f.keys("X")
	f.wait("the export", func(s flowState) bool { return strings.HasPrefix(s.info, "exported the agenda") })
	f.keys("q")
	f.WaitFinished(t, teatest.WithFinalTimeout(flowDeadline))

	// The file and the export hold every word.
	store, err := personal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(store.Agenda(), " "); got != strings.Join(order, " ") {
		t.Fatalf("agenda after reopening: %s", got)
	}
	files, _ := filepath.Glob(filepath.Join(opts.ExportDir, "*.html"))
	if len(files) != 1 {
		t.Fatalf("exports: %v", files)
	}
	html, _ := os.ReadFile(files[0])
	for _, id := range order {
		if store.Note(id) != notes[id] {
			t.Errorf("%s: note %q, want %q", id, store.Note(id), notes[id])
		}
		for _, w := range strings.Fields(notes[id]) {
			if !strings.Contains(string(html), htmlEscape(w)) {
				t.Errorf("the export lacks %q", w)
			}
		}
	}

	// Started again on the same directory: the Agenda view lists them all.
	again := opts
	again.Personal = store
	m := newSized(t, again, 160, 45)
	ppress(m, agendaKey())
	screen := frame(m)
	for i, id := range order {
		if !strings.Contains(screen, fmt.Sprintf("%d. %s", i+1, id)) {
			t.Errorf("the reopened agenda should list %d. %s:\n%s", i+1, id, screen)
		}
	}
}

// htmlEscape is what html/template does to the few characters the notes
// above hold.
func htmlEscape(s string) string {
	return strings.NewReplacer("'", "&#39;", "&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}
