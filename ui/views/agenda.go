package views

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/export"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/page"
)

// notePreviewRunes is how much of a note's first line an agenda row shows;
// the row is cut to the list's width anyway.
const notePreviewRunes = 80

// agenda is the user's agenda in its order, then every other item the
// user flagged or wrote a note on. Its keys take items off and move them
// while the list has the focus.
type agenda struct {
	page.Base
	d Deps
	// next is the row to select once a removal is saved: the item after
	// the one removed, or the one before at the end.
	next string
	// removed is the last item taken off the agenda and its place
	// (from 1), for the undo key; "" when there is nothing to undo.
	removed    string
	removedPos int
}

func (v *agenda) Name() string  { return "Agenda" }
func (v *agenda) Tab() page.Tab { return page.Tab{Short: "Agenda", Keep: 5} }
func (v *agenda) Wide() bool    { return true }

// Title says when the notes cannot be saved.
func (v *agenda) Title() string {
	n := v.d.Notes
	if n.CannotWrite() != "" && n.Off() == "" {
		return "Agenda (read-only)"
	}
	return "Agenda"
}

// Items lists the agenda, then the other notes and flags. Ids the
// briefing no longer has are listed in their place and marked, never
// dropped: their notes are the user's.
func (v *agenda) Items() []list.Item {
	n := v.d.Notes
	if off := n.Off(); off != "" {
		return []list.Item{{Divider: true, Title: off}}
	}
	order := n.Agenda()
	var out []list.Item
	if len(order) == 0 {
		out = append(out, list.Item{Divider: true, Title: "agenda empty: " + keys.Name(v.d.C.Keys.Personal.AgendaAdd) + " adds the item you are on"})
	} else {
		out = append(out, list.Item{Divider: true, Title: "agenda (" + strconv.Itoa(len(order)) + ")"})
	}
	for i, id := range order {
		out = append(out, v.rows(id, fmt.Sprintf("%d.", i+1))...)
	}
	var others []list.Item
	count := 0
	for _, it := range n.Items() {
		if !n.OnAgenda(it.ID) {
			others = append(others, v.rows(it.ID, "")...)
			count++
		}
	}
	if len(others) > 0 {
		out = append(out, list.Item{Divider: true, Title: "other notes and flags (" + strconv.Itoa(count) + ")"})
		out = append(out, others...)
	}
	return out
}

// rows are an item's rows: position, id, title and status, then, on a
// line of its own that the cursor skips, the note's first line, so the
// list reads as the meeting's running order with what to say at each
// point.
func (v *agenda) rows(id, position string) []list.Item {
	prefix := id
	if position != "" {
		prefix = position + " " + id
	}
	row := list.Item{ID: id, Prefix: prefix}
	if e, known := v.d.C.B.Get(id); known {
		row.Title = e.Base().Title
		row.Suffix = e.Base().Kind.Label()
		if a, ok := e.(*model.Action); ok {
			p := v.d.Statuses.Of(a)
			row.Suffix, row.Tone = string(p.Status), statusTone(p.Status)
		}
	} else {
		row.Title = "not in the briefing: kept"
		row.Suffix, row.Tone = "unknown id", list.ToneBad
	}
	out := []list.Item{row}
	if first := firstLine(v.d.Notes.Note(id)); first != "" {
		if v.d.Notes.ItemChanged(id) {
			first = "(" + personal.ItemChanged + ") " + first
		}
		out = append(out, list.Item{Divider: true, Heading: true, Title: "   " + personal.NoteMark + " " + first})
	}
	return out
}

// firstLine is a note's first non-blank line as plain text, made safe to
// draw.
func firstLine(note string) string {
	for line := range strings.SplitSeq(note, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			line = model.PlainLine(line)
			if r := []rune(line); len(r) > notePreviewRunes {
				line = string(r[:notePreviewRunes]) + "…"
			}
			return model.Sanitize(line)
		}
	}
	return ""
}

// Update takes the agenda's keys while its list has the focus, and fills
// the list again when the notes changed.
func (v *agenda) Update(msg tea.Msg, lists page.Lists) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case notes.ChangedMsg:
		lists.Refill()
		if v.next != "" {
			lists.Select(v.next)
			v.next = ""
		}
		return nil, true
	case tea.KeyPressMsg:
		if !lists.ListFocused() {
			return nil, false
		}
		ak := v.d.C.Keys.Agenda
		switch {
		case key.Matches(msg, ak.Remove):
			return v.remove(lists), true
		case key.Matches(msg, ak.Undo):
			return v.undo(), true
		case key.Matches(msg, ak.Up):
			return v.shift(lists, -1), true
		case key.Matches(msg, ak.Down):
			return v.shift(lists, 1), true
		}
	}
	return nil, false
}

// onAgenda is the selected item when it is on the agenda.
func (v *agenda) onAgenda(lists page.Lists) (string, bool) {
	id, ok := lists.Selected()
	if !ok || !v.d.Notes.OnAgenda(id) {
		return "", false
	}
	return id, true
}

func (v *agenda) remove(lists page.Lists) tea.Cmd {
	id, ok := v.onAgenda(lists)
	if !ok {
		return common.Info("only items on the agenda can be taken off it")
	}
	order := v.d.Notes.Agenda()
	v.next = ""
	if i := slices.IndexFunc(order, func(x string) bool { return model.SameID(x, id) }); i >= 0 {
		v.removed, v.removedPos = id, i+1
		switch {
		case i+1 < len(order):
			v.next = order[i+1]
		case i > 0:
			v.next = order[i-1]
		}
	}
	return v.d.Notes.AgendaRemove(id, keys.Name(v.d.C.Keys.Agenda.Undo))
}

// undo puts the last item taken off the agenda back at its place, and
// selects it.
func (v *agenda) undo() tea.Cmd {
	if v.removed == "" {
		return common.Info("nothing to put back: no item was taken off the agenda here")
	}
	id, pos := v.removed, v.removedPos
	v.removed, v.next = "", id
	return v.d.Notes.AgendaRestore(id, pos)
}

func (v *agenda) shift(lists page.Lists, delta int) tea.Cmd {
	id, ok := v.onAgenda(lists)
	if !ok {
		return common.Info("only items on the agenda can be moved")
	}
	return v.d.Notes.AgendaShift(id, delta)
}

// Export writes the agenda, in its order; without notes, the current
// item, as elsewhere.
func (v *agenda) Export(current model.Entry) (page.Export, bool) {
	if v.d.Notes.Off() != "" {
		return v.Base.Export(current)
	}
	return page.Export{Selection: export.Selection{Agenda: v.d.Notes.Agenda()}, Title: "Agenda", What: "the agenda", Name: "agenda"}, true
}

func (v *agenda) ShortHelp() []key.Binding {
	ak := v.d.C.Keys.Agenda
	return []key.Binding{ak.Remove, ak.Undo, ak.Up, ak.Down}
}

func (v *agenda) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }
