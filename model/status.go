package model

import (
	"slices"
	"time"
)

// Status is where a joint action stands, derived from its evidence and
// today's date, never typed by hand.
type Status string

// The statuses of a joint action.
const (
	NoEvidence      Status = "no evidence"      // nothing reported since the launch
	Planned         Status = "planned"          // only plans so far
	UnderWay        Status = "under way"        // reported work, not yet shown done
	PartlyDelivered Status = "partly delivered" // some of its parts shown done, not all
	Delivered       Status = "delivered"        // shown done, on time or with no deadline
	DeliveredLate   Status = "delivered late"   // shown done after its deadline
	Overdue         Status = "overdue"          // its deadline passed with nothing shown done
)

// Statuses lists every status, from the least to the most advanced.
func Statuses() []Status {
	return []Status{Overdue, NoEvidence, Planned, UnderWay, PartlyDelivered, DeliveredLate, Delivered}
}

// Rank orders statuses from the least advanced (overdue, 0) up.
func (s Status) Rank() int { return slices.Index(Statuses(), s) }

// Done reports whether the status shows the whole commitment done.
func (s Status) Done() bool { return s == Delivered || s == DeliveredLate }

// Short names the status in a word or two, for a narrow list: the short
// forms ParseStatus reads ("none", "late", "partly"), or the name itself.
func (s Status) Short() string {
	switch s {
	case NoEvidence:
		return "none"
	case DeliveredLate:
		return "late"
	case PartlyDelivered:
		return "partly"
	default:
		return string(s)
	}
}

// ParseStatus reads a status name; "none" and "late" are accepted as short
// forms, and "-" or "_" for spaces.
func ParseStatus(s string) (Status, bool) {
	switch normal := foldWords(s); normal {
	case "none":
		return NoEvidence, true
	case "late":
		return DeliveredLate, true
	case "underway", "ongoing":
		return UnderWay, true
	case "partly", "partial":
		return PartlyDelivered, true
	default:
		for _, st := range Statuses() {
			if foldWords(string(st)) == normal {
				return st, true
			}
		}
	}
	return "", false
}

func foldWords(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_':
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// PlanState is where a planned event or Council stands on a given day.
type PlanState string

// The states of a plan.
const (
	PlanUpcoming   PlanState = "upcoming"   // its date has not passed
	PlanDue        PlanState = "due now"    // today is within its period
	PlanUnreported PlanState = "unreported" // its date passed and no source reports it
	PlanKept       PlanState = "kept"       // carried out within its period
	PlanKeptLate   PlanState = "kept late"  // carried out after its period
	PlanHeld       PlanState = "held"       // not a plan: it happened
)

// PlanOf says whether a plan was kept, is still to come, or passed without a
// report. Items that happened are PlanHeld.
func (b *Briefing) PlanOf(e Entry, today time.Time) PlanState {
	var date Date
	var fulfilledBy string
	switch v := e.(type) {
	case *Council:
		if !v.Planned {
			return PlanHeld
		}
		date = v.Date
	case *Event:
		if !v.Planned {
			return PlanHeld
		}
		date, fulfilledBy = v.Date, v.FulfilledBy
	default:
		return PlanHeld
	}
	if fulfilledBy != "" {
		if done := b.dateOf(fulfilledBy); !done.IsZero() && date.Before(done) {
			return PlanKeptLate
		}
		return PlanKept
	}
	switch date.Relative(today) {
	case Future:
		return PlanUpcoming
	case Current:
		return PlanDue
	default:
		return PlanUnreported
	}
}

// dateOf is the date of a dated item: a Council, an event, or an outcome
// (its Council's date).
func (b *Briefing) dateOf(id string) Date {
	switch v := b.byID[IDKey(id)].(type) {
	case *Council:
		return v.Date
	case *Event:
		return v.Date
	case *Outcome:
		if c := b.Council(v.Council); c != nil {
			return c.Date
		}
	}
	return Date{}
}

// NextCouncil is the first Council meeting that has not been held and whose
// period has not passed, or nil.
func (b *Briefing) NextCouncil(today time.Time) *Council {
	for _, c := range b.Councils {
		if c.Planned && c.Date.Relative(today) != Past {
			return c
		}
	}
	return nil
}
