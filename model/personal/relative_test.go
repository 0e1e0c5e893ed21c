package personal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestToggleFlagFlipsOnAFreshRead(t *testing.T) {
	dir := t.TempDir()
	a, b := open(t, dir), open(t, dir)
	if on, err := a.ToggleFlag("SEMI-1"); err != nil || !on {
		t.Fatalf("first toggle: %v %v", on, err)
	}
	// b has not seen a's flag; its toggle still works on the file.
	if on, err := b.ToggleFlag("semi-1"); err != nil || on {
		t.Fatalf("second toggle from another store: %v %v", on, err)
	}
	if open(t, dir).Flagged("SEMI-1") {
		t.Fatal("two toggles should leave no flag")
	}
}

func TestAgendaShiftStopsAtTheEnds(t *testing.T) {
	s := open(t, t.TempDir())
	for _, id := range []string{"A-1", "B-1", "C-1"} {
		must(t, s.AgendaAdd(id))
	}
	steps := []struct {
		id    string
		delta int
		pos   int
		want  []string
	}{
		{"C-1", -1, 2, []string{"A-1", "C-1", "B-1"}},
		{"C-1", -1, 1, []string{"C-1", "A-1", "B-1"}},
		{"C-1", -1, 1, []string{"C-1", "A-1", "B-1"}},
		{"c-1", 5, 3, []string{"A-1", "B-1", "C-1"}},
	}
	for _, st := range steps {
		pos, err := s.AgendaShift(st.id, st.delta)
		if err != nil || pos != st.pos || !slices.Equal(s.Agenda(), st.want) {
			t.Fatalf("shift %s by %d: pos %d err %v agenda %v, want %d %v", st.id, st.delta, pos, err, s.Agenda(), st.pos, st.want)
		}
	}
	if _, err := s.AgendaShift("Z-9", 1); err == nil {
		t.Fatal("shifting an id not on the agenda should fail")
	}
}

// A directory whose lock cannot be taken (here the lock's name is taken by
// a directory: tests may run as root, who ignores permissions) is read-only:
// the notes are read and shown, no change is saved, the file is untouched.
func TestUnwritableDirectoryIsReadOnly(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "kept", ""))
	must(t, os.Remove(filepath.Join(dir, lockName)))
	must(t, os.Mkdir(filepath.Join(dir, lockName), 0o700))
	before, _ := os.ReadFile(s.Path())

	r, err := Open(dir)
	var ro *ReadOnlyError
	if !errors.As(err, &ro) {
		t.Fatalf("Open: %v, want a *ReadOnlyError", err)
	}
	if r.Note("SEMI-1") != "kept" {
		t.Fatalf("the notes should still be read, got %q", r.Note("SEMI-1"))
	}
	if err := r.SetNote("SEMI-1", "changed", ""); err == nil {
		t.Fatal("a save should fail")
	}
	after, _ := os.ReadFile(s.Path())
	if string(before) != string(after) {
		t.Fatal("the file changed")
	}
}

// A data directory under a regular file can be neither read nor written.
func TestDataDirUnderAFileIsReadOnlyAndEmpty(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	must(t, os.WriteFile(file, []byte("x"), 0o600))
	s, err := Open(filepath.Join(file, "briefing"))
	var ro *ReadOnlyError
	if !errors.As(err, &ro) {
		t.Fatalf("Open: %v, want a *ReadOnlyError", err)
	}
	if len(s.Items()) != 0 || s.Note("X-1") != "" {
		t.Fatal("the store should be empty and usable")
	}
}

// A file that does not parse, in a directory that cannot be written, is
// reported and left exactly where it is.
func TestCorruptFileInReadOnlyDirectoryIsLeftAlone(t *testing.T) {
	dir := t.TempDir()
	bad := []byte("# Agenda\n\n\xff\xfe not text\n")
	must(t, os.WriteFile(filepath.Join(dir, FileName), bad, 0o600))
	must(t, os.Mkdir(filepath.Join(dir, lockName), 0o700))
	s, err := Open(dir)
	var ro *ReadOnlyError
	if !errors.As(err, &ro) {
		t.Fatalf("Open: %v, want a *ReadOnlyError", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, FileName)); string(got) != string(bad) {
		t.Fatal("the file was changed or moved")
	}
	if len(s.Items()) != 0 {
		t.Fatal("the store should be empty")
	}
}
