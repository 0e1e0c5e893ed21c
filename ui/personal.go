package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/list"
)

// personalLayer is the user's own layer in the TUI: notes, flags and the
// agenda. The store is the truth and does the writing (atomic, locked,
// merged with what other copies saved); marks is what the lists draw from,
// rebuilt from the store's memory after every change, never from disk on a
// frame.
type personalLayer struct {
	store    *personal.Store
	off      string // why there is no store at all, or ""
	readOnly string // why changes cannot be saved, or ""
	marks    map[string]list.Marks
	editor   *noteEditor // the note being written in the app, or nil
	info     string      // a confirmation for the status bar, until the next key
	// version moves on every change, so whatever is built from the notes
	// (the search index) can tell it is out of date.
	version int
}

// personalMsg is any message of the personal layer; Update hands them all
// to updatePersonal.
type personalMsg interface{ personal() }

// savedMsg reports a change to the store: what to say when it worked,
// or why it did not.
type savedMsg struct {
	id   string // the item changed
	info string
	err  error
	// selectID is the agenda row to select afterwards (after a removal,
	// the next one), or "".
	selectID string
	noted    bool // a note changed: the search index is rebuilt
}

func (savedMsg) personal() {}

// initPersonal takes the store from the options, says at start-up what
// went wrong opening it, and hands the lists and the detail their lookups.
func (m *Model) initPersonal() {
	pl := &m.personal
	pl.store = m.opts.Personal
	err := m.opts.PersonalErr
	switch {
	case pl.store == nil:
		pl.off = "notes are off: there is no data directory"
		if err != nil {
			pl.off = "notes are off: " + err.Error()
			m.err = pl.off
		}
	case personal.Repaired(err):
		m.err = "warning: " + err.Error()
	case err != nil:
		pl.readOnly = err.Error()
		var ro *personal.ReadOnlyError
		if !errors.As(err, &ro) {
			pl.readOnly = "notes are read-only: " + err.Error()
		}
		m.err = pl.readOnly
	}
	pl.rebuild()
	m.detail.SetNotes(pl.note)
	for _, p := range m.pages {
		p.nav.SetMarker(pl.mark)
		p.sub.SetMarker(pl.mark)
	}
	m.links.SetMarker(pl.mark)
	m.refreshAgenda()
	m.offerDrafts()
}

// rebuild reads the store's memory into the marks.
func (pl *personalLayer) rebuild() {
	pl.version++
	pl.marks = map[string]list.Marks{}
	if pl.store == nil {
		return
	}
	for _, it := range pl.store.Items() {
		pl.marks[strings.ToUpper(it.ID)] = list.Marks{Flag: it.Flag, Note: it.Note != ""}
	}
}

// mark is the lists' lookup: one map read.
func (pl *personalLayer) mark(id string) list.Marks { return pl.marks[strings.ToUpper(id)] }

// note is the user's note on an item, from the store's memory.
func (pl *personalLayer) note(id string) string {
	if pl.store == nil {
		return ""
	}
	return pl.store.Note(id)
}

// cannotWrite says why nothing can be saved, or "".
func (pl *personalLayer) cannotWrite() string {
	if pl.off != "" {
		return pl.off
	}
	return pl.readOnly
}

// titleMarks is " ★ ✎" for the detail's title: the marks of the item shown.
func (pl *personalLayer) titleMarks(id string) string {
	k := pl.mark(id)
	out := ""
	if k.Flag {
		out += " ★"
	}
	if k.Note {
		out += " ✎"
	}
	return out
}

// searchNotes is every note by item id, for the search index (search.New): the
// search finds items by the user's words and labels those hits "your
// note". It reads the store's memory, so it is cheap and safe to call from
// a command.
func searchNotes(s *personal.Store) map[string]string {
	if s == nil {
		return nil
	}
	notes := map[string]string{}
	for _, it := range s.Items() {
		if it.Note != "" {
			notes[it.ID] = it.Note
		}
	}
	return notes
}

// searchNotes is the notes of this program's store, for the search index.
func (m *Model) searchNotes() map[string]string { return searchNotes(m.personal.store) }

// currentID is the item the personal keys act on: the related item under
// the cursor when the related items have the focus, else the item in the
// detail (the list's selection, or what was followed).
func (m *Model) currentID() string {
	if m.page().focus == paneLinks {
		if sel, ok := m.links.Selected(); ok {
			return sel.ID
		}
	}
	if e := m.detail.Entry(); e != nil {
		return e.Base().ID
	}
	return ""
}

