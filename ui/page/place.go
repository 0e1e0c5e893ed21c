package page

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/list"
)

// Place is where the page stands, for history to come back to exactly:
// the lists' rows and scroll (an item can be listed twice), the item
// followed, the focus, the document's scroll and the words highlighted.
type Place struct {
	navID, subID, override string
	navAt, subAt           list.Place
	level, focus           Pane
	offset                 int
	terms                  []string
}

// Place records where the page stands now.
func (p *Model) Place() Place {
	nav, _ := p.nav.Selected()
	sub, _ := p.sub.Selected()
	return Place{navID: nav.ID, subID: sub.ID, override: p.override, navAt: p.nav.Place(), subAt: p.sub.Place(),
		level: p.level, focus: p.focus, offset: p.detail.Offset(), terms: p.detail.Terms()}
}

// Restore comes back to a recorded place.
func (p *Model) Restore(at Place) tea.Cmd {
	p.nav.SetPlace(at.navAt, at.navID)
	p.refreshSub()
	p.sub.SetPlace(at.subAt, at.subID)
	p.override, p.level = at.override, at.level
	cmd := p.sync()
	focus := at.focus
	if focus == Related && !p.relatedFits() {
		focus = Detail // the window shrank since: the pane is not drawn
	}
	p.focusPane(focus)
	// Size the detail for this layout before scrolling it: the scroll is
	// kept in lines of the rendering at this width.
	sized := p.fit()
	p.detail.Highlight(at.terms)
	p.detail.SetOffset(at.offset)
	return tea.Batch(cmd, sized)
}

// Locate says where an item lives in this page's view, if it does.
func (p *Model) Locate(id string) (Spot, bool) {
	e, ok := p.c.B.Get(id)
	if !ok {
		return Spot{}, false
	}
	return p.view.Locate(e)
}

// Show selects a spot, with the document focused: what opening an item
// does. When the view's filters hide the rows, they are dropped rather
// than the wrong thing shown.
func (p *Model) Show(s Spot) tea.Cmd {
	if !p.nav.SelectID(s.Nav) && p.view.Unfilter() {
		p.nav.SetItems(p.view.Items())
		p.nav.SelectID(s.Nav)
	}
	p.refreshSub()
	p.sub.SelectID(s.Sub)
	p.level = Nav
	if s.Sub != "" {
		p.level = Sub
	}
	p.setFocus(Detail)
	p.override = s.Override
	return tea.Batch(p.sync(), p.fit())
}

// ShowInstead shows an item in the document in place of the selection, in
// this view: for an item no view lists.
func (p *Model) ShowInstead(id string) tea.Cmd {
	return p.Show(Spot{Nav: p.navSelection(), Sub: p.subSelection(), Override: id})
}

func (p *Model) navSelection() string { sel, _ := p.nav.Selected(); return sel.ID }
func (p *Model) subSelection() string {
	if p.level != Sub {
		return ""
	}
	sel, _ := p.sub.Selected()
	return sel.ID
}
