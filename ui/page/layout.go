package page

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/pane"
)

// Layout numbers. The breakpoints follow gh-dash: a list narrower than about
// 30 columns stops being readable, a document narrower than about 40 wraps
// too often, and one wider than about 100 is hard to read across. Lists
// get the width their rows need, as far as the document's share allows;
// on a wide screen, once the document has its measure, the lists get the
// rest.
const (
	threePaneMin      = 120 // from this width: list | list | detail
	twoPaneMin        = 80  // from this width: list | detail
	listMinWidth      = 28
	detailMin         = 40  // the document's columns beside lists, at the least
	detailMeasure     = 100 // and at the most, before the lists take the rest
	detailShare       = 0.45
	linksMaxHeight    = 10 // rows of the related items, border included
	linksMinColumn    = 14 // below this detail height the links hide
	minDetailForLinks = 3  // lines of document kept above the links
	// A table view (the tracker) gives its list most of the width and
	// keeps a readable column for the detail.
	tableShare     = 0.6 // of the width, for a table's list beside the detail
	tableDetailMin = 36  // columns the detail keeps beside a table
)

func init() {
	// Two lists and the document must fit at the three-pane breakpoint,
	// and one list and the document at the two-pane one, or the
	// breakpoints lie.
	if listRoom(threePaneMin) < 2*listMinWidth || listRoom(twoPaneMin) < listMinWidth {
		panic("page: a breakpoint leaves no room for the lists")
	}
}

// listRoom is how many columns the lists beside the document may take
// together at a width: the document keeps its share, between detailMin
// and detailMeasure.
func listRoom(w int) int { return w - clamp(int(detailShare*float64(w)), detailMin, detailMeasure) }

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
			// The second list (the joint actions) says more in its
			// titles than the first (the areas) does: it is served first.
			room := listRoom(w)
			sw := clamp(p.sub.Need()+pane.Frame, listMinWidth, room-listMinWidth)
			nw := clamp(p.nav.Need()+pane.Frame, listMinWidth, room-sw)
			l.nav = Rect{b.X, b.Y, nw, b.H}
			l.sub = Rect{b.X + nw, b.Y, sw, b.H}
			column = Rect{l.sub.X + sw, b.Y, w - nw - sw, b.H}
		} else {
			lw := p.navWidth(w)
			l.nav = Rect{b.X, b.Y, lw, b.H}
			column = Rect{b.X + lw, b.Y, w - lw, b.H}
		}
	case 2:
		lw := p.navWidth(w)
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

// navWidth is the width of the list column beside the detail: what its
// lists need, within the lists' room, or for a table most of the screen.
// The column is as wide whichever of a view's two lists it shows, so it
// does not jump as the focus moves.
func (p *Model) navWidth(w int) int {
	if p.view.Wide() {
		return clamp(int(tableShare*float64(w)), listMinWidth, max(listMinWidth, w-tableDetailMin))
	}
	need := p.nav.Need()
	if p.hasSub() {
		need = max(need, p.sub.Need())
	}
	return clamp(need+pane.Frame, listMinWidth, max(listMinWidth, listRoom(w)))
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
