// Package personal keeps what a delegate adds to the briefing: a note and a
// flag on any item, and an agenda (an ordered list of items for the next
// meeting). It is the only data the program writes, so it is written with
// care: one plain Markdown file (see format.go), saved atomically, locked
// and merged so that two running copies keep each other's changes, and
// never overwritten when it cannot be read.
package personal

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/eu-rok/briefing/model"
)

// FileName is the name of the notes file inside the data directory.
const FileName = "notes.md"

// lockName is the advisory lock file next to it.
const lockName = "notes.lock"

// DefaultDir is where the notes live unless --data says otherwise:
// $XDG_DATA_HOME/briefing when set, else ~/.local/share/briefing on Linux
// and other Unix systems, ~/Library/Application Support/briefing on macOS
// and %AppData%\briefing on Windows.
func DefaultDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "briefing"), nil
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("finding the data directory: %w", err)
		}
		return filepath.Join(dir, "briefing"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the data directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "briefing"), nil
}

// CorruptError says that the notes file could not be read and where it was
// put aside. Open and the setters return it together with a working Store:
// the program goes on with what it could keep, and tells the user.
type CorruptError struct {
	Path  string // the file that could not be read
	Aside string // where it now is, untouched
	Err   error  // why it could not be read
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("%s could not be read (%v); it was kept as %s and the notes start empty", e.Path, e.Err, e.Aside)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// Item is what the store holds about one item.
type Item struct {
	ID   string `json:"id"`
	Flag bool   `json:"flag"`
	Note string `json:"note"`
}

// Store is the notes, flags and agenda of one data directory. Its methods
// are safe to call from several goroutines, and several Stores (in one
// process or many) may share a directory: every change is made under a
// lock, on a fresh read of the file.
type Store struct {
	dir string

	mu sync.Mutex
	st *state

	// hooks let tests stop a save half-way, as a crash would.
	hooks saveHooks
}

// saveHooks are called during a save; an error stops it right there.
type saveHooks struct {
	afterTempWrite, afterSync, beforeRename func() error
}

// Open reads the notes in dir; a missing file or directory is an empty
// store. When the file cannot be read it is moved aside, never overwritten,
// and Open returns an empty Store with a *CorruptError.
func Open(dir string) (*Store, error) {
	s := &Store{dir: dir, st: newState()}
	err := s.Reload()
	return s, err
}

// Dir is the data directory.
func (s *Store) Dir() string { return s.dir }

// Path is the notes file.
func (s *Store) Path() string { return filepath.Join(s.dir, FileName) }

// Reload reads the file again, to see what another copy of the program
// wrote.
func (s *Store) Reload() error {
	unlock, err := s.lockIfExists()
	if err != nil {
		return s.reloadUnlocked(err)
	}
	defer unlock()
	st, rerr := s.read()
	if st != nil { // nil: a bad file that could not be moved aside; keep what was read before
		s.mu.Lock()
		s.st = st
		s.mu.Unlock()
	}
	return rerr
}

// lockIfExists takes the lock when the directory exists; reading a store
// that was never written creates nothing.
func (s *Store) lockIfExists() (func(), error) {
	if _, err := os.Stat(s.dir); errors.Is(err, os.ErrNotExist) {
		return func() {}, nil
	}
	return lock(filepath.Join(s.dir, lockName))
}

// read parses the file; it must be called under the lock. A file that
// cannot be parsed is renamed aside and reported, and reads as empty.
func (s *Store) read() (*state, error) {
	data, err := os.ReadFile(s.Path())
	if errors.Is(err, os.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return newState(), fmt.Errorf("reading the notes: %w", err)
	}
	st, perr := parse(data)
	if perr == nil {
		return st, nil
	}
	aside := fmt.Sprintf("%s.corrupt-%s", s.Path(), time.Now().UTC().Format("20060102T150405.000000000Z"))
	if err := os.Rename(s.Path(), aside); err != nil {
		// Could not move it: refuse to go on rather than risk writing over it.
		return nil, fmt.Errorf("%s could not be read (%v) nor moved aside: %w", s.Path(), perr, err)
	}
	_ = syncDir(s.dir)
	return newState(), &CorruptError{Path: s.Path(), Aside: aside, Err: perr}
}

// change applies one change to a fresh read of the file and saves it, all
// under the lock, so that what other copies saved meanwhile is kept: only
// the item (or agenda entry) being changed takes this copy's value.
func (s *Store) change(apply func(st *state) error) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("making the data directory: %w", err)
	}
	unlock, err := lock(filepath.Join(s.dir, lockName))
	if err != nil {
		return err
	}
	defer unlock()
	st, rerr := s.read()
	if st == nil {
		return rerr
	}
	if err := apply(st); err != nil {
		return err
	}
	if err := s.save(format(st)); err != nil {
		return err
	}
	s.mu.Lock()
	s.st = st
	s.mu.Unlock()
	return rerr // a *CorruptError found on the way, or nil
}

