package page

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/notes"
)

// wheelStep is how many lines one notch of the wheel scrolls.
const wheelStep = 3

// Update takes a message: a key (the page's, then the view's, then the
// focused pane's), the mouse, a rendering, a change of the notes. The
// panes are sized again afterwards: the focus and the selection decide
// the layout.
func (p *Model) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		cmd = p.key(msg)
	case tea.MouseClickMsg:
		cmd = p.click(msg)
	case tea.MouseWheelMsg:
		cmd = p.wheel(msg)
	case detail.RenderedMsg:
		cmd = p.detail.Update(msg)
		if msg.Err != nil {
			cmd = tea.Batch(cmd, common.Error(msg.Err))
		}
	case notes.ChangedMsg:
		// The view fills its lists again if it lists notes (the agenda);
		// the marks are drawn from the notes as they are drawn, and the
		// note under the document when the page comes on screen (Focus).
		cmd, _ = p.view.Update(msg, p)
	default:
		// The view's own messages (What's new's items recorded as read).
		if c, ok := p.view.Update(msg, p); ok {
			cmd = tea.Batch(c, p.sync())
		}
	}
	return tea.Batch(cmd, p.fit())
}

// key routes a key: moving between panes, the view's own keys, stepping
// back towards the list, then the focused pane.
func (p *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	pk := p.c.Keys.Page
	switch {
	case key.Matches(msg, pk.NextPane):
		p.cycleFocus(1)
		return p.sync()
	case key.Matches(msg, pk.PrevPane):
		p.cycleFocus(-1)
		return p.sync()
	}
	if cmd, ok := p.view.Update(msg, p); ok {
		return tea.Batch(cmd, p.sync())
	}
	if key.Matches(msg, pk.Leave) {
		p.focusOut()
		return p.sync()
	}
	switch p.focus {
	case Nav, Sub:
		return p.listKey(msg)
	case Detail:
		return p.detailKey(msg)
	default:
		return p.relatedKey(msg)
	}
}

// listKey drills in and out, or moves the focused list's cursor; the
// detail and the second list follow.
func (p *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	lk := p.c.Keys.List
	switch {
	case key.Matches(msg, lk.Open):
		p.drillIn()
		return p.sync()
	case key.Matches(msg, lk.Out):
		p.focusOut()
		return p.sync()
	}
	l := &p.nav
	if p.focus == Sub {
		l = &p.sub
	}
	before := l.Place().Cursor
	l.Update(msg)
	if l.Place().Cursor == before {
		return nil
	}
	if p.focus == Nav {
		p.refreshSub()
	}
	p.level, p.override = p.focus, ""
	return p.sync()
}

func (p *Model) detailKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, p.c.Keys.Detail.Out):
		p.focusOut()
		return p.sync()
	case key.Matches(msg, p.c.Keys.List.Open) && p.relatedFits():
		p.setFocus(Related)
		return nil
	}
	return p.detail.Update(msg)
}

func (p *Model) relatedKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, p.c.Keys.List.Out) {
		p.setFocus(Detail)
		return nil
	}
	return p.related.Update(msg)
}

// click focuses and selects what is under the pointer, in the page's
// cells.
func (p *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft {
		return nil
	}
	l := p.arrange()
	x, y := msg.X, msg.Y
	switch {
	case l.nav.Contains(x, y):
		p.setFocus(Nav)
		if p.nav.Click(y - l.nav.Y - 1) {
			p.refreshSub()
		}
		return p.sync()
	case l.sub.Contains(x, y):
		p.setFocus(Sub)
		p.sub.Click(y - l.sub.Y - 1)
		return p.sync()
	case l.detail.Contains(x, y):
		p.setFocus(Detail)
	case l.links.Contains(x, y):
		p.setFocus(Related)
		p.related.Click(y - l.links.Y - 1)
	}
	return nil
}

// wheel scrolls the pane under the pointer, focused or not.
func (p *Model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	n := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		n = -wheelStep
	case tea.MouseWheelDown:
		n = wheelStep
	default:
		return nil
	}
	l := p.arrange()
	switch {
	case l.nav.Contains(msg.X, msg.Y):
		// Scrolling a list can push its cursor along; the detail follows
		// only when that list is the one it shows.
		p.nav.Scroll(n)
		p.refreshSub()
	case l.sub.Contains(msg.X, msg.Y):
		p.sub.Scroll(n)
	case l.detail.Contains(msg.X, msg.Y):
		p.detail.Scroll(n)
		return nil
	case l.links.Contains(msg.X, msg.Y):
		p.related.Scroll(n)
		return nil
	}
	if p.override == "" {
		return p.sync()
	}
	return nil
}
