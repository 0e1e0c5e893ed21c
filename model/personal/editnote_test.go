package personal

import (
	"strings"
	"testing"
)

// TestEditNoteKeepsWhatWasWrittenElsewhere: a note saved from the browser
// after another copy changed it (briefing note in another shell) keeps
// both texts; with nothing written elsewhere it is a plain replacement.
func TestEditNoteKeepsWhatWasWrittenElsewhere(t *testing.T) {
	dir := t.TempDir()
	browser, shell := open(t, dir), open(t, dir)
	must(t, browser.SetNote("AI-1", "first", ""))
	must(t, shell.Reload())

	// Nothing changed elsewhere: the edit replaces the note.
	joined, err := browser.EditNote("AI-1", "first", "second", "")
	must(t, err)
	if joined || browser.Note("AI-1") != "second" {
		t.Fatalf("plain edit: joined %v, note %q", joined, browser.Note("AI-1"))
	}

	// The shell writes while the browser's editor is open on "second".
	must(t, shell.SetNote("AI-1", "from the shell", ""))
	joined, err = browser.EditNote("AI-1", "second", "from the browser", "")
	must(t, err)
	want := "from the browser\n\n" + JoinedLine + "\n\nfrom the shell"
	if !joined || browser.Note("AI-1") != want {
		t.Fatalf("joined %v, note %q, want %q", joined, browser.Note("AI-1"), want)
	}
	must(t, shell.Reload())
	if shell.Note("AI-1") != want {
		t.Errorf("the file holds %q", shell.Note("AI-1"))
	}

	// Removing a note someone else has just written keeps theirs.
	must(t, shell.SetNote("AI-1", "newer still", ""))
	joined, err = browser.EditNote("AI-1", want, "", "")
	must(t, err)
	if !joined || browser.Note("AI-1") != "newer still" {
		t.Errorf("removal over a change elsewhere: joined %v, note %q", joined, browser.Note("AI-1"))
	}

	// The same text written twice is no conflict.
	must(t, shell.SetNote("AI-1", "same", ""))
	if joined, err := browser.EditNote("AI-1", "newer still", "same\n", ""); err != nil || joined {
		t.Errorf("same text: joined %v, %v", joined, err)
	}
	if _, err := browser.EditNote("AI-1", "", "caf\xe9", ""); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("text that is not UTF-8: %v", err)
	}
}
