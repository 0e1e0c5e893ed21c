package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// overview is the partnership's overview, section by section.
type overview struct {
	page.Base
	d Deps
}

func (v *overview) Name() string  { return "Overview" }
func (v *overview) Title() string { return "Overview" }

func (v *overview) Items() []list.Item {
	var out []list.Item
	for _, o := range v.d.C.B.Overview {
		out = append(out, list.Item{ID: o.ID, Title: o.Title})
	}
	return out
}

func (v *overview) Locate(e model.Entry) (page.Spot, bool) {
	if _, ok := e.(*model.Overview); ok {
		return page.Spot{Nav: e.Base().ID}, true
	}
	return page.Spot{}, false
}
