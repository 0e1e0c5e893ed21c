package model

import (
	"slices"
	"strings"
	"time"
)

// Evidence is one Council outcome or event that reports on a joint action.
type Evidence struct {
	ID          string     `json:"id"`
	Kind        Kind       `json:"kind"`
	Title       string     `json:"title"`
	Date        Date       `json:"date"`
	Planned     bool       `json:"planned"`
	Unconfirmed bool       `json:"unconfirmed,omitempty"` // reported by unofficial sources only
	Delivers    bool       `json:"delivers"`              // it shows the action, or a part, done
	Parts       []string   `json:"parts,omitempty"`       // the letters of the parts it reports on
	Sources     []Citation `json:"sources"`
}

// Progress is where a joint action, or one part of it, stands on a day,
// with the evidence behind it and the sentence that decided it.
type Progress struct {
	Action   *Action    `json:"-"`
	Part     *Part      `json:"-"` // nil for a whole action
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Modality Modality   `json:"modality"`
	Deadline *Date      `json:"deadline,omitempty"`
	Status   Status     `json:"status"`
	Evidence []Evidence `json:"evidence"`
	// Reason is the one sentence that decided the status: the report it
	// rests on, with its date and citation, or for an action with parts,
	// where each part stands.
	Reason string     `json:"reason"`
	Parts  []Progress `json:"parts,omitempty"`
}

// Evidence lists what reports on an action: Council outcomes and events that
// name it or one of its parts, oldest first.
func (b *Briefing) Evidence(actionID string) []Evidence { return b.evidence(actionID, nil) }

// evidence lists what reports on an action, or with keep, on the parts
// keep lets through.
func (b *Briefing) evidence(actionID string, keep func(part string) bool) []Evidence {
	var out []Evidence
	for _, link := range b.LinksTo(actionID) {
		if !isEvidenceField(link.Field) || (keep != nil && !keep(link.Part)) {
			continue
		}
		delivers := link.Field == "delivers"
		if i := slices.IndexFunc(out, func(x Evidence) bool { return x.ID == link.From }); i >= 0 {
			out[i].Delivers = out[i].Delivers || delivers
			out[i].Parts = addLetter(out[i].Parts, link.Part)
			continue
		}
		e := b.evidenceFrom(link.From)
		if e == nil {
			continue
		}
		e.Delivers, e.Parts = delivers, addLetter(nil, link.Part)
		out = append(out, *e)
	}
	slices.SortStableFunc(out, func(x, y Evidence) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return CompareIDs(x.ID, y.ID)
	})
	return out
}

func addLetter(letters []string, l string) []string {
	if l == "" || slices.Contains(letters, l) {
		return letters
	}
	letters = append(letters, l)
	slices.Sort(letters)
	return letters
}

func (b *Briefing) evidenceFrom(id string) *Evidence {
	switch v := b.byID[IDKey(id)].(type) {
	case *Outcome:
		c := b.Council(v.Council)
		if c == nil {
			return nil
		}
		return &Evidence{ID: v.ID, Kind: KindOutcome, Title: v.Title, Date: c.Date, Planned: c.Planned, Sources: v.Sources}
	case *Event:
		return &Evidence{ID: v.ID, Kind: KindEvent, Title: v.Title, Date: v.Date, Planned: v.Planned, Unconfirmed: v.Unconfirmed, Sources: v.Sources}
	}
	return nil
}

// ProgressOf derives the status of a joint action on the given day. The
// clock is a parameter so that tests, and delegates asking "where did we
// stand in March?", can fix it. An action with parts gets each part's
// status, and its own rolls up from them.
func (b *Briefing) ProgressOf(a *Action, today time.Time) Progress {
	p := Progress{Action: a, ID: a.ID, Title: a.Title, Modality: a.Modality, Deadline: a.Deadline, Evidence: b.Evidence(a.ID)}
	text := commitmentText(a)
	if len(a.Parts) == 0 {
		p.Status, p.Reason = decide(p.Evidence, p.Deadline, text, today)
		return p
	}
	for i := range a.Parts {
		part := &a.Parts[i]
		pp := Progress{Action: a, Part: part, ID: part.ID, Title: part.Title, Modality: part.Modality, Deadline: part.Deadline,
			Evidence: b.evidence(a.ID, func(l string) bool { return l == part.Letter })}
		pp.Status, pp.Reason = decide(pp.Evidence, pp.Deadline, text, today)
		p.Parts = append(p.Parts, pp)
	}
	p.Status, p.Reason = rollUp(p.Parts)
	return p
}

