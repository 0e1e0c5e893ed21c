package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/page"
	"github.com/eu-rok/briefing/ui/pane"
)

// Chrome: the rows the root keeps round the page.
const (
	tabsMinHeight   = 3  // from this height the tab bar is drawn
	statusMinHeight = 2  // from this height the status bar is drawn
	crumbMinHeight  = 10 // below this height the breadcrumb joins the status bar
)

// View draws the frame. Only the root returns a tea.View: the alternate
// screen and the mouse are switched on here.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.ReportFocus = true // coming back to the window, the notes are looked at again
	v.WindowTitle = "briefing"
	return v
}

// frame is one frame being drawn: its rows, and where the chrome and the
// page's body go.
type frame struct {
	rows                      []string
	tabs, crumb, status, body page.Rect
}

// chrome places the tab bar, the breadcrumb and the status bar for the
// window's size; the page has the rest, the body.
func (m *Model) chrome() frame {
	w, h := max(0, m.size.Width), max(0, m.size.Height)
	var f frame
	y := 0
	if h >= tabsMinHeight {
		f.tabs = page.Rect{X: 0, Y: 0, W: w, H: 1}
		y = 1
	}
	bottom := h
	if h >= statusMinHeight {
		bottom--
		f.status = page.Rect{X: 0, Y: bottom, W: w, H: 1}
	}
	if h >= crumbMinHeight {
		bottom--
		f.crumb = page.Rect{X: 0, Y: bottom, W: w, H: 1}
	}
	f.body = page.Rect{X: 0, Y: y, W: w, H: max(0, bottom-y)}
	return f
}

// body is the page's size.
func (m *Model) body() (int, int) {
	b := m.chrome().body
	return b.W, b.H
}

// lines calls draw with each line of a block and the row it goes to, in
// a region.
func (f *frame) lines(r page.Rect, block string, draw func(y int, line string)) {
	if !r.Visible() {
		return
	}
	for i, line := range strings.Split(block, "\n") {
		y := r.Y + i
		if i >= r.H || y >= len(f.rows) {
			break
		}
		draw(y, line)
	}
}

// put draws a block in a region: regions are drawn left to right, so each
// line is added to its row.
func (f *frame) put(r page.Rect, block string) {
	f.lines(r, block, func(y int, line string) { f.rows[y] += line })
}

// ansiReset ends any style left open at the edge of an overlay.
const ansiReset = "\x1b[m"

// over draws a block over rows already drawn: each row keeps what lies
// left and right of the region.
func (f *frame) over(r page.Rect, block string) {
	f.lines(r, block, func(y int, line string) {
		left := pane.Fit(ansi.Truncate(f.rows[y], r.X, ""), r.X)
		right := ansi.TruncateLeft(f.rows[y], r.X+r.W, "")
		f.rows[y] = left + ansiReset + line + ansiReset + right
	})
}

// Render draws the frame as a string of exactly the terminal's size: the
// tab bar, the page, what the mode draws over it, the breadcrumb and the
// status bar.
func (m *Model) Render() string {
	w, h := m.size.Width, m.size.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	f := m.chrome()
	f.rows = make([]string, h)
	f.put(f.tabs, m.tabBar(f.tabs.W))
	f.put(f.body, m.page().View())
	if draw := modes[m.mode].draw; draw != nil {
		draw(m, &f)
	}
	f.put(f.crumb, m.c.Styles.App.Breadcrumb.Render(pane.Fit(m.breadcrumb(), f.crumb.W)))
	f.put(f.status, m.statusBar(f.status.W, !f.crumb.Visible()))
	// The last guard: no line wider than the terminal, whatever a
	// component did. Rows are built from blocks already fitted, so a cheap
	// byte-length test skips most of the measuring.
	for i, r := range f.rows {
		if len(r) < w || ansi.StringWidth(r) != w {
			f.rows[i] = pane.Fit(r, w)
		}
	}
	return strings.Join(f.rows, "\n")
}

// Search box placement: a margin round the box on a roomy screen, so the
// view it will return to shows round it; the whole body on a small one.
const (
	searchMaxWidth = 110
	searchWideMin  = 70 // a body this wide and
	searchTallMin  = 16 // this tall is roomy
	searchMarginX  = 3
)

// searchRect is where the search box goes in the body.
func searchRect(body page.Rect) page.Rect {
	w, h := body.W, body.H
	if w >= searchWideMin && h >= searchTallMin {
		w, h = min(w-2*searchMarginX, searchMaxWidth), h-2
	}
	return page.Rect{X: body.X + (body.W-w)/2, Y: body.Y + (body.H-h)/2, W: w, H: h}
}

// drawSearch draws the search box over the view, which stays as it was.
func (m *Model) drawSearch(f *frame) { f.over(searchRect(f.body), m.kb.search.View()) }

// drawHelp draws the help box in place of the view.
func (m *Model) drawHelp(f *frame) { f.over(f.body, m.kb.help.View()) }

// drawEditor draws the note editor where the document is.
func (m *Model) drawEditor(f *frame) {
	r := m.page().DetailRect()
	r.X += f.body.X
	r.Y += f.body.Y
	f.over(r, m.kb.editor.View())
}
