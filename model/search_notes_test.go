package model

import (
	"strings"
	"testing"
)

func TestNotesFindTheirItem(t *testing.T) {
	b := embedded(t).b
	ix := NewIndexWithNotes(b, searchToday, map[string]string{
		"semi-1": "Raise the zanzibarish timetable; they said March.",
		"NOPE-9": "zanzibarish too, on an id the briefing lacks",
	})
	res, err := ix.Search("zanzibarish", SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].ID != "SEMI-1" {
		t.Fatalf("the note's word should find SEMI-1 alone, got %+v", res.Hits)
	}
	h := res.Hits[0]
	if h.Field != FieldNote || !strings.HasPrefix(h.Snippet, NoteLabel) {
		t.Fatalf("the hit should be labelled as the user's note: field %v, snippet %q", h.Field, h.Snippet)
	}
	runes := []rune(h.Snippet)
	if len(h.SnippetMatches) == 0 || string(runes[h.SnippetMatches[0]:h.SnippetMatches[0]+11]) != "zanzibarish" {
		t.Fatalf("the matched characters should point into the labelled snippet: %v in %q", h.SnippetMatches, h.Snippet)
	}
	// A word in the item and a word in the note find it together.
	if res, _ := ix.Search("zanzibarish semiconductor", SearchOptions{}); len(res.Hits) != 1 {
		t.Fatalf("words from the item and the note together: %d hits", len(res.Hits))
	}
	// Without notes, nothing.
	if res, _ := NewIndex(b, searchToday).Search("zanzibarish", SearchOptions{}); len(res.Hits) != 0 {
		t.Fatal("the plain index should not know the note")
	}
	// A hit in the item's own text is not labelled.
	if res, _ := ix.Search("SEMI-1", SearchOptions{Limit: 1}); res.Hits[0].Field == FieldNote {
		t.Fatal("a hit on the id is not a note hit")
	}
}

func TestNoteControlCharactersAreDisarmed(t *testing.T) {
	ix := NewIndexWithNotes(embedded(t).b, searchToday, map[string]string{"SEMI-1": "quokkaword \x1b]52;c;bad\x07"})
	res, _ := ix.Search("quokkaword", SearchOptions{})
	if len(res.Hits) != 1 || strings.ContainsAny(res.Hits[0].Snippet, "\x1b\x07") {
		t.Fatalf("snippet carries control characters: %+v", res.Hits)
	}
}
