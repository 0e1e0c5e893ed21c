package page

import (
	"strconv"
	"strings"

	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/pane"
)

// View draws the page: its panes side by side, exactly the page's size.
func (p *Model) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	l := p.arrange()
	s := p.c.Styles
	rows := make([]string, p.height)
	// Panes are laid left to right, so appending to rows keeps them in
	// place; each block is exactly its rect's size.
	put := func(r Rect, title, info, content string, focused bool) {
		if !r.Visible() {
			return
		}
		block := pane.Render(s, title, info, content, r.W, r.H, focused)
		for i, line := range strings.Split(block, "\n") {
			if y := r.Y + i; i < r.H && y < len(rows) {
				rows[y] += line
			}
		}
	}
	put(l.nav, p.view.Title(), position(p.nav.Position()), p.nav.View(), p.focus == Nav)
	put(l.sub, p.subTitle(), position(p.sub.Position()), p.sub.View(), p.focus == Sub)
	title, info := p.detailTitle()
	put(l.detail, title, info, p.detail.View(), p.focus == Detail)
	put(l.links, "Related", position(p.related.Position()), p.related.View(), p.focus == Related)
	return strings.Join(rows, "\n")
}

func (p *Model) subTitle() string {
	if sel, ok := p.nav.Selected(); ok {
		return p.view.SubTitle() + " · " + sel.ID
	}
	return p.view.SubTitle()
}

// detailTitle is the document's id with the user's marks (★ ✎), and how
// far down it is, with the current match of a find.
func (p *Model) detailTitle() (title, info string) {
	e := p.detail.Entry()
	if e == nil {
		return "", ""
	}
	id := e.Base().ID
	title = id
	if k := p.notes.Mark(id); k.Flag || k.Note {
		if k.Flag {
			title += " " + personal.FlagMark
		}
		if k.Note {
			title += " " + personal.NoteMark
		}
	}
	info = strconv.Itoa(p.detail.Percent()) + "%"
	if mi := p.detail.MatchInfo(); mi != "" {
		info = mi + " · " + info
	}
	return title, info
}

func position(at, n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(at) + "/" + strconv.Itoa(n)
}

// DetailRect is where the document is drawn in the page, for what is
// drawn over it (the note editor); not visible when it is not drawn.
func (p *Model) DetailRect() Rect { return p.arrange().detail }
