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

// Group is a kind's changes that have one mark.
type Group struct {
	Mark    Mark
	Changes []Change
}

// Groups are a kind's changes by mark, in the order every report lists
// them: added, changed, removed.
func (k KindReport) Groups() []Group {
	return []Group{{New, k.Added}, {Changed, k.Changed}, {Removed, k.Removed}}
}

// Marks lists the items a report shows as added, changed or removed, by
// id.
func (r Report) Marks() map[string]Mark {
	marks := map[string]Mark{}
	for _, k := range r.Kinds {
		for _, g := range k.Groups() {
			for _, c := range g.Changes {
				marks[c.ID] = g.Mark
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

// Word is the mark in a word, as reports say it: "added", "changed",
// "removed"; "" for Unchanged.
func (m Mark) Word() string {
	switch m {
	case New:
		return "added"
	case Changed:
		return "changed"
	case Removed:
		return "removed"
	}
	return ""
}
