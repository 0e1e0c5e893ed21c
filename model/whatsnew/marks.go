package whatsnew

// Mark is what a list shows beside an item the user has not read since it
// appeared, changed or went.
type Mark int

// The marks.
const (
	Unchanged Mark = iota
	New            // added since the user last read the briefing: ●
	Changed        // changed since the user last read it: ◐
	Removed        // removed since the user last read it: ✕
)

// Marks lists the items a report shows as added, changed or removed, by
// id.
func (r Report) Marks() map[string]Mark {
	marks := map[string]Mark{}
	for _, k := range r.Kinds {
		for _, group := range []struct {
			changes []Change
			mark    Mark
		}{{k.Added, New}, {k.Changed, Changed}, {k.Removed, Removed}} {
			for _, c := range group.changes {
				marks[c.ID] = group.mark
			}
		}
	}
	return marks
}

// Symbol is the mark as the lists draw it; "" for Unchanged.
func (m Mark) Symbol() string {
	switch m {
	case New:
		return "●"
	case Changed:
		return "◐"
	case Removed:
		return "✕"
	}
	return ""
}
