package detail

import (
	"hash/fnv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
)

// NoteHeading heads the user's note under an item's document, so it never
// reads as part of the briefing.
const NoteHeading = "✎ Your note"

// SetNotes tells the pane where to find the user's note on an item; the
// note is rendered under the item's document. nil shows no notes.
func (m *Model) SetNotes(notes func(id string) string) { m.notes = notes }

// Refresh draws the item again, after its note changed: the cache key holds
// a hash of the note, so the new note is rendered and the old rendering is
// not reused.
func (m *Model) Refresh() tea.Cmd { return m.refresh() }

// note is the user's note on the item shown, or "".
func (m Model) note() string {
	if m.notes == nil || m.entry == nil {
		return ""
	}
	return strings.TrimSpace(m.notes(m.entry.Base().ID))
}

// document is an item's Markdown. An entry the briefing does not hold (a
// stand-in for an id only the user's notes still have) has no facts,
// links or sources to show: its title and summary only.
func document(b *model.Briefing, e model.Entry, today time.Time) string {
	it := e.Base()
	if _, ok := b.Get(it.ID); !ok {
		return "# " + it.Title + "\n\n*" + it.Summary + "*\n"
	}
	return b.Markdown(e, today)
}

// noteHash tells renderings of different notes apart; 0 means no note.
func noteHash(note string) uint64 {
	if note == "" {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(note))
	return h.Sum64() | 1
}

// noteMarkdown is the note as a last section of the document, below the
// content and its sources, under a heading that says whose words they are.
// The note comes from a file the user (or anyone) can edit: its control
// characters are made visible, as the loader does for the content.
func noteMarkdown(note string) string {
	if note == "" {
		return ""
	}
	return "\n\n---\n\n## " + NoteHeading + "\n\n" + model.Sanitize(note) + "\n"
}
