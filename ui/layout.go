package ui

import "github.com/eu-rok/briefing/ui/pane"

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
	crumbMinHeight    = 10   // below this height the breadcrumb joins the status bar
	tabsMinHeight     = 3
	statusMinHeight   = 2
	helpMaxWidth      = 100
	minDetailForLinks = 3 // lines of document kept above the links
)

func init() {
	// Three panes must leave the detail some room, or the breakpoint lies.
	if threePaneMin-areaColumnWidth-int(subShare*threePaneMin) < listMinWidth {
		panic("ui: three-pane breakpoint leaves no room for the detail")
	}
	if twoPaneMin <= listMaxWidth || twoPaneMin-listMaxWidth < 30 {
		panic("ui: two-pane breakpoint leaves no room for the detail")
	}
}

// rect is a region of the screen in cells. A zero rect is not drawn.
type rect struct{ x, y, w, h int }

func (r rect) visible() bool { return r.w > 0 && r.h > 0 }

func (r rect) contains(x, y int) bool {
	return r.visible() && x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// inner is the content area inside a pane's border.
func (r rect) innerSize() (int, int) { return max(0, r.w-pane.Frame), max(0, r.h-pane.Frame) }

// layout is where everything goes on one frame.
type layout struct {
	panes                   int // 1, 2 or 3 side by side
	tabs, crumb, status     rect
	body                    rect
	nav, sub, detail, links rect
}

// computeLayout places the chrome and the panes for a terminal size. It is
// a pure function of the size and the page's state, so View and the mouse
// handler agree on where things are.
func (m *Model) computeLayout() layout {
	w, h := max(0, m.width), max(0, m.height)
	var l layout
	y := 0
	if h >= tabsMinHeight {
		l.tabs = rect{0, 0, w, 1}
		y = 1
	}
	bottom := h
	if h >= statusMinHeight {
		bottom--
		l.status = rect{0, bottom, w, 1}
	}
	if h >= crumbMinHeight {
		bottom--
		l.crumb = rect{0, bottom, w, 1}
	}
	l.body = rect{0, y, w, max(0, bottom-y)}
	p := m.page()
	b := l.body
	switch {
	case w >= threePaneMin:
		l.panes = 3
	case w >= twoPaneMin:
		l.panes = 2
	default:
		l.panes = 1
	}
	var column rect // the detail and links column
	switch l.panes {
	case 3:
		if p.hasSub() {
			sw := clamp(int(subShare*float64(w)), listMinWidth, listMaxWidth)
			l.nav = rect{b.x, b.y, areaColumnWidth, b.h}
			l.sub = rect{b.x + areaColumnWidth, b.y, sw, b.h}
			column = rect{l.sub.x + sw, b.y, w - areaColumnWidth - sw, b.h}
		} else {
			lw := m.navWidth(w, listMaxWidth+8)
			l.nav = rect{b.x, b.y, lw, b.h}
			column = rect{b.x + lw, b.y, w - lw, b.h}
		}
	case 2:
		lw := m.navWidth(w, listMaxWidth)
		left := rect{b.x, b.y, lw, b.h}
		if m.leftShowsSub() {
			l.sub = left
		} else {
			l.nav = left
		}
		column = rect{b.x + lw, b.y, w - lw, b.h}
	default:
		switch p.focus {
		case paneNav:
			l.nav = b
		case paneSub:
			l.sub = b
		default:
			column = b
		}
	}
	l.detail, l.links = m.splitColumn(column)
	return l
}

// leftShowsSub says whether, with two panes, the list column shows the
// second list (the actions) rather than the first (the areas).
func (m *Model) leftShowsSub() bool {
	p := m.page()
	if !p.hasSub() {
		return false
	}
	return p.focus == paneSub || (p.focus >= paneDetail && p.level == paneSub)
}

// splitColumn gives the detail the top of its column and the related items
// the bottom, when there are some and the column is tall enough.
func (m *Model) splitColumn(c rect) (rect, rect) {
	n := len(m.links.Items())
	if !c.visible() || n == 0 || c.h < linksMinColumn {
		return c, rect{}
	}
	lh := min(linksMaxHeight, n+pane.Frame, c.h/3)
	if c.h-lh < minDetailForLinks+pane.Frame {
		return c, rect{}
	}
	return rect{c.x, c.y, c.w, c.h - lh}, rect{c.x, c.y + c.h - lh, c.w, lh}
}

// applyLayout hands each component its size. The detail answers with a
// render command when its width changed.
func (m *Model) applyLayout() layout {
	l := m.computeLayout()
	p := m.page()
	for _, x := range []struct {
		r    rect
		list interface{ SetSize(int, int) }
	}{{l.nav, &p.nav}, {l.sub, &p.sub}, {l.links, &m.links}} {
		if x.r.visible() {
			x.list.SetSize(x.r.innerSize())
		}
	}
	return l
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
