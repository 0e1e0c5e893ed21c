package personal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// openHandEdited writes text as notes.md and opens it, expecting the
// problems to be reported (or not) and the file as it was kept aside when
// they are.
func openHandEdited(t *testing.T, text string, wantProblem string) *Store {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	must(t, os.WriteFile(path, []byte(text), 0o600))
	s, err := Open(dir)
	var ce *CorruptError
	switch {
	case wantProblem == "" && err != nil:
		t.Fatalf("Open: %v", err)
	case wantProblem == "":
		return s
	case !errors.As(err, &ce):
		t.Fatalf("Open said %v, want a *CorruptError about %q", err, wantProblem)
	case !strings.Contains(err.Error(), wantProblem) || !strings.Contains(err.Error(), ce.Aside):
		t.Errorf("the message should say %q and where the old file is: %v", wantProblem, err)
	}
	if kept, err := os.ReadFile(ce.Aside); err != nil || string(kept) != text {
		t.Errorf("the file as it was is not kept byte for byte: %v", err)
	}
	// Said once: the file was written again, and reads without a word.
	again, err := Open(dir)
	if err != nil {
		t.Errorf("a second Open still complains: %v", err)
	}
	if !slices.Equal(again.Items(), s.Items()) || !slices.Equal(again.Agenda(), s.Agenda()) {
		t.Errorf("the file written again reads differently: %+v, want %+v", again.Items(), s.Items())
	}
	return s
}

// fileHas reports whether the store's file holds every line of want, in
// order, as lines.
func fileHas(t *testing.T, s *Store, want ...string) {
	t.Helper()
	data, _ := os.ReadFile(s.Path())
	lines := strings.Split(string(data), "\n")
	at := 0
	for _, w := range want {
		i := slices.Index(lines[at:], w)
		if i < 0 {
			t.Errorf("the file lacks the line %q (in order):\n%s", w, data)
			return
		}
		at += i + 1
	}
}

// H1: an unclosed comment used to hide every note after it, and the next
// save deleted them.
func TestUnclosedCommentHidesNothing(t *testing.T) {
	for _, text := range []string{
		"# Agenda\n\n1. SEMI-1\n<!-- todo: reorder\n\n# Notes\n\n## AI-1\n\nkeep me\n",
		"# Agenda\n\n1. SEMI-1\n\n# Notes\n\n<!-- todo\n## AI-1\n\nkeep me\n",
		"# Notes\n\n## DPC-3\n\nfirst\n\n# Notes\n<!-- an open comment at the end\n",
	} {
		s := openHandEdited(t, text, "not closed")
		if got := s.Note("AI-1") + s.Note("DPC-3"); got != "keep me" && got != "first" {
			t.Errorf("%q: notes %+v", text, s.Items())
		}
		must(t, s.Flag("DPC-3"))
		r := open(t, s.Dir())
		if r.Note("AI-1") != s.Note("AI-1") || !r.Flagged("DPC-3") {
			t.Errorf("%q: after a save: %+v", text, r.Items())
		}
		fileHas(t, r, "# "+keptTitle)
		data, _ := os.ReadFile(r.Path())
		if !strings.Contains(string(data), "<!-- ") || strings.Count(string(data), "## ") < 1 {
			t.Errorf("the comment line was dropped:\n%s", data)
		}
	}
}

func TestClosedCommentsAreKept(t *testing.T) {
	text := "<!-- my own words\nover two lines -->\n# Agenda\n\n- SEMI-1 \n<!-- one -->\n\n# Notes\n\n## AI-1\n\nnote\n"
	s := openHandEdited(t, text, "")
	if s.Note("AI-1") != "note" || !slices.Equal(s.Agenda(), []string{"SEMI-1"}) {
		t.Fatalf("read %+v %v", s.Items(), s.Agenda())
	}
	must(t, s.Flag("AI-1"))
	fileHas(t, s, "<!-- my own words", "over two lines -->", "<!-- one -->", "# Agenda", "1. SEMI-1")
	kept, _ := filepath.Glob(s.Path() + ".kept-*")
	if len(kept) != 1 {
		t.Errorf("a hand-edited file was written again without keeping it first: %v", kept)
	}
}

// H2: one note that is not UTF-8 used to be saved, and hid every note at
// the next start.
func TestNotUTF8IsRefusedAtWriteTime(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "first", ""))
	must(t, s.AgendaAdd("SEMI-1"))
	before, _ := os.ReadFile(s.Path())
	if err := s.SetNote("AI-1", "caf\xe9\n", ""); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("SetNote took Latin-1: %v", err)
	}
	if after, _ := os.ReadFile(s.Path()); string(after) != string(before) {
		t.Error("the refused note changed the file")
	}
	fixed, changed := RepairUTF8("caf\xe9 \x80\n")
	if !changed || fixed != "café €\n" {
		t.Errorf("RepairUTF8: %q %v", fixed, changed)
	}
	must(t, s.SetNote("AI-1", fixed, ""))
	r := open(t, dir)
	if r.Note("SEMI-1") != "first" || r.Note("AI-1") != "café €" || len(r.Agenda()) != 1 {
		t.Errorf("after a repaired note: %+v %v", r.Items(), r.Agenda())
	}
}