// commitmentText is the source that makes an action's commitment: its first
// citation's source (the partnership text). A status cites the report, not
// the commitment, so the deciding sentence skips it.
func commitmentText(a *Action) string {
	if len(a.Sources) == 0 {
		return ""
	}
	return a.Sources[0].Source
}

// decide gives the status of one commitment (an action or a part) from its
// evidence, its deadline and the day, with the sentence that decided it:
// the first report that shows it done, or else the latest report of work.
// Plans, reports of what is yet to come and unconfirmed reports never
// decide more than that nothing else is known.
func decide(ev []Evidence, deadline *Date, text string, today time.Time) (Status, string) {
	var firstDelivery, latest, plan, unconfirmed *Evidence
	for i := range ev {
		e := &ev[i]
		switch {
		case e.Unconfirmed:
			unconfirmed = cmpOr(unconfirmed, e)
		case e.Planned || e.Date.Relative(today) == Future:
			plan = cmpOr(plan, e)
		default:
			latest = e
			if e.Delivers {
				firstDelivery = cmpOr(firstDelivery, e)
			}
		}
	}
	due := ""
	if deadline != nil {
		due = "due " + deadline.String() + "; "
	}
	switch {
	case firstDelivery != nil && deadline != nil && deadline.Before(firstDelivery.Date):
		return DeliveredLate, due + firstDelivery.sentence(text)
	case firstDelivery != nil:
		return Delivered, firstDelivery.sentence(text)
	case deadline != nil && deadline.Relative(today) == Past:
		return Overdue, due + "nothing reported shows it done"
	case latest != nil:
		return UnderWay, latest.sentence(text)
	case plan != nil:
		return Planned, "only a plan: " + plan.sentence(text)
	case unconfirmed != nil:
		return NoEvidence, "only an unconfirmed report: " + unconfirmed.sentence(text)
	default:
		return NoEvidence, "nothing in the sources reports on it"
	}
}

// cmpOr keeps the first of two: cur if set, else e.
func cmpOr(cur, e *Evidence) *Evidence {
	if cur != nil {
		return cur
	}
	return e
}

// sentence names a report, when, where it is written and what it says,
// in that order so that a narrow screen keeps the first three:
// `DPC-2.4, 26 March 2024 (S1 L19): "Semiconductor researchers' forum
// launched"`. The citation is the report's first one that is not the
// commitment's own text.
func (e Evidence) sentence(text string) string {
	s := e.ID + ", " + e.Date.String()
	if len(e.Sources) > 0 {
		c := e.Sources[0]
		if i := slices.IndexFunc(e.Sources, func(c Citation) bool { return !SameID(c.Source, text) }); i >= 0 {
			c = e.Sources[i]
		}
		s += " (" + c.String() + ")"
	}
	return s + ": \"" + e.Title + "\""
}

// rollUp gives an action's status from its parts': delivered when every
// part is, otherwise overdue if any part is, partly delivered when some
// are done, else the most advanced part's. The sentence says where each part
// stands, the most advanced first: "part b delivered late; part a no
// evidence".
func rollUp(parts []Progress) (Status, string) {
	done, late, overdue := 0, false, false
	best := Overdue
	for _, p := range parts {
		if p.Status.Done() {
			done++
			late = late || p.Status == DeliveredLate
		}
		overdue = overdue || p.Status == Overdue
		if p.Status.Rank() > best.Rank() {
			best = p.Status
		}
	}
	var st Status
	switch {
	case done == len(parts) && late:
		st = DeliveredLate
	case done == len(parts):
		st = Delivered
	case overdue: // a missed deadline is what needs attention first
		st = Overdue
	case done > 0:
		st = PartlyDelivered
	default:
		st = best
	}
	statuses := Statuses()
	slices.Reverse(statuses)
	var groups []string
	for _, s := range statuses {
		var letters []string
		for _, p := range parts {
			if p.Status == s {
				letters = append(letters, p.Part.Letter)
			}
		}
		switch len(letters) {
		case 0:
		case 1:
			groups = append(groups, "part "+letters[0]+" "+string(s))
		default:
			groups = append(groups, "parts "+strings.Join(letters, ", ")+" "+string(s))
		}
	}
	return st, strings.Join(groups, "; ")
}
