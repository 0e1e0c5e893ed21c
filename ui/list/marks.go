package list

import "github.com/eu-rok/briefing/ui/theme"

// Marks are the user's own marks on an item, drawn in a column after the
// cursor: ★ for a flag, ✎ for a note.
type Marks struct{ Flag, Note bool }

// Marker says what marks an item has. The root answers from a map it keeps
// in memory, so drawing a row costs one lookup.
type Marker func(id string) Marks

// SetMarker sets where the list finds its marks; nil draws none.
func (m *Model) SetMarker(f Marker) { m.marker = f }

// markColumn is the width of the marks column: none when no row of the
// list has a mark, so lists without notes keep their full width.
func (m Model) markColumn() int {
	if m.marker == nil {
		return 0
	}
	for _, it := range m.items {
		if it.Divider || it.ID == "" {
			continue
		}
		if k := m.marker(it.ID); k.Flag || k.Note {
			return 3
		}
	}
	return 0
}

// marks draws a row's marks in the column: plain on the selected row (its
// style covers the whole line), coloured elsewhere.
func (m Model) marks(s theme.Styles, it Item, selected bool) string {
	if m.markWidth == 0 || m.width < 12 {
		return ""
	}
	var k Marks
	if !it.Divider && it.ID != "" {
		k = m.marker(it.ID)
	}
	flag, note := " ", " "
	if k.Flag {
		flag = "★"
	}
	if k.Note {
		note = "✎"
	}
	if selected {
		return flag + note + " "
	}
	return s.Status.Warn.Render(flag) + s.List.ID.Render(note) + " "
}
