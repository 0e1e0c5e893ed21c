package common

import "github.com/eu-rok/briefing/model/whatsnew"

// Marks are the marks a list draws on an item, in a column after the
// cursor: ● new, ◐ changed or ✕ removed since the user last read it, ★
// for a flag, ✎ for a note.
type Marks struct {
	News       whatsnew.Mark
	Flag, Note bool
}

// Any reports whether there is a mark to draw.
func (k Marks) Any() bool { return k.News != whatsnew.Unchanged || k.Flag || k.Note }

// Marker gives an item's marks; it is called for every row drawn, so it
// answers from memory.
type Marker func(id string) Marks
