package views

import (
	"slices"
	"strings"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// councils is "Since each Council", the delta a delegate reads before the
// next meeting.
type councils struct {
	page.Base
	d Deps
}

func (v *councils) Name() string  { return "Councils" }
func (v *councils) Tab() page.Tab { return page.Tab{Short: "DPCs", Keep: 8} }
func (v *councils) Title() string { return "Since each Council" }
func (v *councils) Wide() bool    { return true }

// Items are first the Councils still to come with their plan's state;
// then what happened since the last one held (events that report on joint
// actions); then each held Council, newest first, with its outcomes and,
// under each outcome, the joint actions it concerns and where they stand
// today. What shows an action done is marked ✓, and so is that action
// under it.
func (v *councils) Items() []list.Item {
	b, today := v.d.C.B, v.d.C.Today
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
			Title:  "next: " + c.DateAndPlace(),
			Suffix: string(state.Plan), Tone: stateTone(state),
		})
	}
	slices.SortStableFunc(held, func(x, y *model.Council) int { return y.Date.Compare(x.Date) })
	if len(held) > 0 {
		out = append(out, v.sinceRows(held[0])...)
	}
	for _, c := range held {
		out = append(out, v.councilRows(c)...)
	}
	if len(out) == 0 {
		out = append(out, list.Item{Divider: true, Heading: true, Title: "no Council in the content"})
	}
	return out
}

// sinceRows are the events after the last Council held, up to today, that
// report on joint actions, under a heading; none when there are none.
func (v *councils) sinceRows(last *model.Council) []list.Item {
	var rows []list.Item
	touched := map[string]bool{}
	for _, e := range v.d.C.B.Events {
		if e.Planned || e.Date.Compare(last.Date) <= 0 || e.Date.Relative(v.d.C.Today) == model.Future {
			continue
		}
		if len(e.Actions)+len(e.Delivers) == 0 {
			continue
		}
		er := v.evidenceRows(e.ID, e.Date.ISO()+" "+e.Title, e.Actions, e.Delivers, touched)
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
func (v *councils) councilRows(c *model.Council) []list.Item {
	outcomes := v.d.C.B.OutcomesOf(c.ID)
	touched := map[string]bool{}
	var rows []list.Item
	for _, o := range outcomes {
		rows = append(rows, v.evidenceRows(o.ID, o.Title, o.Actions, o.Delivers, touched)...)
	}
	head := list.Item{
		ID: c.ID, Prefix: "◆ " + c.ID,
		Title:  c.DateAndPlace(),
		Suffix: model.Plural(len(outcomes), "outcome", "outcomes") + " · " + model.Plural(len(touched), "action", "actions"),
	}
	return append([]list.Item{head}, rows...)
}

// evidenceRows are an outcome's or an event's row and, under it, the
// actions or parts of actions it names or shows done, each with its status
// and strength today. touched collects the actions met.
func (v *councils) evidenceRows(id, title string, actions, delivers []string, touched map[string]bool) []list.Item {
	suffix, tone := "", list.ToneMuted
	if len(delivers) > 0 {
		suffix, tone = "✓ delivers "+strings.Join(delivers, ", "), list.ToneGood
	}
	rows := []list.Item{{ID: id, Prefix: "  " + id, Title: title, Suffix: suffix, Tone: tone}}
	for _, ref := range unionIDs(actions, delivers) {
		a, part := v.d.C.B.ActionOf(ref)
		if a == nil {
			continue
		}
		touched[model.IDKey(a.ID)] = true
		p := v.d.Statuses.Of(a)
		if part != nil {
			p = partProgress(p, part)
		}
		status, short := string(p.Status), p.Status.Short()
		if slices.ContainsFunc(delivers, func(d string) bool { return model.SameID(d, ref) }) {
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
		if !slices.ContainsFunc(out, func(x string) bool { return model.SameID(x, id) }) {
			out = append(out, id)
		}
	}
	return out
}
