package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// sources is the sources every item cites.
type sources struct {
	page.Base
	d Deps
}

func (v *sources) Name() string  { return "Sources" }
func (v *sources) Title() string { return "Sources" }

func (v *sources) Items() []list.Item {
	var out []list.Item
	for _, s := range v.d.C.B.Sources {
		out = append(out, list.Item{ID: s.ID, Prefix: s.ID, Title: s.Title, Suffix: s.Type})
	}
	return out
}

func (v *sources) Locate(e model.Entry) (page.Spot, bool) {
	if _, ok := e.(*model.Source); ok {
		return page.Spot{Nav: e.Base().ID}, true
	}
	return page.Spot{}, false
}
