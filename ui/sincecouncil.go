package ui

import (
	"slices"
	"strings"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// councilDeltaItems fills the "Since each Council" view, the delta a
// delegate reads before the next meeting: first the Councils still to
// come with their plan's state; then what happened since the last one
// held (events that report on joint actions); then each held Council,
// newest first, with its outcomes and, under each outcome, the joint
// actions it concerns and where they stand today. What shows an action
// done is marked ✓, and so is that action under it.
func councilDeltaItems(m *Model, _ *page) []list.Item {
	b, today := m.c.B, m.c.Today
	var out []list.Item
	var held []*model.Council
	for _, c := range b.Councils {
		if !c.Planned {
			held = append(held, c)
			continue
		}
		state := b.StateOf(c, today)
		out = append(out, list.Item{
			ID: c.ID, Prefix: "◇ " + c.ID,
			Title:  "next: " + c.Date.String() + joinPlace(c.Place),
			Suffix: string(state.Plan), Tone: stateTone(state),
		})
	}
	slices.SortStableFunc(held, func(x, y *model.Council) int { return y.Date.Compare(x.Date) })
	if len(held) > 0 {
		out = append(out, m.sinceRows(held[0])...)
	}
	for _, c := range held {
		out = append(out, m.councilRows(c)...)
	}
	if len(out) == 0 {
		out = append(out, list.Item{Divider: true, Heading: true, Title: "no Council in the content"})
	}
	return out
}

// sinceRows are the events after the last Council held, up to today, that
// report on joint actions, under a heading; none when there are none.
func (m *Model) sinceRows(last *model.Council) []list.Item {
	var rows []list.Item
	touched := map[string]bool{}
	for _, e := range m.c.B.Events {
		if e.Planned || e.Date.Compare(last.Date) <= 0 || e.Date.Relative(m.c.Today) == model.Future {
			continue
		}
		if len(e.Actions)+len(e.Delivers) == 0 {
			continue
		}
		er := m.evidenceRows(e.ID, e.Date.ISO()+" "+e.Title, e.Actions, e.Delivers, touched)
		if e.Unconfirmed {
			er[0].Suffix, er[0].ShortSuffix = model.Unconfirmed, "unconfirmed"
		}
		rows = append(rows, er...)
	}
	if len(rows) == 0 {
		return nil
	}
	head := list.Item{Divider: true, Heading: true,
		Title: "since " + last.ID + ": " + model.Plural(len(touched), "action", "actions") + " reported on"}
	return append([]list.Item{head}, rows...)
}

// councilRows are one held Council's rows: the Council, its outcomes, and
// the actions under each.
func (m *Model) councilRows(c *model.Council) []list.Item {
	outcomes := m.c.B.OutcomesOf(c.ID)
	touched := map[string]bool{}
	var rows []list.Item
	for _, o := range outcomes {
		rows = append(rows, m.evidenceRows(o.ID, o.Title, o.Actions, o.Delivers, touched)...)
	}
	head := list.Item{
		ID: c.ID, Prefix: "◆ " + c.ID,
		Title:  c.Date.String() + joinPlace(c.Place),
		Suffix: model.Plural(len(outcomes), "outcome", "outcomes") + " · " + model.Plural(len(touched), "action", "actions"),
	}
	return append([]list.Item{head}, rows...)
}

// evidenceRows are an outcome's or an event's row and, under it, the
// actions or parts of actions it names or shows done, each with its status
// and strength today. touched collects the actions met.
func (m *Model) evidenceRows(id, title string, actions, delivers []string, touched map[string]bool) []list.Item {
	t := m.tracker()
	suffix, tone := "", list.ToneMuted
	if len(delivers) > 0 {
		suffix, tone = "✓ delivers "+strings.Join(delivers, ", "), list.ToneGood
	}
	rows := []list.Item{{ID: id, Prefix: "  " + id, Title: title, Suffix: suffix, Tone: tone}}
	for _, ref := range unionIDs(actions, delivers) {
		a, part := m.c.B.ActionOf(ref)
		if a == nil {
			continue
		}
		touched[strings.ToUpper(a.ID)] = true
		p := t.progressOf(a)
		if part != nil {
			p = partProgress(p, part)
		}
		status, short := string(p.Status), p.Status.Short()
		if slices.ContainsFunc(delivers, func(d string) bool { return strings.EqualFold(d, ref) }) {
			status, short = "✓ "+status, "✓ "+short
		}
		rows = append(rows, list.Item{ID: a.ID, Prefix: "     " + p.ID, Title: p.Title,
			Suffix: status + " · " + p.Modality.StrengthLabel(), ShortSuffix: short, Tone: statusTone(p.Status)})
	}
	return rows
}

// partProgress picks one part's progress out of its action's.
func partProgress(p model.Progress, part *model.Part) model.Progress {
	for _, pp := range p.Parts {
		if pp.Part == part {
			return pp
		}
	}
	return p
}

// unionIDs lists the ids of a, then those of b not in a, once each.
func unionIDs(a, b []string) []string {
	var out []string
	for _, id := range slices.Concat(a, b) {
		if !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, id) }) {
			out = append(out, id)
		}
	}
	return out
}
