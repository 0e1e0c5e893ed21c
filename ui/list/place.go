package list

import "github.com/eu-rok/briefing/model"

// Place is where the list stands: the cursor's row and the first row
// shown. History and the search keep it to come back exactly.
type Place struct{ Cursor, Offset int }

// Place returns where the list stands now.
func (m Model) Place() Place { return Place{m.cursor, m.offset} }

// SetPlace comes back to a Place when the row there still has the id, so
// that an item listed twice (an action under two outcomes) is found at
// the same row; otherwise it selects the id. It reports whether the id
// was found.
func (m *Model) SetPlace(p Place, id string) bool {
	if p.Cursor >= 0 && p.Cursor < len(m.items) && !m.items[p.Cursor].Divider && model.SameID(m.items[p.Cursor].ID, id) {
		m.cursor, m.offset = p.Cursor, p.Offset
		m.clamp()
		return true
	}
	return m.SelectID(id)
}
