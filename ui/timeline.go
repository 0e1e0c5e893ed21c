package ui

import (
	"strings"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// timelineDateWidth lines the titles up after dates of different lengths
// ("2023-06-30", "Q1 2023", "2026").
const timelineDateWidth = 11

// timelineItems lists Councils and events in date order, filtered to the
// page's area when one is set, with a divider row where today falls.
func timelineItems(m *Model, p *page) []list.Item {
	b, today := m.c.B, m.c.Today
	var out []list.Item
	marked := false
	for _, mo := range b.Timeline() {
		if p.filter != "" && !b.Concerns(mo, p.filter) {
			continue
		}
		past := mo.Date.Relative(today) == model.Past
		if !past && !marked {
			out = append(out, todayRow(m))
			marked = true
		}
		it := mo.Entry.Base()
		// Councils are the landmarks: a diamond and their short id. Event
		// ids are long and say less than their titles.
		title := "· " + it.Title
		if _, ok := mo.Entry.(*model.Council); ok {
			title = "◆ " + it.ID + " " + it.Title
		}
		state := b.StateOf(mo.Entry, today)
		out = append(out, list.Item{
			ID:     it.ID,
			Prefix: padRight(mo.Date.ISO(), timelineDateWidth),
			Title:  title,
			Suffix: state.String(),
			Tone:   stateTone(state),
			Dim:    past && !mo.Planned,
		})
	}
	if !marked {
		out = append(out, todayRow(m))
	}
	return out
}

func todayRow(m *Model) list.Item {
	return list.Item{Divider: true, Title: "today " + model.DateOf(m.c.Today).String()}
}

// stateTone colours a Council's or an event's state: plans still open and
// dates fixed ahead in amber, kept plans in green, plans that passed
// unreported in red.
func stateTone(s model.MomentState) list.Tone {
	switch {
	case s.Stage == model.StagePlanned && s.Plan == model.PlanUnreported:
		return list.ToneBad
	case s.Stage == model.StagePlanned && (s.Plan == model.PlanKept || s.Plan == model.PlanKeptLate):
		return list.ToneGood
	case s.Stage == model.StagePlanned, s.Stage == model.StageScheduled:
		return list.ToneWarn
	default:
		return list.ToneMuted
	}
}

// firstUpcoming is the id of the first moment after the today marker, where
// the timeline opens.
func firstUpcoming(items []list.Item) string {
	for i, it := range items {
		if !it.Divider {
			continue
		}
		if i+1 < len(items) {
			return items[i+1].ID
		}
		if i > 0 {
			return items[i-1].ID
		}
	}
	return ""
}

// nextFilter cycles the timeline's area filter: all areas, then each area
// in order, then all again.
func nextFilter(b *model.Briefing, current string) string {
	if current == "" {
		if len(b.Areas) == 0 {
			return ""
		}
		return b.Areas[0].ID
	}
	for i, a := range b.Areas {
		if strings.EqualFold(a.ID, current) && i+1 < len(b.Areas) {
			return b.Areas[i+1].ID
		}
	}
	return ""
}

func padRight(s string, w int) string {
	if n := len([]rune(s)); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
