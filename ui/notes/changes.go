package notes

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

// ChangedMsg reports a change to the store: what to say when it worked,
// or why it did not (a repaired file is a warning, the change was made).
// Everything drawn from the notes is drawn again on it.
type ChangedMsg struct {
	ID    string // the item changed
	Info  string
	Err   error
	Noted bool // a note changed: the search index is built again
}

// Warns reports whether the change was made but the user must be told
// something: the notes file was repaired on the way.
func (m ChangedMsg) Warns() bool { return personal.Repaired(m.Err) }

// ErrNoItem is what a change says when there is no item to act on.
var ErrNoItem = errors.New("no item here: select one first")

// Change runs a change to the store in a command; ChangedMsg comes back.
// The store decides on a fresh read of the file under its lock, so changes
// made in quick succession, or by another copy, all count. When nothing
// can be saved the command says why at once.
func (n *Notes) Change(id string, do func(s *personal.Store) (string, error)) tea.Cmd {
	if id == "" {
		return changed(ChangedMsg{Err: ErrNoItem})
	}
	if why := n.CannotWrite(); why != "" {
		return changed(ChangedMsg{ID: id, Err: errors.New(why)})
	}
	s := n.store
	return func() tea.Msg {
		info, err := do(s)
		return ChangedMsg{ID: id, Info: info, Err: err}
	}
}

func changed(msg ChangedMsg) tea.Cmd { return func() tea.Msg { return msg } }

// ToggleFlag puts a flag on an item, or takes it off.
func (n *Notes) ToggleFlag(id string) tea.Cmd {
	return n.Change(id, func(s *personal.Store) (string, error) {
		on, err := s.ToggleFlag(id)
		if on {
			return "★ flagged " + id, err
		}
		return "took the flag off " + id, err
	})
}

// AgendaAdd puts an item at the end of the agenda.
func (n *Notes) AgendaAdd(id string) tea.Cmd {
	if n.OnAgenda(id) {
		return changed(ChangedMsg{ID: id, Info: id + " is on the agenda already (the Agenda view lists it)"})
	}
	return n.Change(id, func(s *personal.Store) (string, error) {
		err := s.AgendaAdd(id)
		return fmt.Sprintf("added %s to the agenda: %s (the Agenda view lists them)", id, model.Plural(len(s.Agenda()), "item", "items")), err
	})
}

// AgendaRemove takes an item off the agenda; undoKey is the key that puts
// it back, for the message.
func (n *Notes) AgendaRemove(id, undoKey string) tea.Cmd {
	return n.Change(id, func(s *personal.Store) (string, error) {
		return "took " + id + " off the agenda (" + undoKey + " puts it back); its note and flag stay", s.AgendaRemove(id)
	})
}

// AgendaRestore puts an item taken off the agenda back at its place,
// counted from 1.
func (n *Notes) AgendaRestore(id string, pos int) tea.Cmd {
	return n.Change(id, func(s *personal.Store) (string, error) {
		err := s.AgendaInsert(id, pos)
		order := s.Agenda()
		at := slices.IndexFunc(order, func(x string) bool { return model.SameID(x, id) })
		return fmt.Sprintf("put %s back on the agenda at place %d of %d", id, at+1, len(order)), err
	})
}

// AgendaShift moves an item up (-1) or down (1) the agenda.
func (n *Notes) AgendaShift(id string, delta int) tea.Cmd {
	return n.Change(id, func(s *personal.Store) (string, error) {
		pos, err := s.AgendaShift(id, delta)
		return fmt.Sprintf("moved %s to place %d of %d", id, pos, len(s.Agenda())), err
	})
}

// NoteSavedMsg is the outcome of saving a note's text, for the editor
// that wrote it: it closes when the note is safe, and keeps the text when
// it is not.
type NoteSavedMsg struct {
	ID, Text string
	Joined   bool // the note had changed elsewhere meanwhile: both texts are kept
	Err      error
}

// Failed reports whether the note was not saved (a repaired notes file is
// a warning: the note was saved).
func (m NoteSavedMsg) Failed() bool { return m.Err != nil && !personal.Repaired(m.Err) }

// Changed is what everything drawn from the notes hears of the save.
func (m NoteSavedMsg) Changed() ChangedMsg {
	info := "saved your note on " + m.ID
	switch {
	case m.Joined:
		info = joinedInfo(m.ID)
	case strings.TrimSpace(m.Text) == "":
		info = "removed your note on " + m.ID
	}
	return ChangedMsg{ID: m.ID, Info: info, Err: m.Err, Noted: true}
}

// SaveNote saves a note's text, edited from base (the note when the
// editing began), in a command; what another copy wrote meanwhile is kept
// beside it (personal.Store.EditNote), and a draft kept of it is
// forgotten once the text is safe. NoteSavedMsg comes back.
func (n *Notes) SaveNote(id, base, text string) tea.Cmd {
	if why := n.CannotWrite(); why != "" {
		return func() tea.Msg { return NoteSavedMsg{ID: id, Text: text, Err: errors.New(why)} }
	}
	s, hash := n.store, n.news.Hash(id)
	return func() tea.Msg {
		joined, err := s.EditNote(id, base, text, hash)
		if err == nil || personal.Repaired(err) {
			_ = s.DropDraft(id) // saved: a draft kept from before is done with
		}
		return NoteSavedMsg{ID: id, Text: text, Joined: joined, Err: err}
	}
}

// joinedInfo says that a note saved had been changed elsewhere meanwhile.
func joinedInfo(id string) string {
	return "saved your note on " + id + "; it had been changed elsewhere meanwhile: both texts are kept, yours first"
}
