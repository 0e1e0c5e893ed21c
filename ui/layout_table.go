package ui

// A table view (the tracker) gives its list most of the width and keeps
// a readable column for the detail.
const (
	tableShare     = 0.6 // of the width, for a table's list beside the detail
	tableDetailMin = 36  // columns the detail keeps beside a table
)

// navWidth is the width of the main list beside the detail: a share of
// the screen up to most, or for a table most of the screen.
func (m *Model) navWidth(w, most int) int {
	if m.page().spec.wide {
		return clamp(int(tableShare*float64(w)), listMinWidth, max(listMinWidth, w-tableDetailMin))
	}
	return clamp(int(listShare*float64(w)), listMinWidth, most)
}
