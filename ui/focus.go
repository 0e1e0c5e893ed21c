package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// focusOrder lists the panes Tab visits on the current page.
func (m *Model) focusOrder() []paneID {
	order := []paneID{paneNav}
	if m.page().hasSub() {
		order = append(order, paneSub)
	}
	order = append(order, paneDetail)
	if len(m.links.Items()) > 0 {
		order = append(order, paneLinks)
	}
	return order
}

// cycleFocus moves the focus to the next (1) or previous (-1) pane. The
// detail follows the list last focused.
func (m *Model) cycleFocus(dir int) {
	p := m.page()
	order := m.focusOrder()
	at := 0
	for i, f := range order {
		if f == p.focus {
			at = i
		}
	}
	m.setFocus(order[(at+dir+len(order))%len(order)])
}

// setFocus focuses a pane. Focusing a list makes the detail follow it and
// drops any item shown instead of the selection.
func (m *Model) setFocus(f paneID) {
	p := m.page()
	if f == paneSub && !p.hasSub() {
		f = paneDetail
	}
	if f == paneLinks && len(m.links.Items()) == 0 {
		f = paneDetail
	}
	if (f == paneNav || f == paneSub) && (p.level != f || p.override != "") {
		p.level, p.override = f, ""
	}
	p.focus = f
}

// focusOut moves one step back towards the main list: links to detail,
// detail to the list it follows, actions to areas.
func (m *Model) focusOut() {
	p := m.page()
	switch p.focus {
	case paneLinks:
		m.setFocus(paneDetail)
	case paneDetail:
		m.setFocus(p.level)
	case paneSub:
		m.setFocus(paneNav)
	}
}

// drillIn is Enter on a list: from the areas to their actions, from a list
// to the detail.
func (m *Model) drillIn() {
	p := m.page()
	switch {
	case p.focus == paneNav && p.hasSub() && len(p.sub.Items()) > 0:
		m.setFocus(paneSub)
	default:
		m.setFocus(paneDetail)
	}
}

// handlePaneKey gives a key to the focused pane.
func (m *Model) handlePaneKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.page()
	lk := m.c.Keys.List
	switch p.focus {
	case paneNav, paneSub:
		l := &p.nav
		if p.focus == paneSub {
			l = &p.sub
		}
		switch {
		case key.Matches(msg, lk.Open):
			m.drillIn()
			return m.syncDetail()
		case key.Matches(msg, lk.Out):
			m.focusOut()
			return m.syncDetail()
		}
		if l.HandleKey(msg, lk) {
			if p.focus == paneNav {
				m.refreshSub(p)
			}
			p.level, p.override = p.focus, ""
			return m.syncDetail()
		}
	case paneDetail:
		if key.Matches(msg, m.c.Keys.Detail.Out) {
			m.focusOut()
			return m.syncDetail()
		}
		if key.Matches(msg, lk.Open) && len(m.links.Items()) > 0 {
			m.setFocus(paneLinks)
			return nil
		}
		m.detail.HandleKey(msg)
	case paneLinks:
		switch {
		case key.Matches(msg, lk.Open):
			if sel, ok := m.links.Selected(); ok {
				return m.follow(sel.ID)
			}
		case key.Matches(msg, lk.Out):
			m.setFocus(paneDetail)
		default:
			m.links.HandleKey(msg, lk)
		}
	}
	return nil
}
