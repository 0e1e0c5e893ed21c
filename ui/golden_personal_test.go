package ui

import (
	"fmt"
	"testing"
)

// TestGoldenAgenda draws the Agenda view with a fixed data directory at
// one, two and three panes.
func TestGoldenAgenda(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {100, 30}, {160, 45}} {
		name := fmt.Sprintf("agenda-%dx%d", sz[0], sz[1])
		t.Run(name, func(t *testing.T) {
			opts, _ := personalOptions(t, agendaSeed)
			m := newSized(t, opts, sz[0], sz[1])
			showView(m, "Agenda")
			got := screen(m)
			checkFrame(t, got, sz[0], sz[1])
			golden(t, name, got)
		})
	}
}

// TestGoldenNoteEditor draws the editor open on a note.
func TestGoldenNoteEditor(t *testing.T) {
	opts, _ := personalOptions(t, agendaSeed)
	m := newSized(t, opts, 100, 30)
	open(m, "SEMI-1")
	press(m, "e")
	typeText(m, "\nThird line typed here.")
	got := screen(m)
	checkFrame(t, got, 100, 30)
	golden(t, "note-editor-100x30", got)
}
