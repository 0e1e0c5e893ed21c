package views

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// timelineDateWidth lines the titles up after dates of different lengths
// ("2023-06-30", "Q1 2023", "2026").
const timelineDateWidth = 11

// timeline is the Councils and events in date order, with a row where
// today falls, filtered to one area with its key.
type timeline struct {
	page.Base
	d      Deps
	filter string // the area shown, or "" for all
}

func (v *timeline) Name() string  { return "Timeline" }
func (v *timeline) Tab() page.Tab { return page.Tab{Short: "Time", Keep: 7} }

func (v *timeline) Title() string {
	if v.filter != "" {
		if a := v.d.C.B.Area(v.filter); a != nil {
			return "Timeline: " + a.Short
		}
	}
	return "Timeline"
}

// Items lists Councils and events in date order, filtered to the area
// when one is set, with a divider row where today falls.
func (v *timeline) Items() []list.Item {
	b, today := v.d.C.B, v.d.C.Today
	var out []list.Item
	marked := false
	for _, mo := range b.Timeline() {
		if v.filter != "" && !b.Concerns(mo, v.filter) {
			continue
		}
		past := mo.Date.Relative(today) == model.Past
		if !past && !marked {
			out = append(out, v.todayRow())
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
		out = append(out, v.todayRow())
	}
	return out
}

func (v *timeline) todayRow() list.Item {
	return list.Item{Divider: true, Title: "today " + model.DateOf(v.d.C.Today).String()}
}

// Opening is the first moment after the today marker.
func (v *timeline) Opening(items []list.Item) string {
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

// Locate: Councils and events live here, and an outcome under its
// Council.
func (v *timeline) Locate(e model.Entry) (page.Spot, bool) {
	switch x := e.(type) {
	case *model.Council, *model.Event:
		return page.Spot{Nav: e.Base().ID}, true
	case *model.Outcome:
		return page.Spot{Nav: x.Council, Override: x.ID}, true
	}
	return page.Spot{}, false
}

func (v *timeline) Unfilter() bool {
	had := v.filter != ""
	v.filter = ""
	return had
}

// Update cycles the area filter: all areas, then each in order, then all.
func (v *timeline) Update(msg tea.Msg, lists page.Lists) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !key.Matches(k, v.d.C.Keys.Timeline.Filter) {
		return nil, false
	}
	v.filter = nextArea(v.d.C.B, v.filter)
	lists.Refill()
	return nil, true
}

func (v *timeline) ShortHelp() []key.Binding { return []key.Binding{v.d.C.Keys.Timeline.Filter} }

func (v *timeline) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// nextArea cycles an area filter: all areas, then each area in order,
// then all again.
func nextArea(b *model.Briefing, current string) string {
	if current == "" {
		if len(b.Areas) == 0 {
			return ""
		}
		return b.Areas[0].ID
	}
	for i, a := range b.Areas {
		if model.SameID(a.ID, current) && i+1 < len(b.Areas) {
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
