package personal

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDraftsAreKeptApartFromNotes(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("SEMI-1", "saved words", ""))
	must(t, s.KeepDraft("SEMI-1", "words being written\n## a heading"))
	must(t, s.KeepDraft("AI-1", "another"))
	r := open(t, dir)
	if r.Note("SEMI-1") != "saved words" {
		t.Errorf("a draft changed the note: %q", r.Note("SEMI-1"))
	}
	if d, ok := r.Draft("semi-1"); !ok || d != "words being written\n## a heading" {
		t.Errorf("draft %q %v", d, ok)
	}
	if !slices.Equal(r.Drafts(), []string{"AI-1", "SEMI-1"}) {
		t.Errorf("drafts %v", r.Drafts())
	}
	must(t, r.DropDraft("SEMI-1"))
	must(t, r.DropDraft("AI-1"))
	must(t, r.DropDraft("AI-1"))
	if len(r.Drafts()) != 0 {
		t.Errorf("drafts left: %v", r.Drafts())
	}
	if _, err := os.Stat(filepath.Join(dir, draftsName)); !os.IsNotExist(err) {
		t.Errorf("the drafts file stays when empty: %v", err)
	}
	if err := r.KeepDraft("AI-1", "\xff"); err == nil {
		t.Error("a draft that is not UTF-8 was kept")
	}
}