// Note is the note on an item, or "".
func (s *Store) Note(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.st.items[key(id)]; r != nil {
		return r.Note
	}
	return ""
}

// SetNote replaces the note on an item; an empty text removes it.
func (s *Store) SetNote(id, text string) error {
	return s.setRecord(id, func(r *record) { r.Note = normalizeNote(text) })
}

// Flagged reports whether an item has a flag.
func (s *Store) Flagged(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.st.items[key(id)]
	return r != nil && r.Flag
}

// Flag puts a flag on an item.
func (s *Store) Flag(id string) error { return s.setRecord(id, func(r *record) { r.Flag = true }) }

// Unflag takes the flag off an item.
func (s *Store) Unflag(id string) error { return s.setRecord(id, func(r *record) { r.Flag = false }) }

func (s *Store) setRecord(id string, edit func(*record)) error {
	id = strings.TrimSpace(id)
	if !validID(id) {
		return fmt.Errorf("%q is not an item id", id)
	}
	return s.change(func(st *state) error {
		r := st.items[key(id)]
		if r == nil {
			r = &record{ID: id}
			st.items[key(id)] = r
		}
		edit(r)
		if !r.Flag && r.Note == "" {
			delete(st.items, key(id))
		}
		return nil
	})
}

// Items lists every item with a note or a flag, in id order.
func (s *Store) Items() []Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Item
	for _, r := range s.st.sorted() {
		out = append(out, Item{ID: r.ID, Flag: r.Flag, Note: r.Note})
	}
	return out
}

// Agenda lists the ids on the agenda, in order.
func (s *Store) Agenda() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.st.agenda)
}

// OnAgenda reports whether an item is on the agenda.
func (s *Store) OnAgenda(id string) bool {
	return slices.ContainsFunc(s.Agenda(), func(x string) bool { return key(x) == key(id) })
}

// AgendaAdd puts an item at the end of the agenda; one already on it stays
// where it is.
func (s *Store) AgendaAdd(id string) error {
	id = strings.TrimSpace(id)
	if !validID(id) {
		return fmt.Errorf("%q is not an item id", id)
	}
	return s.change(func(st *state) error {
		if agendaIndex(st.agenda, id) < 0 {
			st.agenda = append(st.agenda, id)
		}
		return nil
	})
}

// AgendaRemove takes an item off the agenda; one not on it is no error.
func (s *Store) AgendaRemove(id string) error {
	return s.change(func(st *state) error {
		if i := agendaIndex(st.agenda, id); i >= 0 {
			st.agenda = slices.Delete(st.agenda, i, i+1)
		}
		return nil
	})
}

// AgendaMove moves an item on the agenda to position pos, counted from 1;
// a position past the end means last.
func (s *Store) AgendaMove(id string, pos int) error {
	if pos < 1 {
		return fmt.Errorf("position %d: positions count from 1", pos)
	}
	return s.change(func(st *state) error {
		i := agendaIndex(st.agenda, id)
		if i < 0 {
			return fmt.Errorf("%s is not on the agenda", id)
		}
		moved := st.agenda[i]
		st.agenda = slices.Delete(st.agenda, i, i+1)
		st.agenda = slices.Insert(st.agenda, min(pos-1, len(st.agenda)), moved)
		return nil
	})
}

func agendaIndex(agenda []string, id string) int {
	return slices.IndexFunc(agenda, func(x string) bool { return key(x) == key(id) })
}

// Orphans lists the ids with a note, a flag or an agenda place that the
// briefing no longer has. They are kept in the file, never dropped, so a
// renamed or removed item does not take the user's words with it.
func (s *Store) Orphans(b *model.Briefing) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	var out []string
	check := func(id string) {
		if _, ok := b.Get(id); !ok && !seen[key(id)] {
			seen[key(id)] = true
			out = append(out, id)
		}
	}
	for _, r := range s.st.sorted() {
		check(r.ID)
	}
	for _, id := range s.st.agenda {
		check(id)
	}
	return out
}
