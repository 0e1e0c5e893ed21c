package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/pane"
)

// View draws the frame. Only the root returns a tea.View: the alternate
// screen and the mouse are switched on here.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "briefing"
	return v
}

// Render draws the frame as a string of exactly the terminal's size, for
// View and for golden tests.
func (m *Model) Render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := m.computeLayout()
	rows := make([]string, m.height)
	put := func(r rect, block string) {
		if !r.visible() {
			return
		}
		for i, line := range strings.Split(block, "\n") {
			y := r.y + i
			if i >= r.h || y >= len(rows) {
				break
			}
			rows[y] += line
		}
	}
	if l.tabs.visible() {
		put(l.tabs, m.tabBar(l.tabs.w))
	}
	if m.showHelp {
		put(l.body, m.helpView(l.body.w, l.body.h))
	} else {
		// Panes are laid left to right, so appending to rows keeps them in
		// place; each block is exactly its rect's size.
		for _, r := range m.paneBlocks(l) {
			put(r.rect, r.text)
		}
		m.overlaySearch(rows, l.body)
	}
	if l.crumb.visible() {
		put(l.crumb, m.c.Styles.App.Breadcrumb.Render(pane.Fit(m.breadcrumb(), l.crumb.w)))
	}
	if l.status.visible() {
		put(l.status, m.statusBar(l.status.w, !l.crumb.visible()))
	}
	// The last guard: no line wider than the terminal, whatever a
	// component did. Rows are built from blocks already fitted, so a cheap
	// byte-length test skips most of the measuring.
	for i, r := range rows {
		if len(r) < m.width || ansi.StringWidth(r) != m.width {
			rows[i] = pane.Fit(r, m.width)
		}
	}
	return strings.Join(rows, "\n")
}

type block struct {
	rect rect
	text string
}

// paneBlocks draws each visible pane in its rect.
func (m *Model) paneBlocks(l layout) []block {
	p := m.page()
	s := m.c.Styles
	var out []block
	if l.nav.visible() {
		out = append(out, block{l.nav, pane.Render(s, m.navTitle(), position(p.nav.Position()), p.nav.View(s, p.focus == paneNav), l.nav.w, l.nav.h, p.focus == paneNav)})
	}
	if l.sub.visible() {
		out = append(out, block{l.sub, pane.Render(s, m.subTitle(), position(p.sub.Position()), p.sub.View(s, p.focus == paneSub), l.sub.w, l.sub.h, p.focus == paneSub)})
	}
	if l.detail.visible() && m.personal.editor != nil {
		out = append(out, block{l.detail, m.editorView(l.detail.w, l.detail.h)})
	} else if l.detail.visible() {
		title, info := "", ""
		if e := m.detail.Entry(); e != nil {
			title = e.Base().ID + m.personal.titleMarks(e.Base().ID)
			info = itoa(m.detail.Percent()) + "%"
			if mi := m.detail.MatchInfo(); mi != "" {
				info = mi + " · " + info
			}
		}
		out = append(out, block{l.detail, pane.Render(s, title, info, m.detail.View(), l.detail.w, l.detail.h, p.focus == paneDetail)})
	}
	if l.links.visible() {
		out = append(out, block{l.links, pane.Render(s, "Related", position(m.links.Position()), m.links.View(s, p.focus == paneLinks), l.links.w, l.links.h, p.focus == paneLinks)})
	}
	return out
}

func position(at, n int) string {
	if n == 0 {
		return ""
	}
	return itoa(at) + "/" + itoa(n)
}

func (m *Model) navTitle() string {
	p := m.page()
	if p.spec.title != nil {
		return p.spec.title(m, p)
	}
	if p.filter != "" {
		if a := m.c.B.Area(p.filter); a != nil {
			return p.spec.navTitle + ": " + a.Short
		}
	}
	return p.spec.navTitle
}

func (m *Model) subTitle() string {
	p := m.page()
	if sel, ok := p.nav.Selected(); ok {
		return p.spec.subTitle + " · " + sel.ID
	}
	return p.spec.subTitle
}

// tabBar shows every view with its number key; when the names do not fit,
// only the current view keeps its name.
func (m *Model) tabBar(width int) string {
	s := m.c.Styles.App
	render := func(short bool) string {
		var b strings.Builder
		for i, v := range viewSpecs {
			label := itoa(i+1) + " " + v.name
			if short && i != m.active {
				label = itoa(i + 1)
			}
			if i == m.active {
				b.WriteString(s.TabActive.Render(label))
			} else {
				b.WriteString(s.TabInactive.Render(label))
			}
		}
		return b.String()
	}
	bar := render(false)
	if lipgloss.Width(bar) > width {
		bar = render(true)
	}
	return pane.Fit(bar, width)
}

// helpView is the key overlay, built from the key maps.
func (m *Model) helpView(w, h int) string {
	bw := min(w, helpMaxWidth)
	text := wrappedHelp(m.help, m.c.Keys.FullHelp(), max(0, bw-pane.Frame-2))
	lines := strings.Split(text, "\n")
	bh := min(h, len(lines)+pane.Frame)
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	box := pane.Render(m.c.Styles, "Keys — ? or esc to close", "", strings.Join(lines, "\n"), bw, bh, true)
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
	out := strings.Split(placed, "\n")
	for i := range out {
		out[i] = pane.Fit(out[i], w)
	}
	return strings.Join(out, "\n")
}

// cut shortens text to width cells.
func cut(s string, width int) string { return ansi.Truncate(s, width, "…") }
