package common

// Marks are the marks a list draws on an item, in a column after the
// cursor: ★ for a flag, ✎ for a note. (What's new adds its own marks here,
// ● new and ◐ changed, for every list at once.)
type Marks struct{ Flag, Note bool }

// Any reports whether there is a mark to draw.
func (k Marks) Any() bool { return k.Flag || k.Note }

// Marker gives an item's marks; it is called for every row drawn, so it
// answers from memory.
type Marker func(id string) Marks
