package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/list"
)

// notePreviewRunes is how much of a note's first line an agenda row shows;
// the row is cut to the list's width anyway.
const notePreviewRunes = 80

// agendaItems lists the agenda in order, then every other item the user
// flagged or wrote a note on. Ids the briefing no longer has are listed in
// their place and marked, never dropped: their notes are the user's.
func agendaItems(m *Model, _ *page) []list.Item {
	pl := &m.personal
	if pl.store == nil {
		return []list.Item{{Divider: true, Title: pl.off}}
	}
	agenda := pl.store.Agenda()
	var out []list.Item
	if len(agenda) == 0 {
		out = append(out, list.Item{Divider: true, Title: "agenda empty: a adds the item you are on"})
	}
	if len(agenda) > 0 {
		out = append(out, list.Item{Divider: true, Title: "agenda (" + itoa(len(agenda)) + ")"})
	}
	for i, id := range agenda {
		out = append(out, m.personalRows(id, fmt.Sprintf("%d.", i+1))...)
	}
	var others []list.Item
	n := 0
	for _, it := range pl.store.Items() {
		if !pl.store.OnAgenda(it.ID) {
			others = append(others, m.personalRows(it.ID, "")...)
			n++
		}
	}
	if len(others) > 0 {
		out = append(out, list.Item{Divider: true, Title: "other notes and flags (" + itoa(n) + ")"})
		out = append(out, others...)
	}
	return out
}

// personalRows are an item's rows in the Agenda view: position, id, title
// and status, then, on a line of its own that the cursor skips, the note's
// first line, so the list reads as the meeting's running order with what to
// say at each point.
func (m *Model) personalRows(id, position string) []list.Item {
	prefix := id
	if position != "" {
		prefix = position + " " + id
	}
	row := list.Item{ID: id, Prefix: prefix}
	e, known := m.c.B.Get(id)
	if known {
		row.Title = e.Base().Title
		row.Suffix = e.Base().Kind.Label()
		if a, ok := e.(*model.Action); ok {
			p := m.c.B.ProgressOf(a, m.c.Today)
			row.Suffix, row.Tone = string(p.Status), statusTone(p.Status)
		}
	} else {
		row.Title = "not in the briefing: kept"
		row.Suffix, row.Tone = "unknown id", list.ToneBad
	}
	rows := []list.Item{row}
	if first := firstLine(m.personal.note(id)); first != "" {
		rows = append(rows, list.Item{Divider: true, Heading: true, Title: "   ✎ " + first})
	}
	return rows
}

// firstLine is a note's first non-blank line, made safe to draw.
func firstLine(note string) string {
	for line := range strings.SplitSeq(note, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			line = strings.TrimLeft(line, "#>*- ")
			if r := []rune(line); len(r) > notePreviewRunes {
				line = string(r[:notePreviewRunes]) + "…"
			}
			return model.Sanitize(line)
		}
	}
	return ""
}

// agendaTitle names the Agenda list, and says when notes cannot be saved.
func agendaTitle(m *Model, _ *page) string {
	if m.personal.cannotWrite() != "" && m.personal.store != nil {
		return "Agenda (read-only)"
	}
	return "Agenda"
}

// refreshAgenda fills the Agenda view again after a change, keeping the
// cursor on the same item.
func (m *Model) refreshAgenda() {
	for _, p := range m.pages {
		if p.spec.id == ViewAgenda {
			p.nav.SetItems(p.spec.nav(m, p))
		}
	}
}

// agendaSelection is the agenda item under the cursor in the Agenda view.
func (m *Model) agendaSelection() (string, bool) {
	p := m.page()
	if p.spec.id != ViewAgenda || m.personal.store == nil {
		return "", false
	}
	sel, ok := p.nav.Selected()
	if !ok || !m.personal.store.OnAgenda(sel.ID) {
		return "", false
	}
	return sel.ID, true
}

func (m *Model) agendaAdd() tea.Cmd {
	id := m.currentID()
	if s := m.personal.store; s != nil && id != "" && s.OnAgenda(id) {
		m.personal.info = id + " is on the agenda already (" + agendaKey() + " shows it)"
		return nil
	}
	return m.change(id, func(s *personal.Store) (string, error) {
		err := s.AgendaAdd(id)
		return fmt.Sprintf("added %s to the agenda: %d items (%s shows it)", id, len(s.Agenda()), agendaKey()), err
	})
}

func (m *Model) agendaRemove() tea.Cmd {
	id, ok := m.agendaSelection()
	if !ok {
		m.personal.info = "only items on the agenda can be taken off it"
		return nil
	}
	// The cursor goes to the next item, or the one before at the end.
	agenda := m.personal.store.Agenda()
	next := ""
	if i := slices.IndexFunc(agenda, func(x string) bool { return strings.EqualFold(x, id) }); i >= 0 {
		switch {
		case i+1 < len(agenda):
			next = agenda[i+1]
		case i > 0:
			next = agenda[i-1]
		}
	}
	cmd := m.change(id, func(s *personal.Store) (string, error) {
		return "took " + id + " off the agenda; its note and flag stay", s.AgendaRemove(id)
	})
	if cmd == nil || next == "" {
		return cmd
	}
	return func() tea.Msg {
		msg := cmd().(savedMsg)
		msg.selectID = next
		return msg
	}
}

func (m *Model) agendaShift(delta int) tea.Cmd {
	id, ok := m.agendaSelection()
	if !ok {
		m.personal.info = "only items on the agenda can be moved"
		return nil
	}
	return m.change(id, func(s *personal.Store) (string, error) {
		pos, err := s.AgendaShift(id, delta)
		return fmt.Sprintf("moved %s to place %d of %d", id, pos, len(s.Agenda())), err
	})
}

// agendaKey is the number key of the Agenda view.
func agendaKey() string { return itoa(viewIndex(ViewAgenda) + 1) }
