package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// catalogue is a view that lists the items of one kind, in the briefing's
// reading order, and is where they live: the overview, the glossary,
// context and sources.
type catalogue struct {
	page.Base
	d    Deps
	name string
	tab  page.Tab
	kind model.Kind
}

func (v *catalogue) Name() string  { return v.name }
func (v *catalogue) Title() string { return v.name }
func (v *catalogue) Tab() page.Tab { return v.tab }

func (v *catalogue) Items() []list.Item {
	var out []list.Item
	for _, e := range v.d.C.B.All() {
		if e.Base().Kind == v.kind {
			out = append(out, row(e))
		}
	}
	return out
}

// row is an item's row: its id in front where the id says something (a
// context note's, a source's), and its category or type at the right.
func row(e model.Entry) list.Item {
	it := e.Base()
	switch x := e.(type) {
	case *model.Term:
		return list.Item{ID: it.ID, Title: it.Title, Suffix: x.Category}
	case *model.Context:
		return list.Item{ID: it.ID, Prefix: it.ID, Title: it.Title, Suffix: x.Category}
	case *model.Source:
		return list.Item{ID: it.ID, Prefix: it.ID, Title: it.Title, Suffix: x.Type}
	default:
		return list.Item{ID: it.ID, Title: it.Title}
	}
}

func (v *catalogue) Locate(e model.Entry) (page.Spot, bool) {
	if e.Base().Kind == v.kind {
		return page.Spot{Nav: e.Base().ID}, true
	}
	return page.Spot{}, false
}
