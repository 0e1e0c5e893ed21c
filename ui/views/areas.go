package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// areas is the priority areas with their scorecards, and beside them the
// selected area's joint actions with their statuses.
type areas struct {
	page.Base
	d Deps
}

func (v *areas) Name() string     { return "Areas" }
func (v *areas) Tab() page.Tab    { return page.Tab{Short: "Areas", Keep: 9} }
func (v *areas) Title() string    { return "Priority areas" }
func (v *areas) SubTitle() string { return "Joint actions" }

func (v *areas) Items() []list.Item {
	b := v.d.C.B
	out := make([]list.Item, 0, len(b.Areas))
	for _, a := range b.Areas {
		score, bar, tone := v.d.Statuses.score(a.ID)
		out = append(out, list.Item{ID: a.ID, Prefix: a.ID, Title: a.Short, Suffix: score, ShortSuffix: bar, Tone: tone})
	}
	return out
}

func (v *areas) SubItems(areaID string) []list.Item {
	var out []list.Item
	for _, a := range v.d.C.B.ActionsOf(areaID) {
		p := v.d.Statuses.Of(a)
		out = append(out, list.Item{ID: a.ID, Prefix: a.ID, Title: a.Title,
			Suffix: string(p.Status) + " · " + a.Modality.StrengthLabel(), ShortSuffix: p.Status.Short(), Tone: statusTone(p.Status)})
	}
	return out
}

// Locate: areas live here, and joint actions under their area.
func (v *areas) Locate(e model.Entry) (page.Spot, bool) {
	switch x := e.(type) {
	case *model.Area:
		return page.Spot{Nav: x.ID}, true
	case *model.Action:
		return page.Spot{Nav: x.Area, Sub: x.ID}, true
	}
	return page.Spot{}, false
}
