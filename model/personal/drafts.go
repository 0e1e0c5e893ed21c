package personal

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/eu-rok/briefing/model/safefile"
)

// draftsName is the file, in the data directory, that keeps notes that
// were being written when the program was stopped (a signal, a closed
// terminal) before they were saved. It has the notes file's format.
const draftsName = "drafts.md"

// KeepDraft keeps the text of a note being written, for the next start
// to offer. It does not change the note.
func (s *Store) KeepDraft(id, text string) error {
	if err := checkUTF8(text); err != nil {
		return err
	}
	return s.changeDrafts(func(st *state) {
		st.items[key(id)] = &record{ID: id, Note: normalizeNote(text)}
	})
}

// DropDraft forgets the draft of a note, once it is saved or thrown away.
func (s *Store) DropDraft(id string) error {
	if _, ok := s.Draft(id); !ok {
		return nil
	}
	return s.changeDrafts(func(st *state) { delete(st.items, key(id)) })
}

// Draft is the kept draft of the note on an item.
func (s *Store) Draft(id string) (string, bool) {
	r := s.drafts().items[key(id)]
	if r == nil || r.Note == "" {
		return "", false
	}
	return r.Note, true
}

// Drafts lists the items with a kept draft, in id order.
func (s *Store) Drafts() []string {
	var ids []string
	for _, r := range s.drafts().sorted() {
		if r.Note != "" {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// drafts reads the drafts file; a missing or unreadable one has none.
func (s *Store) drafts() *state {
	data, err := readBounded(filepath.Join(s.dir, draftsName))
	if err != nil {
		return newState()
	}
	st, _ := parse(data)
	return st
}

// changeDrafts applies a change to the drafts file under the lock; the
// file goes when the last draft does.
func (s *Store) changeDrafts(apply func(*state)) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	st := s.drafts()
	apply(st)
	path := filepath.Join(s.dir, draftsName)
	if len(st.items) == 0 {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	return safefile.WriteWith(s.ops, path, format(st), safefile.Options{Perm: 0o600})
}
