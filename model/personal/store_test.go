package personal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model/safefile"
	"github.com/eu-rok/briefing/model/safefile/safefiletest"
)

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// awkward is a note that tries every way to confuse the file format.
const awkward = "# Agenda\n## SEMI-1\nflag: yes\n\\## already escaped\n### a real subheading\n\n<!-- a comment -->\n#\n##\n- item\n  indented `code`\n한국어 and Română: ăâîșț"

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "Raise the *timetable*.\n\nThey said March.", ""))
	must(t, s.SetNote("HPCQ-4", awkward, ""))
	must(t, s.Flag("SEMI-1"))
	must(t, s.Flag("RES-2"))
	for _, id := range []string{"SEMI-1", "HPCQ-4", "RES-2", "DPC-3"} {
		must(t, s.AgendaAdd(id))
	}
	must(t, s.AgendaMove("DPC-3", 1))
	must(t, s.AgendaRemove("HPCQ-4"))

	r := open(t, dir)
	if got := r.Note("hpcq-4"); got != awkward {
		t.Errorf("awkward note came back as:\n%q\nwant\n%q", got, awkward)
	}
	if got := r.Note("SEMI-1"); got != "Raise the *timetable*.\n\nThey said March." {
		t.Errorf("SEMI-1 note: %q", got)
	}
	if !r.Flagged("semi-1") || !r.Flagged("RES-2") || r.Flagged("HPCQ-4") {
		t.Errorf("flags: %+v", r.Items())
	}
	if got, want := r.Agenda(), []string{"DPC-3", "SEMI-1", "RES-2"}; !slices.Equal(got, want) {
		t.Errorf("agenda %v, want %v", got, want)
	}
	// Saving what was read changes nothing: the format is stable.
	before, _ := os.ReadFile(r.Path())
	must(t, r.Flag("RES-2"))
	after, _ := os.ReadFile(r.Path())
	if string(before) != string(after) {
		t.Errorf("a no-op save changed the file:\n%s\n---\n%s", before, after)
	}
}

func TestClearingRemovesTheSection(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "x", ""))
	must(t, s.SetNote("SEMI-1", "  \n", ""))
	if len(s.Items()) != 0 {
		t.Errorf("items after clearing: %+v", s.Items())
	}
	data, _ := os.ReadFile(s.Path())
	if strings.Contains(string(data), "## SEMI-1") {
		t.Errorf("file still has the item:\n%s", data)
	}
}

func TestMissingDirectoryIsEmptyAndUntouched(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "not", "yet")
	s := open(t, dir)
	if len(s.Items()) != 0 || len(s.Agenda()) != 0 {
		t.Fatal("not empty")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("reading created the directory")
	}
	must(t, s.SetNote("A-1", "x", ""))
	if info, err := os.Stat(s.Path()); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("notes file: %v %v", info, err)
	}
}

func TestHandWrittenFileReads(t *testing.T) {
	dir := t.TempDir()
	text := "# Agenda\n\n- SEMI-1\n- dpc-3\n\n# Notes\n\n## SEMI-1\nflag: yes\n\nfirst\n\n## semi-1\n\nsecond\n"
	must(t, os.WriteFile(filepath.Join(dir, FileName), []byte(text), 0o600))
	s := open(t, dir)
	if got := s.Note("SEMI-1"); got != "first\n\nsecond" {
		t.Errorf("duplicate sections should both be kept, got %q", got)
	}
	if !slices.Equal(s.Agenda(), []string{"SEMI-1", "dpc-3"}) {
		t.Errorf("agenda %v", s.Agenda())
	}
}

// saveSteps are the file operations of a save, in the order that makes it
// durable: the data is flushed before the file takes the name, and the
// directory after.
var saveSteps = []string{"create", "chmod", "write", "sync", "close", "rename", "syncdir"}

// TestSaveIsDurable records a save's file operations: without either fsync,
// or with the file written in place, the order is not this one.
func TestSaveIsDurable(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "old words", ""))
	var ops []string
	s.ops = safefiletest.Observe(safefile.System{}, func(op, name string) error {
		if op != "lstat" && op != "remove" { // lstat/remove only clean up
			ops = append(ops, op)
		}
		return nil
	})
	must(t, s.SetNote("SEMI-1", "new words", ""))
	if !slices.Equal(ops, saveSteps) {
		t.Errorf("a save did %v, want %v", ops, saveSteps)
	}
}