// beforeKey runs first for every key: the note editor takes all keys while
// it is open; otherwise the confirmation of the last action is cleared and
// the agenda's keys are enabled where they apply.
func (m *Model) beforeKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	m.err, m.personal.info = "", ""
	if m.personal.editor != nil {
		return m.handleEditorKey(msg), true
	}
	inAgenda := m.page().spec.id == ViewAgenda && m.page().focus == paneNav
	k := &m.c.Keys.Personal
	k.AgendaRemove.SetEnabled(inAgenda)
	k.AgendaUp.SetEnabled(inAgenda)
	k.AgendaDown.SetEnabled(inAgenda)
	return nil, false
}

// handlePersonalKey acts on the personal keys; it reports false for any
// other key, which then goes to the focused pane.
func (m *Model) handlePersonalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.Keys.Personal
	switch {
	case key.Matches(msg, k.Flag):
		return m.toggleFlag(), true
	case key.Matches(msg, k.EditNote):
		return m.openEditor(), true
	case key.Matches(msg, k.EditExternal):
		return m.editExternally(), true
	case key.Matches(msg, k.AgendaAdd):
		return m.agendaAdd(), true
	case key.Matches(msg, k.AgendaRemove):
		return m.agendaRemove(), true
	case key.Matches(msg, k.AgendaUp):
		return m.agendaShift(-1), true
	case key.Matches(msg, k.AgendaDown):
		return m.agendaShift(1), true
	case key.Matches(msg, k.Export):
		return m.exportCmd(), true
	case key.Matches(msg, k.Copy):
		return m.copyCitation(), true
	}
	return nil, false
}

// change runs a change to the store in a command; the answer comes back as
// a savedMsg. The store decides on a fresh read of the file under its lock,
// so changes made in quick succession, or by another copy, all count.
func (m *Model) change(id string, do func(s *personal.Store) (string, error)) tea.Cmd {
	if id == "" {
		m.err = "no item here: select one first"
		return nil
	}
	if why := m.personal.cannotWrite(); why != "" {
		m.err = why
		return nil
	}
	s := m.personal.store
	return func() tea.Msg {
		info, err := do(s)
		return savedMsg{id: id, info: info, err: err}
	}
}

func (m *Model) toggleFlag() tea.Cmd {
	id := m.currentID()
	return m.change(id, func(s *personal.Store) (string, error) {
		on, err := s.ToggleFlag(id)
		if on {
			return "★ flagged " + id, err
		}
		return "took the flag off " + id, err
	})
}

// updatePersonal takes the personal layer's messages.
func (m *Model) updatePersonal(msg personalMsg) tea.Cmd {
	switch msg := msg.(type) {
	case savedMsg:
		return m.saved(msg)
	case noteSavedMsg:
		return m.noteSaved(msg)
	case externalEditedMsg:
		return m.finishExternalEdit(msg)
	case exportedMsg:
		m.exported(msg)
	}
	return nil
}

// saved shows the outcome of a change and redraws what depends on the
// store: marks, the agenda, the detail's note, the search index.
func (m *Model) saved(msg savedMsg) tea.Cmd {
	switch {
	case personal.Repaired(msg.err):
		m.err = "warning: " + msg.err.Error()
	case msg.err != nil:
		m.err = msg.err.Error()
	default:
		m.personal.info = msg.info
	}
	m.personal.rebuild()
	m.refreshAgenda()
	if msg.selectID != "" {
		m.pages[viewIndex(ViewAgenda)].nav.SelectID(msg.selectID)
	}
	cmds := []tea.Cmd{m.syncDetail(), m.detail.Refresh()}
	if msg.noted {
		cmds = append(cmds, m.indexCmd())
	}
	return tea.Batch(cmds...)
}

// orphanEntry stands in for an id the notes hold but the briefing does not
// (renamed or removed content), so its note can still be read, edited and
// cleared. It is nil for an id the notes do not hold either.
func (m *Model) orphanEntry(id string) model.Entry {
	s := m.personal.store
	if s == nil || (s.Note(id) == "" && !s.Flagged(id) && !s.OnAgenda(id)) {
		return nil
	}
	return &model.Overview{Item: model.Item{
		ID:      id,
		Kind:    model.KindOverview,
		Title:   id + " (not in the briefing)",
		Summary: "The briefing no longer has this id. Your note, flag and agenda place are kept; clear them if you no longer need them.",
	}}
}
