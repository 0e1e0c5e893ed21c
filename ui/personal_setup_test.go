package ui

import (
	"slices"
	"testing"

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
		must(t, s.SetNote(id, sd.notes[id], ""))
	}
	for _, id := range sd.flags {
		must(t, s.Flag(id))
	}
	for _, id := range sd.agenda {
		must(t, s.AgendaAdd(id))
	}
	opts := testOptions(t)
	opts.Personal = s
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

// openOn starts a program at 120x40 showing one item.
func openOn(t *testing.T, opts Options, id string) *Model {
	t.Helper()
	m := newSized(t, opts, 120, 40)
	open(m, id)
	if got := stateOf(m).Current; got != id {
		t.Fatalf("could not open %s: on %q", id, got)
	}
	return m
}

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
