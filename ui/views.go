package ui

import (
	"strconv"

	"github.com/eu-rok/briefing/ui/list"
)

// ViewID names a view: one tab of the tab bar.
type ViewID int

// The views, in tab order. A new view (a tracker, an agenda) is a constant
// here and an entry in viewSpecs; nothing else lists them.
const (
	ViewAreas ViewID = iota
	ViewTimeline
	ViewOverview
	ViewGlossary
	ViewContext
	ViewSources
	ViewTracker  // every joint action's status (tracker.go)
	ViewCouncils // what each Council added (sincecouncil.go)
	ViewAgenda   // the user's agenda, notes and flags (agenda.go)
)

// viewSpec says how a view fills its lists. nav is the main list; sub, when
// set, is a second list that follows the main one's selection (an area's
// joint actions).
type viewSpec struct {
	id       ViewID
	name     string
	navTitle string
	subTitle string
	nav      func(m *Model, p *page) []list.Item
	sub      func(m *Model, navID string) []list.Item
	// title, when set, makes the main list's title (an order, filters).
	title func(m *Model, p *page) string
	// wide gives the main list most of the width: a table.
	wide bool
}

// viewSpecs lists the views in tab order.
var viewSpecs = []viewSpec{
	{id: ViewAreas, name: "Areas", navTitle: "Priority areas", subTitle: "Joint actions", nav: areaItems, sub: actionItems},
	{id: ViewTimeline, name: "Timeline", navTitle: "Timeline", nav: timelineItems},
	{id: ViewOverview, name: "Overview", navTitle: "Overview", nav: overviewItems},
	{id: ViewGlossary, name: "Glossary", navTitle: "Glossary", nav: glossaryItems},
	{id: ViewContext, name: "Context", navTitle: "Context", nav: contextItems},
	{id: ViewSources, name: "Sources", navTitle: "Sources", nav: sourceItems},
	{id: ViewTracker, name: "Tracker", navTitle: "Tracker", nav: trackerItems, title: trackerTitle, wide: true},
	{id: ViewCouncils, name: "Councils", navTitle: "Since each Council", nav: councilDeltaItems, wide: true},
	{id: ViewAgenda, name: "Agenda", navTitle: "Agenda", nav: agendaItems, title: agendaTitle, wide: true},
}

// viewNames lists the views' names in tab order, for the key map.
func viewNames() []string {
	names := make([]string, len(viewSpecs))
	for i, v := range viewSpecs {
		names[i] = v.name
	}
	return names
}

func areaItems(m *Model, _ *page) []list.Item {
	b := m.c.B
	out := make([]list.Item, 0, len(b.Areas))
	for _, a := range b.Areas {
		score, bar, tone := m.areaScore(a.ID)
		out = append(out, list.Item{ID: a.ID, Prefix: a.ID, Title: a.Short, Suffix: score, ShortSuffix: bar, Tone: tone})
	}
	return out
}

func actionItems(m *Model, areaID string) []list.Item {
	b := m.c.B
	var out []list.Item
	t := m.tracker()
	for _, a := range b.ActionsOf(areaID) {
		p := t.progressOf(a)
		out = append(out, list.Item{ID: a.ID, Prefix: a.ID, Title: a.Title, Suffix: string(p.Status) + " · " + a.Modality.StrengthLabel(), ShortSuffix: p.Status.Short(), Tone: statusTone(p.Status)})
	}
	return out
}

func overviewItems(m *Model, _ *page) []list.Item {
	var out []list.Item
	for _, o := range m.c.B.Overview {
		out = append(out, list.Item{ID: o.ID, Title: o.Title})
	}
	return out
}

func glossaryItems(m *Model, _ *page) []list.Item {
	var out []list.Item
	for _, t := range m.c.B.Terms {
		out = append(out, list.Item{ID: t.ID, Title: t.Title, Suffix: t.Category})
	}
	return out
}

func contextItems(m *Model, _ *page) []list.Item {
	var out []list.Item
	for _, x := range m.c.B.Contexts {
		out = append(out, list.Item{ID: x.ID, Prefix: x.ID, Title: x.Title, Suffix: x.Category})
	}
	return out
}

func sourceItems(m *Model, _ *page) []list.Item {
	var out []list.Item
	for _, s := range m.c.B.Sources {
		out = append(out, list.Item{ID: s.ID, Prefix: s.ID, Title: s.Title, Suffix: s.Type})
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
