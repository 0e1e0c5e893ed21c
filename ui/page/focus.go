package page

import tea "charm.land/bubbletea/v2"

// order lists the panes Tab visits: those the page draws at its size,
// taking turns when there is room for one only. The related items come in
// only when there are some and the column has room for them.
func (p *Model) order() []Pane {
	out := []Pane{Nav}
	if p.hasSub() {
		out = append(out, Sub)
	}
	out = append(out, Detail)
	if p.relatedFits() {
		out = append(out, Related)
	}
	return out
}

// relatedFits reports whether the Related pane is drawn when the document
// and it have the focus.
func (p *Model) relatedFits() bool {
	return !p.related.Empty() && p.arrangeFor(Detail).links.Visible()
}

// cycleFocus moves the focus to the next (1) or previous (-1) pane.
func (p *Model) cycleFocus(dir int) {
	order := p.order()
	at := 0
	for i, f := range order {
		if f == p.focus {
			at = i
		}
	}
	p.setFocus(order[(at+dir+len(order))%len(order)])
}

// setFocus gives a pane the keys, and is the one place that does. Focusing
// a list makes the detail follow it and drops any item shown instead of
// its selection.
func (p *Model) setFocus(f Pane) {
	if f == Sub && !p.hasSub() {
		f = Detail
	}
	if f == Related && !p.relatedFits() {
		f = Detail
	}
	if (f == Nav || f == Sub) && (p.level != f || p.override != "") {
		p.level, p.override = f, ""
	}
	p.focusPane(f)
}

// focusPane gives a pane the keys and the bright border.
func (p *Model) focusPane(f Pane) {
	p.focus = f
	p.nav.Blur()
	p.sub.Blur()
	p.detail.Blur()
	p.related.Blur()
	switch f {
	case Nav:
		p.nav.Focus()
	case Sub:
		p.sub.Focus()
	case Detail:
		p.detail.Focus()
	case Related:
		p.related.Focus()
	}
}

// focusOut moves one step back towards the main list: related items to
// the document, the document to the list it follows, actions to areas.
func (p *Model) focusOut() {
	switch p.focus {
	case Related:
		p.setFocus(Detail)
	case Detail:
		p.setFocus(p.level)
	case Sub:
		p.setFocus(Nav)
	}
}

// drillIn is Enter on a list: from the areas to their actions, from a list
// to the document.
func (p *Model) drillIn() {
	if p.focus == Nav && p.hasSub() && len(p.sub.Items()) > 0 {
		p.setFocus(Sub)
		return
	}
	p.setFocus(Detail)
}

// Focused is the pane with the keys.
func (p *Model) Focused() Pane { return p.focus }

// FocusDetail gives the document the keys, as the find box and the note
// editor need it on screen.
func (p *Model) FocusDetail() tea.Cmd {
	p.setFocus(Detail)
	return tea.Batch(p.sync(), p.fit())
}
