package list

// marksWidth is the marks column's width: ★, ✎ and a space.
const marksWidth = 3

// anyMarked reports whether some row has a mark: a list where none has
// keeps its full width, without a marks column.
func (m Model) anyMarked() bool {
	if m.marker == nil {
		return false
	}
	for _, it := range m.items {
		if !it.Divider && it.ID != "" && m.marker(it.ID).Any() {
			return true
		}
	}
	return false
}

// marks draws a row's marks in the column (★ a flag, ✎ a note): plain on
// the selected row (its style covers the whole line), coloured elsewhere.
func (m drawing) marks(it Item, selected bool) string {
	if !m.marked || m.width < 12 {
		return ""
	}
	flag, note := " ", " "
	if !it.Divider && it.ID != "" {
		k := m.marker(it.ID)
		if k.Flag {
			flag = "★"
		}
		if k.Note {
			note = "✎"
		}
	}
	if selected {
		return flag + note + " "
	}
	return m.s.Status.Warn.Render(flag) + m.s.List.ID.Render(note) + " "
}
