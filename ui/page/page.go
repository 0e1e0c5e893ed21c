// Package page is one view's page of the browser: its main list (and a
// second list for a view that has one), the document of the item selected,
// and the items related to it, side by side as the width allows, with the
// focus moving between them. What the lists hold and the view's own keys
// come from the view (View); everything else is the same for every view.
// A page is a common.Component.
package page

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/related"
)

// Pane names a focusable pane of a page.
type Pane int

// The panes, in Tab order. A page without a second list skips Sub.
const (
	Nav Pane = iota
	Sub
	Detail
	Related
)

// Model is one view's page. Build it with New.
type Model struct {
	c        *common.Common
	notes    *notes.Notes
	view     View
	nav, sub list.Model
	detail   detail.Model
	related  related.Model
	level    Pane   // the list the detail follows: Nav or Sub
	focus    Pane   // the pane with the keys
	override string // an item shown in the detail instead of the selection
	width    int
	height   int
}

// New builds the page of a view, its lists filled and on the view's
// opening row. Renderings go through cache, which every page shares.
func New(c *common.Common, n *notes.Notes, cache *detail.Cache, v View) *Model {
	p := &Model{c: c, notes: n, view: v, level: Nav, focus: Nav,
		nav: list.New(c, n.Mark), sub: list.New(c, n.Mark),
		detail: detail.New(c, cache), related: related.New(c, n.Mark)}
	p.detail.SetNotes(func(id string) detail.Note { return detail.Note{Text: n.Note(id), ItemChanged: n.ItemChanged(id)} })
	p.nav.SetItems(v.Items())
	if open := v.Opening(p.nav.Items()); open != "" {
		p.nav.SelectID(open)
	}
	p.refreshSub()
	p.setFocus(Nav)
	return p
}

// Name is the view's name.
func (p *Model) Name() string { return p.view.Name() }

// Tab is how the view shows in a narrow tab bar.
func (p *Model) Tab() Tab { return p.view.Tab() }

// Export is what the export key writes from this page: the view decides,
// given the item the keys act on (Current).
func (p *Model) Export() (Export, bool) {
	e, _ := p.c.B.Get(p.Current())
	return p.view.Export(e)
}

func (p *Model) hasSub() bool { return p.view.SubTitle() != "" }

// refreshSub fills the second list from the main list's selection.
func (p *Model) refreshSub() {
	if !p.hasSub() {
		return
	}
	sel, _ := p.nav.Selected()
	p.sub.SetItems(p.view.SubItems(sel.ID))
}

// Refill fills the lists again from the view, keeping the selections, and
// shows the selection rather than an item followed earlier.
func (p *Model) Refill() {
	p.nav.SetItems(p.view.Items())
	p.refreshSub()
	p.override = ""
}

// Selected is the main list's selection (Lists).
func (p *Model) Selected() (string, bool) {
	sel, ok := p.nav.Selected()
	return sel.ID, ok
}

// ListFocused reports whether the main list has the keys (Lists).
func (p *Model) ListFocused() bool { return p.focus == Nav }

// Select moves the main list's cursor to an item (Lists).
func (p *Model) Select(id string) { p.nav.SelectID(id) }

// shown is the item the detail should show: the one followed, or the
// selection of the list it follows; in the document the view writes for
// it, if it writes one, or a stand-in for an id only the notes still hold.
func (p *Model) shown() model.Entry {
	id := p.override
	if id == "" {
		sel, ok := p.nav.Selected()
		if p.level == Sub {
			if s, okSub := p.sub.Selected(); okSub {
				sel, ok = s, true
			}
		}
		if !ok {
			return nil
		}
		id = sel.ID
	}
	if e, ok := p.view.Document(id); ok {
		return e
	}
	if e, ok := p.c.B.Get(id); ok {
		return e
	}
	return p.notes.Orphan(id)
}

// sync puts the right item in the detail and its related items in the
// Related pane. The command renders the Markdown when it must.
func (p *Model) sync() tea.Cmd {
	e := p.shown()
	cmd := p.detail.Show(e)
	id := ""
	if e != nil {
		id = e.Base().ID
	}
	p.related.Show(id)
	return cmd
}

// Entry is the item in the document, or nil.
func (p *Model) Entry() model.Entry { return p.detail.Entry() }

// Current is the item the personal keys act on: the related item under
// the cursor when the Related pane has the keys, else the item in the
// document.
func (p *Model) Current() string {
	if p.focus == Related {
		if id, ok := p.related.Selected(); ok {
			return id
		}
	}
	if e := p.detail.Entry(); e != nil {
		return e.Base().ID
	}
	return ""
}

// Crumbs say where the user is: the view, the selections, and the item
// shown when it is not the selection.
func (p *Model) Crumbs() []string {
	parts := []string{p.view.Name()}
	if sel, ok := p.nav.Selected(); ok {
		parts = append(parts, crumbLabel(p.c.B, sel.ID))
	}
	if p.level == Sub {
		if sel, ok := p.sub.Selected(); ok {
			parts = append(parts, crumbLabel(p.c.B, sel.ID))
		}
	}
	if p.override != "" {
		parts = append(parts, crumbLabel(p.c.B, p.override))
	}
	return parts
}

func crumbLabel(b *model.Briefing, id string) string {
	e, ok := b.Get(id)
	if !ok {
		return id
	}
	it := e.Base()
	if a, ok := e.(*model.Area); ok {
		return it.ID + " " + a.Short
	}
	return it.ID + " " + it.Title
}

// SetSize gives the page its size; the document answers with a rendering
// when its width changed.
func (p *Model) SetSize(width, height int) tea.Cmd {
	p.width, p.height = max(0, width), max(0, height)
	return p.fit()
}

// Focus is the page coming on screen: the document shows what it should,
// drawn for today's theme and notes.
func (p *Model) Focus() tea.Cmd { return tea.Batch(p.sync(), p.detail.Refresh(), p.fit()) }

// Blur is the page going off screen; it keeps its state for when it comes
// back.
func (p *Model) Blur() {}

// ShortHelp is the view's own keys.
func (p *Model) ShortHelp() []key.Binding { return p.view.ShortHelp() }

// FullHelp is what works on this page: the view's own keys, the lists'
// keys and the document's.
func (p *Model) FullHelp() [][]key.Binding {
	out := append([][]key.Binding{}, p.view.FullHelp()...)
	out = append(out, p.nav.FullHelp()...)
	return append(out, p.detail.FullHelp()...)
}

// Highlight marks words in the document, as a search or a find does.
func (p *Model) Highlight(terms []string) { p.detail.Highlight(terms) }

// Sought is what is being sought in the document, and the step: "forum"
// 2/6; "" when nothing is.
func (p *Model) Sought() string { return p.detail.Sought() }
