package detail

import (
	"hash/fnv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// NoteHeading heads the user's note under an item's document, so it never
// reads as part of the briefing.
const NoteHeading = personal.NoteMark + " " + personal.NoteName

// Note is the user's note on an item as the document shows it.
type Note struct {
	Text string
	// ItemChanged says the item changed since the note was written: the
	// note is flagged so.
	ItemChanged bool
}

// SetNotes tells the pane where to find the user's note on an item; the
// note is rendered under the item's document. nil shows no notes.
func (m *Model) SetNotes(notes func(id string) Note) { m.notes = notes }

// Refresh draws the item again, after its note changed: the cache key holds
// a hash of the note, so the new note is rendered and the old rendering is
// not reused.
func (m *Model) Refresh() tea.Cmd { return m.refresh() }

// Written is an entry whose document is written for the occasion rather
// than taken from the briefing: What's new shows an item's changes this
// way. Its Item gives the id and title the pane shows and the summary of
// the first frame; Doc is the Markdown.
type Written struct {
	model.Item
	Doc string
}

// noteSection is the Markdown of the user's note on the item shown, or
// "": an item's own document ends with it, a written one does not.
func (m Model) noteSection() string {
	if m.notes == nil || m.entry == nil {
		return ""
	}
	if _, ok := m.entry.(*Written); ok {
		return ""
	}
	return noteMarkdown(m.notes(m.entry.Base().ID))
}

// document is an item's Markdown. A written entry is its own document; an
// entry the briefing does not hold (a stand-in for an id only the user's
// notes still have) has no facts, links or sources to show: its title and
// summary only.
func document(b *model.Briefing, e model.Entry, today time.Time) string {
	if w, ok := e.(*Written); ok {
		return w.Doc
	}
	it := e.Base()
	if _, ok := b.Get(it.ID); !ok {
		return "# " + it.Title + "\n\n*" + it.Summary + "*\n"
	}
	return b.Markdown(e, today)
}

// hash tells renderings of different texts apart (notes, written
// documents); 0 means none.
func hash(text string) uint64 {
	if text == "" {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64() | 1
}

// noteMarkdown is the note as a last section of the document, below the
// content and its sources, under a heading that says whose words they are,
// flagged when the item changed since it was written. The note comes from
// a file the user (or anyone) can edit: its control characters are made
// visible, as the loader does for the content.
func noteMarkdown(note Note) string {
	text := strings.TrimSpace(note.Text)
	if text == "" {
		return ""
	}
	flag := ""
	if note.ItemChanged {
		flag = "*" + whatsnew.Changed.Symbol() + " " + personal.ItemChanged + "*\n\n"
	}
	return "\n\n---\n\n## " + NoteHeading + "\n\n" + flag + model.Sanitize(text) + "\n"
}