// A file edited by hand in Latin-1: every note stays, the bad bytes are
// read as Windows-1252, and the file as it was is kept.
func TestNotUTF8FileHidesNothing(t *testing.T) {
	text := "# Agenda\n\n1. SEMI-1\n\n# Notes\n\n## AI-1\n\ncaf\xe9\n\n## SEMI-1\nflag: yes\n\nsecond\n"
	s := openHandEdited(t, text, "line 9: not UTF-8")
	if s.Note("AI-1") != "café" || s.Note("SEMI-1") != "second" || !s.Flagged("SEMI-1") || len(s.Agenda()) != 1 {
		t.Errorf("read %+v %v", s.Items(), s.Agenda())
	}
}

// L1: a byte-order mark is fine.
func TestByteOrderMark(t *testing.T) {
	s := openHandEdited(t, "\uFEFF# Notes\n\n## AI-1\n\nnote\n", "")
	if s.Note("AI-1") != "note" {
		t.Errorf("read %+v", s.Items())
	}
}

// L2: a file cut short says so.
func TestCutShortFileSaysSo(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	for _, id := range []string{"A-1", "A-2", "A-3", "A-4"} {
		must(t, s.SetNote(id, strings.Repeat("words of "+id+" ", 20), ""))
	}
	data, _ := os.ReadFile(s.Path())
	for _, cut := range []int{len(data) * 6 / 10, len(data) * 3 / 10, len(data) - 2} {
		r := openHandEdited(t, string(data[:cut]), "ends early")
		if len(r.Items()) == 0 && cut > len(data)/2 {
			t.Errorf("cut at %d: nothing read", cut)
		}
	}
}

// A note appended by hand after the end line is read as a note, the end
// line stays out of every note, and the file is not called cut short; a
// note that holds the end line itself keeps it.
func TestEndLineInHandEdits(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("AI-1", "hello", ""))
	f, err := os.OpenFile(s.Path(), os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	_, err = f.WriteString("\n## AI-2\n\nappended by hand\n")
	must(t, err)
	must(t, f.Close())
	r := openHandEdited(t, mustRead(t, s.Path()), "")
	if r.Note("AI-1") != "hello" || r.Note("AI-2") != "appended by hand" {
		t.Errorf("read %+v", r.Items())
	}
	for _, note := range []string{endLine, "before\n" + endLine + "\nafter", `\` + endLine} {
		must(t, r.SetNote("X-1", note, ""))
		if got := open(t, r.Dir()).Note("X-1"); got != note {
			t.Errorf("note %q came back as %q", note, got)
		}
	}
}

// L3: a tab after the marks is a heading; "## Agenda" in a note is the
// note's text; a heading that names no item stays in the note.
func TestHeadingsInHandEdits(t *testing.T) {
	s := openHandEdited(t, "# Notes\n\n## AI-1\n\nfirst\n\n##\tSEMI-1\n\nsecond\n## Agenda\nstill second\n## Two words\n", "")
	if s.Note("AI-1") != "first" || s.Note("SEMI-1") != "second\n## Agenda\nstill second\n## Two words" || len(s.Items()) != 2 {
		t.Errorf("read %+v", s.Items())
	}
	for _, note := range []string{"##\tx", "#\ty", "## Agenda", "# Notes", "## AI-2"} {
		must(t, s.SetNote("X-1", note, ""))
		if got := open(t, s.Dir()).Note("X-1"); got != note {
			t.Errorf("note %q came back as %q", note, got)
		}
	}
	if err := s.SetNote("Agenda", "x", ""); err == nil {
		t.Error("an item may not be named like a section")
	}
}

// Text the parser cannot place is kept, said once, and written back.
func TestNotUnderstoodIsKept(t *testing.T) {
	text := "stray line\n# Agenda\n\n1. SEMI-1\nnot an id here\n\n# Meeting\n\nwords under it\n\n# Notes\n\nbefore any note\n\n## AI-1\nflag: maybe\n\nnote\n"
	s := openHandEdited(t, text, "line 1: text outside any note")
	if s.Note("AI-1") != "flag: maybe\n\nnote" {
		t.Errorf("AI-1: %q", s.Note("AI-1"))
	}
	must(t, s.AgendaAdd("DPC-3"))
	fileHas(t, open(t, s.Dir()), "# "+keptTitle, "stray line", "not an id here", "# Meeting", "words under it", "before any note")
}

func TestDuplicateHeaderFromAHandMerge(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("A-1", "one", ""))
	data, _ := os.ReadFile(s.Path())
	r := openHandEdited(t, string(data)+string(data), "")
	if r.Note("A-1") == "" {
		t.Errorf("read %+v", r.Items())
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	return string(data)
}
