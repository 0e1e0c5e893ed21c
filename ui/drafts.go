package ui

import "fmt"

// A note being written when the program is ended (a signal, a closed
// terminal, a crash) is kept in the data directory as a draft (see
// personal.Store.KeepDraft). The next start says so, and e on the item
// opens the editor on the draft; saving it or throwing it away forgets
// the draft.

// keepDraft keeps the editor's text when it was changed, and returns the
// item's id, or "" when there was nothing to keep or it could not be kept.
func (m *Model) keepDraft() string {
	ed, s := m.personal.editor, m.personal.store
	if ed == nil || s == nil || !ed.changed() {
		return ""
	}
	if err := s.KeepDraft(ed.id, ed.area.Value()); err != nil {
		return ""
	}
	return ed.id
}

// keepDraftAfterCrash keeps the draft after a panic, when the model may be
// half-updated: a second panic here must not hide the first.
func (m *Model) keepDraftAfterCrash() {
	defer func() { _ = recover() }()
	m.keepDraft()
}

// offerDrafts says at start-up which notes have a kept draft.
func (m *Model) offerDrafts() {
	if m.personal.store == nil {
		return
	}
	switch ids := m.personal.store.Drafts(); len(ids) {
	case 0:
	case 1:
		m.personal.info = fmt.Sprintf("the note you were writing on %s when briefing stopped was kept: press e on %s to go on with it", ids[0], ids[0])
	default:
		m.personal.info = fmt.Sprintf("%d notes you were writing when briefing stopped were kept (%s and others): press e on each to go on", len(ids), ids[0])
	}
}
