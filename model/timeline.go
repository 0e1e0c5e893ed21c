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
// A moment dated to a period (a year, a half, a month) takes its place at
// the period's end, where it is over: what was planned for "2026" comes
// after what happened on 10 June 2026, so a line drawn at today falls
// between what is past and what is not.
func (b *Briefing) Timeline() []Moment {
	out := make([]Moment, 0, len(b.Councils)+len(b.Events))
	for _, c := range b.Councils {
		out = append(out, Moment{Date: c.Date, Entry: c, Planned: c.Planned})
	}
	for _, e := range b.Events {
		out = append(out, Moment{Date: e.Date, Entry: e, Planned: e.Planned})
	}
	slices.SortStableFunc(out, func(x, y Moment) int {
		if c := x.Date.End().Compare(y.Date.End()); c != 0 {
			return c
		}
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return CompareIDs(x.Entry.Base().ID, y.Entry.Base().ID)
	})
	return out
}

// Unconfirmed is how an event reported only by unofficial sources is shown.
const Unconfirmed = "reported, unconfirmed"

// Stage is the kind of state a Council or an event is in.
type Stage int

// The stages.
const (
	StageHeld        Stage = iota // a Council that met
	StageHappened                 // an event that took place
	StageScheduled                // an event fixed for a later date, not a plan
	StageUnconfirmed              // an event reported by unofficial sources only
	StagePlanned                  // a plan: MomentState.Plan says how it went
)

// MomentState is where a Council or an event stands on a given day.
type MomentState struct {
	Stage Stage
	Plan  PlanState // for StagePlanned; PlanHeld otherwise
}

// String is the state in a word or two, as every list shows it: "held",
// "happened", "scheduled", "reported, unconfirmed", or "planned, " and the
// plan's state ("planned, due now").
func (s MomentState) String() string {
	switch s.Stage {
	case StageHeld:
		return "held"
	case StageScheduled:
		return "scheduled"
	case StageUnconfirmed:
		return Unconfirmed
	case StagePlanned:
		return "planned, " + string(s.Plan)
	default:
		return "happened"
	}
}

// StateOf says where a Council or an event stands on the given day.
// Anything else has happened.
func (b *Briefing) StateOf(e Entry, today time.Time) MomentState {
	switch v := e.(type) {
	case *Council:
		if !v.Planned {
			return MomentState{Stage: StageHeld, Plan: PlanHeld}
		}
	case *Event:
		switch {
		case v.Unconfirmed:
			return MomentState{Stage: StageUnconfirmed, Plan: PlanHeld}
		case !v.Planned && v.Date.Relative(today) == Future:
			return MomentState{Stage: StageScheduled, Plan: PlanHeld}
		case !v.Planned:
			return MomentState{Stage: StageHappened, Plan: PlanHeld}
		}
	default:
		return MomentState{Stage: StageHappened, Plan: PlanHeld}
	}
	return MomentState{Stage: StagePlanned, Plan: b.PlanOf(e, today)}
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
