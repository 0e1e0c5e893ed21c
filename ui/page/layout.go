package page

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/pane"
)

// Layout numbers. The breakpoints follow gh-dash: a list narrower than about
// 30 columns stops being readable, a document narrower than about 50 wraps
// too often.
const (
	threePaneMin      = 120 // from this width: list | list | detail
	twoPaneMin        = 80  // from this width: list | detail
	areaColumnWidth   = 28  // the areas list in three-pane mode
	listMinWidth      = 28
	listMaxWidth      = 48
	listShare         = 0.36 // of the width, for the list in list | detail
	subShare          = 0.30 // of the width, for the actions list with three panes
	linksMaxHeight    = 10   // rows of the related items, border included
	linksMinColumn    = 14   // below this detail height the links hide
	minDetailForLinks = 3    // lines of document kept above the links
	// A table view (the tracker) gives its list most of the width and
	// keeps a readable column for the detail.
	tableShare     = 0.6 // of the width, for a table's list beside the detail
	tableDetailMin = 36  // columns the detail keeps beside a table
)

func init() {
	// Three panes must leave the detail some room, or the breakpoint lies.
	if threePaneMin-areaColumnWidth-int(subShare*threePaneMin) < listMinWidth {
		panic("page: three-pane breakpoint leaves no room for the detail")
	}
	if twoPaneMin <= listMaxWidth || twoPaneMin-listMaxWidth < 30 {
		panic("page: two-pane breakpoint leaves no room for the detail")
	}
}

// Rect is a region of the page in cells. A zero Rect is not drawn.
type Rect struct{ X, Y, W, H int }

// Visible reports whether the region is drawn.
func (r Rect) Visible() bool { return r.W > 0 && r.H > 0 }

// Contains reports whether a cell is in the region.
func (r Rect) Contains(x, y int) bool {
	return r.Visible() && x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Inner is the content area inside a pane's border.
func (r Rect) Inner() (int, int) { return max(0, r.W-pane.Frame), max(0, r.H-pane.Frame) }

// layout is where each pane of the page goes.
type layout struct {
	panes                   int // 1, 2 or 3 side by side
	nav, sub, detail, links Rect
}

// arrange places the panes for the page's size and state: a pure function
// of them, so drawing and the mouse agree on where things are.
func (p *Model) arrange() layout { return p.arrangeFor(p.focus) }

// arrangeFor places the panes as they would be with focus on a pane.
func (p *Model) arrangeFor(focus Pane) layout {
	w, h := p.width, p.height
	var l layout
	b := Rect{0, 0, max(0, w), max(0, h)}
	switch {
	case w >= threePaneMin:
		l.panes = 3
	case w >= twoPaneMin:
		l.panes = 2
	default:
		l.panes = 1
	}
	var column Rect // the detail and links column
	switch l.panes {
	case 3:
		if p.hasSub() {
			sw := clamp(int(subShare*float64(w)), listMinWidth, listMaxWidth)
			l.nav = Rect{b.X, b.Y, areaColumnWidth, b.H}
			l.sub = Rect{b.X + areaColumnWidth, b.Y, sw, b.H}
			column = Rect{l.sub.X + sw, b.Y, w - areaColumnWidth - sw, b.H}
		} else {
			lw := p.navWidth(w, listMaxWidth+8)
			l.nav = Rect{b.X, b.Y, lw, b.H}
			column = Rect{b.X + lw, b.Y, w - lw, b.H}
		}
	case 2:
		lw := p.navWidth(w, listMaxWidth)
		left := Rect{b.X, b.Y, lw, b.H}
		if p.leftShowsSub(focus) {
			l.sub = left
		} else {
			l.nav = left
		}
		column = Rect{b.X + lw, b.Y, w - lw, b.H}
	default:
		switch focus {
		case Nav:
			l.nav = b
		case Sub:
			l.sub = b
		default:
			column = b
		}
	}
	l.detail, l.links = p.splitColumn(column)
	return l
}

// navWidth is the width of the main list beside the detail: a share of
// the screen up to most, or for a table most of the screen.
func (p *Model) navWidth(w, most int) int {
	if p.view.Wide() {
		return clamp(int(tableShare*float64(w)), listMinWidth, max(listMinWidth, w-tableDetailMin))
	}
	return clamp(int(listShare*float64(w)), listMinWidth, most)
}

// leftShowsSub says whether, with two panes, the list column shows the
// second list (the actions) rather than the first (the areas).
func (p *Model) leftShowsSub(focus Pane) bool {
	if !p.hasSub() {
		return false
	}
	return focus == Sub || (focus >= Detail && p.level == Sub)
}

// splitColumn gives the detail the top of its column and the related items
// the bottom, when there are some and the column is tall enough.
func (p *Model) splitColumn(c Rect) (Rect, Rect) {
	if !c.Visible() || p.related.Empty() || c.H < linksMinColumn {
		return c, Rect{}
	}
	lh := min(linksMaxHeight, p.related.Len()+pane.Frame, c.H/3)
	if c.H-lh < minDetailForLinks+pane.Frame {
		return c, Rect{}
	}
	return Rect{c.X, c.Y, c.W, c.H - lh}, Rect{c.X, c.Y + c.H - lh, c.W, lh}
}

// fit hands each pane its size. The detail answers with a render command
// when its width changed.
func (p *Model) fit() tea.Cmd {
	l := p.arrange()
	for _, x := range []struct {
		r    Rect
		pane interface{ SetSize(int, int) tea.Cmd }
	}{{l.nav, &p.nav}, {l.sub, &p.sub}, {l.links, &p.related}} {
		if x.r.Visible() {
			x.pane.SetSize(x.r.Inner())
		}
	}
	if l.detail.Visible() {
		return p.detail.SetSize(l.detail.Inner())
	}
	return nil
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
