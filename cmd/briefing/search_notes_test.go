package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// The user's notes are searched too, and a hit in a note says so.
func TestSearchFindsNotes(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "note", "SEMI-1", "Ask about the zanzibarish timetable.")
	out := ok(t, "--data", data, "search", "zanzibarish")
	if !strings.HasPrefix(out, "SEMI-1") || !strings.Contains(out, "your note: ") {
		t.Fatalf("search should find SEMI-1 by its note, labelled:\n%s", out)
	}
	var res struct {
		Hits []struct{ ID, Field, Snippet string }
	}
	if err := json.Unmarshal([]byte(ok(t, "--data", data, "search", "zanzibarish", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Field != "note" {
		t.Fatalf("JSON hit: %+v", res.Hits)
	}
	// Another data directory, another user: nothing.
	if out, _, code := briefing(t, "--data", t.TempDir(), "search", "zanzibarish"); code != 1 || strings.Contains(out, "SEMI-1") {
		t.Fatalf("an empty data directory should find nothing (exit 1), got exit %d:\n%s", code, out)
	}
}

// Notes in a directory that cannot be written are still listed, with a
// warning; a change fails and says why.
func TestReadOnlyNotesAreListed(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "note", "SEMI-1", "kept words")
	// Root ignores permissions: make the lock impossible another way.
	mustRemoveAndMkdir(t, data+"/notes.lock")
	out, errOut, code := briefing(t, "--data", data, "notes")
	if code != 0 || !strings.Contains(out, "kept words") || !strings.Contains(errOut, "read-only") {
		t.Fatalf("notes: exit %d, out %q, err %q", code, out, errOut)
	}
	if _, _, code := briefing(t, "--data", data, "flag", "SEMI-1"); code == 0 {
		t.Fatal("a change in a read-only directory should fail")
	}
}

func mustRemoveAndMkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
}
