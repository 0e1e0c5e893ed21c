package model

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Searching the user's own notes.
//
// NewIndexWithNotes builds the same index as NewIndex, plus the user's
// notes: a note's words find the item it is on, and a hit whose best word
// is in the note has Field == FieldNote and a Snippet that starts with
// NoteLabel ("your note: "), so every front end shows it as the user's own
// words without knowing about notes. Build it where the search box is made:
//
//	notes := map[string]string{}
//	for _, it := range store.Items() { // model/personal
//		notes[it.ID] = it.Note
//	}
//	ix := model.NewIndexWithNotes(b, today, notes)
//
// (ui.Model.searchNotes does this from the TUI's store.) The index is built
// once: after the notes change, build a new one. Notes on ids the briefing
// does not have are left out: there is no item for them to find.

// NoteLabel starts the snippet of a hit found in the user's note.
const NoteLabel = "your note: "

// NewIndexWithNotes prepares a briefing for search together with the user's
// notes, keyed by item id in any case. A nil or empty map gives NewIndex's
// index.
func NewIndexWithNotes(b *Briefing, today time.Time, notes map[string]string) *Index {
	folded := make(map[string]string, len(notes))
	for id, note := range notes {
		if note = strings.TrimSpace(note); note != "" {
			// Notes come from a file the user edits: keep its control
			// characters out of the snippets, as the loader does for content.
			folded[fold(strings.TrimSpace(id))] = Sanitize(note)
		}
	}
	return newIndex(b, today, folded)
}

// values lists a record's text field by field: the item's, and the note.
func (r *record) values() [numFields][]string {
	v := fieldValues(r.entry)
	if r.note != "" {
		v[FieldNote] = []string{r.note}
	}
	return v
}

// labelNote marks a hit found in the user's note: its snippet says so, and
// the matched characters move along with the text.
func labelNote(res *Result) {
	if res.Field != FieldNote {
		return
	}
	res.Snippet = NoteLabel + res.Snippet
	shift := utf8.RuneCountInString(NoteLabel)
	for i := range res.SnippetMatches {
		res.SnippetMatches[i] += shift
	}
}
