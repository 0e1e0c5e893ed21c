package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// glossary is the terms, with their categories.
type glossary struct {
	page.Base
	d Deps
}

func (v *glossary) Name() string  { return "Glossary" }
func (v *glossary) Title() string { return "Glossary" }

func (v *glossary) Items() []list.Item {
	var out []list.Item
	for _, t := range v.d.C.B.Terms {
		out = append(out, list.Item{ID: t.ID, Title: t.Title, Suffix: t.Category})
	}
	return out
}

func (v *glossary) Locate(e model.Entry) (page.Spot, bool) {
	if _, ok := e.(*model.Term); ok {
		return page.Spot{Nav: e.Base().ID}, true
	}
	return page.Spot{}, false
}
