package whatsnew

// Mark is what a list shows beside an item the user has not read since it
// appeared or changed.
type Mark int

// The marks.
const (
	Unchanged Mark = iota
	New            // added since the user last read the briefing: ●
	Changed        // changed since the user last read it: ◐
)

// Marks lists the items a report shows as added or changed, by id.
func (r Report) Marks() map[string]Mark {
	marks := map[string]Mark{}
	for _, k := range r.Kinds {
		for _, c := range k.Added {
			marks[c.ID] = New
		}
		for _, c := range k.Changed {
			marks[c.ID] = Changed
		}
	}
	return marks
}
