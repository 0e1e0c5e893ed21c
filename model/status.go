package model

import (
	"slices"
	"strconv"
	"time"
)

// Status is where a joint action stands, derived from its evidence and
// today's date, never typed by hand.
type Status string

// The statuses of a joint action.
const (
	NoEvidence    Status = "no evidence"    // nothing reported since the launch
	Planned       Status = "planned"        // only plans so far
	UnderWay      Status = "under way"      // reported work, not yet shown done
	Delivered     Status = "delivered"      // shown done, on time or with no deadline
	DeliveredLate Status = "delivered late" // shown done after its deadline
	Overdue       Status = "overdue"        // its deadline passed with nothing shown done
)

// Statuses lists every status, from the least to the most advanced.
func Statuses() []Status {
	return []Status{Overdue, NoEvidence, Planned, UnderWay, DeliveredLate, Delivered}
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

// Evidence is one Council outcome or event that reports on a joint action.
type Evidence struct {
	ID       string     `json:"id"`
	Kind     Kind       `json:"kind"`
	Title    string     `json:"title"`
	Date     Date       `json:"date"`
	Planned  bool       `json:"planned"`
	Delivers bool       `json:"delivers"` // it shows the action done
	Sources  []Citation `json:"sources"`
}

// Progress is the status of one joint action with the evidence behind it.
type Progress struct {
	Action   *Action    `json:"-"`
	Status   Status     `json:"status"`
	Evidence []Evidence `json:"evidence"`
	// Reason says in a sentence why the action has this status.
	Reason string `json:"reason"`
}

// Evidence lists what reports on an action: Council outcomes and events that
// name it, oldest first.
func (b *Briefing) Evidence(actionID string) []Evidence {
	var out []Evidence
	for _, link := range b.LinksTo(actionID) {
		if link.Field != "actions" && link.Field != "delivers" {
			continue
		}
		e := b.evidenceFrom(link.From)
		if e == nil {
			continue
		}
		if i := slices.IndexFunc(out, func(x Evidence) bool { return x.ID == e.ID }); i >= 0 {
			out[i].Delivers = out[i].Delivers || link.Field == "delivers"
			continue
		}
		e.Delivers = link.Field == "delivers"
		out = append(out, *e)
	}
	slices.SortStableFunc(out, func(x, y Evidence) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return compareIDs(x.ID, y.ID)
	})
	return out
}

func (b *Briefing) evidenceFrom(id string) *Evidence {
	switch v := b.byID[fold(id)].(type) {
	case *Outcome:
		c := b.Council(v.Council)
		if c == nil {
			return nil
		}
		return &Evidence{ID: v.ID, Kind: KindOutcome, Title: v.Title, Date: c.Date, Planned: c.Planned, Sources: v.Sources}
	case *Event:
		return &Evidence{ID: v.ID, Kind: KindEvent, Title: v.Title, Date: v.Date, Planned: v.Planned, Sources: v.Sources}
	}
	return nil
}

// ProgressOf derives the status of a joint action on the given day. The
// clock is a parameter so that tests, and delegates asking "where did we
// stand in March?", can fix it.
func (b *Briefing) ProgressOf(a *Action, today time.Time) Progress {
	p := Progress{Action: a, Evidence: b.Evidence(a.ID)}
	var firstDelivery *Evidence
	happened := 0
	for i, e := range p.Evidence {
		if e.Planned || e.Date.Relative(today) == Future {
			continue
		}
		happened++
		if e.Delivers && firstDelivery == nil {
			firstDelivery = &p.Evidence[i]
		}
	}
	deadlinePassed := a.Deadline != nil && a.Deadline.Relative(today) == Past
	switch {
	case firstDelivery != nil && a.Deadline != nil && a.Deadline.Before(firstDelivery.Date):
		p.Status = DeliveredLate
		p.Reason = "due " + a.Deadline.String() + "; shown done by " + firstDelivery.ID + " " + firstDelivery.Date.Phrase()
	case firstDelivery != nil:
		p.Status = Delivered
		p.Reason = "shown done by " + firstDelivery.ID + " " + firstDelivery.Date.Phrase()
	case deadlinePassed:
		p.Status = Overdue
		p.Reason = "due " + a.Deadline.String() + "; nothing reported shows it done"
	case happened > 0:
		p.Status = UnderWay
		p.Reason = plural(happened, "report", "reports") + " of work; none shows it done yet"
	case len(p.Evidence) > 0:
		p.Status = Planned
		p.Reason = "only plans so far"
	default:
		p.Status = NoEvidence
		p.Reason = "no Council outcome or event in the sources reports on it"
	}
	return p
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
	switch v := b.byID[fold(id)].(type) {
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

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
