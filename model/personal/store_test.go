package personal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
	must(t, s.SetNote("SEMI-1", "Raise the *timetable*.\n\nThey said March."))
	must(t, s.SetNote("HPCQ-4", awkward))
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
	must(t, s.SetNote("SEMI-1", "x"))
	must(t, s.SetNote("SEMI-1", "  \n"))
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
	must(t, s.SetNote("A-1", "x"))
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

func TestSaveInterruptedAtEachStep(t *testing.T) {
	crash := errors.New("crash")
	for _, step := range []string{"afterTempWrite", "afterSync", "beforeRename"} {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			must(t, s.SetNote("SEMI-1", "old words"))
			hook := func() error { return crash }
			switch step {
			case "afterTempWrite":
				s.hooks.afterTempWrite = hook
			case "afterSync":
				s.hooks.afterSync = hook
			case "beforeRename":
				s.hooks.beforeRename = hook
			}
			if err := s.SetNote("SEMI-1", "new words"); !errors.Is(err, crash) {
				t.Fatalf("save returned %v", err)
			}
			// The process "died": a new one reads the old file, whole.
			r := open(t, dir)
			if got := r.Note("SEMI-1"); got != "old words" {
				t.Errorf("after a crash %s the note is %q", step, got)
			}
			// The next save cleans up the temporary file and works.
			must(t, r.SetNote("SEMI-1", "newer words"))
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
	must(t, a.SetNote("SEMI-1", "from a"))
	must(t, b.SetNote("HPCQ-4", "from b")) // b never saw a's note
	must(t, a.Flag("RES-1"))
	must(t, b.AgendaAdd("SEMI-1"))
	must(t, a.AgendaAdd("HPCQ-4"))
	must(t, b.SetNote("SEMI-1", "b rewrote it")) // the same item: last writer wins
	must(t, a.SetNote("DPC-2", "from a again"))

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

func TestCorruptFileIsKeptAsideAndReported(t *testing.T) {
	dir := t.TempDir()
	bad := "# Agenda\n\n1. SEMI-1\n\n# Notes\n\n## SEMI-1\nthis is not a flag line\n\nmy precious words\n"
	path := filepath.Join(dir, FileName)
	must(t, os.WriteFile(path, []byte(bad), 0o600))
	s, err := Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || s == nil {
		t.Fatalf("Open: %v", err)
	}
	if !strings.Contains(err.Error(), ce.Aside) || !strings.Contains(err.Error(), "line 8") {
		t.Errorf("the message should say where the file went and why: %v", err)
	}
	kept, rerr := os.ReadFile(ce.Aside)
	if rerr != nil || string(kept) != bad {
		t.Fatalf("the corrupt file was not kept as it was: %v", rerr)
	}
	if len(s.Items()) != 0 {
		t.Error("the store should start empty")
	}
	// The app goes on; writing does not touch the kept file.
	must(t, s.SetNote("SEMI-1", "new"))
	if kept2, _ := os.ReadFile(ce.Aside); string(kept2) != bad {
		t.Error("the kept file changed")
	}
	// Not UTF-8 is corrupt too.
	must(t, os.WriteFile(path, []byte("# Notes\n\n## X\n\n\xff\xfe"), 0o600))
	if _, err := Open(dir); !errors.As(err, &ce) {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

func TestCorruptFoundWhileSavingIsKeptAside(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("A-1", "one"))
	must(t, os.WriteFile(s.Path(), []byte("garbage\n"), 0o600)) // another program wrote this
	err := s.SetNote("A-2", "two")
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("SetNote: %v", err)
	}
	if kept, _ := os.ReadFile(ce.Aside); string(kept) != "garbage\n" {
		t.Errorf("kept %q", kept)
	}
	if got := open(t, dir).Note("A-2"); got != "two" {
		t.Errorf("the change was not saved: %q", got)
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
		if err := s.SetNote(id, "x"); err == nil {
			t.Errorf("SetNote(%q) accepted", id)
		}
	}
}
