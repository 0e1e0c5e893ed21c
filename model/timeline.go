package model

import (
	"slices"
	"time"
)

// Moment is one entry of the timeline: a Council meeting or an event.
type Moment struct {
	Date    Date
	Entry   Entry
	Planned bool
}

// Timeline lists Council meetings and events in date order, oldest first.
func (b *Briefing) Timeline() []Moment {
	out := make([]Moment, 0, len(b.Councils)+len(b.Events))
	for _, c := range b.Councils {
		out = append(out, Moment{Date: c.Date, Entry: c, Planned: c.Planned})
	}
	for _, e := range b.Events {
		out = append(out, Moment{Date: e.Date, Entry: e, Planned: e.Planned})
	}
	slices.SortStableFunc(out, func(x, y Moment) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return CompareIDs(x.Entry.Base().ID, y.Entry.Base().ID)
	})
	return out
}

// Unconfirmed is how an event reported only by unofficial sources is shown.
const Unconfirmed = "reported, unconfirmed"

// State says in a word or two where the moment stands on the given day:
// "happened", "held", "reported, unconfirmed", or for a plan "upcoming",
// "due now", "kept late", "unreported".
func (m Moment) State(b *Briefing, today time.Time) string {
	if ev, ok := m.Entry.(*Event); ok && ev.Unconfirmed {
		return Unconfirmed
	}
	if !m.Planned {
		if _, ok := m.Entry.(*Council); ok {
			return "held"
		}
		if m.Date.Relative(today) == Future {
			return "scheduled"
		}
		return "happened"
	}
	return "planned, " + string(b.PlanOf(m.Entry, today))
}

// Concerns reports whether the moment bears on an area: through its links,
// or for a Council, through its outcomes.
func (b *Briefing) Concerns(m Moment, areaID string) bool {
	id := m.Entry.Base().ID
	if b.linksArea(id, areaID) {
		return true
	}
	if c, ok := m.Entry.(*Council); ok {
		for _, o := range b.OutcomesOf(c.ID) {
			if b.linksArea(o.ID, areaID) {
				return true
			}
		}
	}
	return false
}

// linksArea reports whether an item names the area or one of its actions.
func (b *Briefing) linksArea(id, areaID string) bool {
	for _, l := range b.LinksFrom(id) {
		if IDKey(l.To) == IDKey(areaID) {
			return true
		}
		if a, ok := b.byID[IDKey(l.To)].(*Action); ok && IDKey(a.Area) == IDKey(areaID) {
			return true
		}
	}
	return false
}