// TestSaveInterruptedAtEachStep fails each step of a save in turn: the
// file keeps the old note until the rename, and the next save cleans up.
func TestSaveInterruptedAtEachStep(t *testing.T) {
	crash := errors.New("crash")
	for i, step := range saveSteps {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			must(t, s.SetNote("SEMI-1", "old words", ""))
			s.ops = safefiletest.Observe(safefile.System{}, func(op, _ string) error {
				if op == step {
					return crash
				}
				return nil
			})
			err := s.SetNote("SEMI-1", "new words", "")
			want := "old words"
			if i >= slices.Index(saveSteps, "syncdir") {
				want = "new words" // renamed: saved, whatever the directory sync says
				if err != nil {
					t.Errorf("save after the rename returned %v", err)
				}
			} else if !errors.Is(err, crash) {
				t.Fatalf("save returned %v", err)
			}
			r := open(t, dir)
			if got := r.Note("SEMI-1"); got != want {
				t.Errorf("after a failed %s the note is %q, want %q", step, got, want)
			}
			must(t, r.SetNote("SEMI-1", "newer words", ""))
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), tempPrefix) {
					t.Errorf("left over: %s", e.Name())
				}
			}
			if got := open(t, dir).Note("SEMI-1"); got != "newer words" {
				t.Errorf("after recovery: %q", got)
			}
		})
	}
}

func TestTwoStoresKeepEachOthersChanges(t *testing.T) {
	dir := t.TempDir()
	a, b := open(t, dir), open(t, dir)
	must(t, a.SetNote("SEMI-1", "from a", ""))
	must(t, b.SetNote("HPCQ-4", "from b", "")) // b never saw a's note
	must(t, a.Flag("RES-1"))
	must(t, b.AgendaAdd("SEMI-1"))
	must(t, a.AgendaAdd("HPCQ-4"))
	must(t, b.SetNote("SEMI-1", "b rewrote it", "")) // the same item: last writer wins
	must(t, a.SetNote("DPC-2", "from a again", ""))

	r := open(t, dir)
	want := map[string]string{"SEMI-1": "b rewrote it", "HPCQ-4": "from b", "DPC-2": "from a again"}
	for id, note := range want {
		if got := r.Note(id); got != note {
			t.Errorf("%s: %q, want %q", id, got, note)
		}
	}
	if !r.Flagged("RES-1") {
		t.Error("a's flag was lost")
	}
	if !slices.Equal(r.Agenda(), []string{"SEMI-1", "HPCQ-4"}) {
		t.Errorf("agenda %v", r.Agenda())
	}
}

func TestCorruptFoundWhileSavingIsKeptAside(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("A-1", "one", ""))
	must(t, os.WriteFile(s.Path(), []byte("garbage\n"), 0o600)) // another program wrote this
	err := s.SetNote("A-2", "two", "")
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("SetNote: %v", err)
	}
	if kept, _ := os.ReadFile(ce.Aside); string(kept) != "garbage\n" {
		t.Errorf("kept %q", kept)
	}
	r := open(t, dir)
	if got := r.Note("A-2"); got != "two" {
		t.Errorf("the change was not saved: %q", got)
	}
	if data, _ := os.ReadFile(r.Path()); !strings.Contains(string(data), "\ngarbage\n") {
		t.Errorf("the line not understood was dropped:\n%s", data)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/x/data")
	if d, _ := DefaultDir(); d != filepath.Join("/x/data", "briefing") {
		t.Errorf("DefaultDir with XDG_DATA_HOME: %s", d)
	}
	t.Setenv("XDG_DATA_HOME", "relative") // ignored, as the spec says
	if d, err := DefaultDir(); err != nil || d == filepath.Join("relative", "briefing") {
		t.Errorf("DefaultDir with a relative XDG_DATA_HOME: %s %v", d, err)
	}
}

func TestBadIDsRefused(t *testing.T) {
	s := open(t, t.TempDir())
	for _, id := range []string{"", "two words", "## X", "a\nb"} {
		if err := s.SetNote(id, "x", ""); err == nil {
			t.Errorf("SetNote(%q) accepted", id)
		}
	}
}

func TestAgendaInsert(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		id   string
		pos  int
		want []string
	}{
		{"A-1", 5, []string{"A-1"}},
		{"B-1", 1, []string{"B-1", "A-1"}},
		{"C-1", 2, []string{"B-1", "C-1", "A-1"}},
		{"a-1", 1, []string{"B-1", "C-1", "A-1"}}, // on it already: stays
		{"D-1", 0, []string{"D-1", "B-1", "C-1", "A-1"}},
	} {
		if err := s.AgendaInsert(step.id, step.pos); err != nil {
			t.Fatal(err)
		}
		if got := s.Agenda(); !slices.Equal(got, step.want) {
			t.Fatalf("insert %s at %d: %v, want %v", step.id, step.pos, got, step.want)
		}
	}
}
