package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// contexts is the context and analysis notes.
type contexts struct {
	page.Base
	d Deps
}

func (v *contexts) Name() string  { return "Context" }
func (v *contexts) Title() string { return "Context" }

func (v *contexts) Items() []list.Item {
	var out []list.Item
	for _, x := range v.d.C.B.Contexts {
		out = append(out, list.Item{ID: x.ID, Prefix: x.ID, Title: x.Title, Suffix: x.Category})
	}
	return out
}

func (v *contexts) Locate(e model.Entry) (page.Spot, bool) {
	if _, ok := e.(*model.Context); ok {
		return page.Spot{Nav: e.Base().ID}, true
	}
	return page.Spot{}, false
}
