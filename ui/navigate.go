package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// location is a place the user can come back to: a view, its selections,
// focus, and how far the detail was scrolled.
type location struct {
	view               int
	nav, sub, override string
	level, focus       paneID
	offset             int
	// navAt and subAt are the lists' exact rows and scroll (an item can be
	// listed twice); terms are the words highlighted in the detail.
	navAt, subAt list.Place
	terms        []string
}

// here records the current place, for history.
func (m *Model) here() location {
	p := m.page()
	nav, _ := p.nav.Selected()
	sub, _ := p.sub.Selected()
	return location{view: m.active, nav: nav.ID, sub: sub.ID, override: p.override,
		level: p.level, focus: p.focus, offset: m.detail.Offset(),
		navAt: p.nav.Place(), subAt: p.sub.Place(), terms: m.detail.Terms()}
}

// restore returns to a recorded place.
func (m *Model) restore(l location) tea.Cmd {
	m.switchView(l.view)
	p := m.page()
	p.nav.SetPlace(l.navAt, l.nav)
	m.refreshSub(p)
	p.sub.SetPlace(l.subAt, l.sub)
	p.override, p.level, p.focus = l.override, l.level, l.focus
	cmd := m.syncDetail()
	// Size the detail for this view before scrolling it: views lay the
	// detail out at different widths, and the scroll is kept in lines of
	// the rendering at this one.
	sized := m.layoutCmd()
	m.detail.Highlight(l.terms)
	m.detail.SetOffset(l.offset)
	return tea.Batch(cmd, sized)
}

// switchView shows another view, keeping the one left as it was.
func (m *Model) switchView(i int) {
	if i < 0 || i >= len(m.pages) || i == m.active {
		return
	}
	m.page().offset = m.detail.Offset()
	m.active = i
}

// viewIndex finds a view's tab.
func viewIndex(id ViewID) int {
	for i, v := range viewSpecs {
		if v.id == id {
			return i
		}
	}
	return 0
}

// locate says where an item lives: which view, which rows to select, and
// what to show in the detail when the item has no row of its own (an
// outcome shows under its Council).
func (m *Model) locate(e model.Entry) location {
	id := e.Base().ID
	l := location{level: paneNav, focus: paneDetail}
	switch v := e.(type) {
	case *model.Area:
		l.view, l.nav = viewIndex(ViewAreas), v.ID
	case *model.Action:
		l.view, l.nav, l.sub, l.level = viewIndex(ViewAreas), v.Area, v.ID, paneSub
	case *model.Council, *model.Event:
		l.view, l.nav = viewIndex(ViewTimeline), id
	case *model.Outcome:
		l.view, l.nav, l.override = viewIndex(ViewTimeline), v.Council, id
	case *model.Term:
		l.view, l.nav = viewIndex(ViewGlossary), id
	case *model.Context:
		l.view, l.nav = viewIndex(ViewContext), id
	case *model.Source:
		l.view, l.nav = viewIndex(ViewSources), id
	case *model.Overview:
		l.view, l.nav = viewIndex(ViewOverview), id
	default:
		// An item with no view of its own opens in the detail where the
		// user is.
		p := m.page()
		nav, _ := p.nav.Selected()
		sub, _ := p.sub.Selected()
		l.view, l.nav, l.sub, l.level, l.override = m.active, nav.ID, sub.ID, p.level, id
	}
	return l
}

// goTo shows an item where it lives, with the detail focused. It reports
// false, and sets the error line, for an unknown id.
func (m *Model) goTo(id string) bool {
	e, err := m.c.B.Lookup(id)
	if err != nil {
		m.err = err.Error()
		return false
	}
	l := m.locate(e)
	m.switchView(l.view)
	p := m.page()
	if !p.nav.SelectID(l.nav) && p.filter != "" {
		// The timeline's filter hides the item: drop the filter rather than
		// show the wrong thing.
		p.filter = ""
		p.nav.SetItems(p.spec.nav(m, p))
		p.nav.SelectID(l.nav)
	}
	m.refreshSub(p)
	p.sub.SelectID(l.sub)
	p.override, p.level, p.focus = l.override, l.level, l.focus
	return true
}

// follow opens an item and records the place left, as a browser does.
func (m *Model) follow(id string) tea.Cmd {
	from := m.here()
	if !m.goTo(id) {
		return nil
	}
	m.back = append(m.back, from)
	m.fwd = nil
	return m.syncDetail()
}

// goBack returns to the previous place; it reports false at the start.
func (m *Model) goBack() (tea.Cmd, bool) {
	if len(m.back) == 0 {
		return nil, false
	}
	to := m.back[len(m.back)-1]
	m.back = m.back[:len(m.back)-1]
	m.fwd = append(m.fwd, m.here())
	return m.restore(to), true
}

// goForward undoes a goBack.
func (m *Model) goForward() tea.Cmd {
	if len(m.fwd) == 0 {
		return nil
	}
	to := m.fwd[len(m.fwd)-1]
	m.fwd = m.fwd[:len(m.fwd)-1]
	m.back = append(m.back, m.here())
	return m.restore(to)
}

// shown is the item the detail pane should show for the current page.
func (m *Model) shown() model.Entry {
	p := m.page()
	if p.override != "" {
		if e, ok := m.c.B.Get(p.override); ok {
			return e
		}
	}
	sel, ok := p.nav.Selected()
	if p.level == paneSub {
		if s, okSub := p.sub.Selected(); okSub {
			sel, ok = s, true
		}
	}
	if !ok {
		return nil
	}
	e, ok := m.c.B.Get(sel.ID)
	if !ok {
		return m.orphanEntry(sel.ID) // an id only the notes still hold
	}
	return e
}

// syncDetail puts the right item in the detail pane and its related items
// in the links list. The returned command renders the Markdown if needed.
func (m *Model) syncDetail() tea.Cmd {
	e := m.shown()
	cmd := m.detail.Show(e)
	id := ""
	if e != nil {
		id = e.Base().ID
	}
	if id != m.linksOf {
		m.linksOf = id
		m.links.SetItems(relatedItems(m.c.B, id))
		m.links.Move(-len(m.links.Items()))
	}
	return cmd
}
