// Package personal keeps what a delegate adds to the briefing: a note and a
// flag on any item, and an agenda (an ordered list of items for the next
// meeting). It is the only data the program writes, so it is written with
// care: one plain Markdown file (see format.go), saved atomically, locked
// and merged so that two running copies keep each other's changes, and
// never overwritten when it cannot be read.
package personal

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/eu-rok/briefing/model/safefile"
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

// CorruptError says that the notes file held lines the program could not
// place, bytes that were not UTF-8, or that it was cut short. Nothing of it
// was dropped: the file as it was is kept as Aside, and the file was
// written again with everything it held, the lines not understood under
// "# Not understood" at its end. Open and the setters return it with a
// working Store; it is said once, as the file is rewritten.
type CorruptError struct {
	Path     string        // the notes file
	Aside    string        // where the file as it was is kept
	Problems []*ParseError // what could not be read, by line
	Unplaced int           // lines now under "# Not understood"
}

func (e *CorruptError) Error() string {
	var why []string
	for i, p := range e.Problems {
		if i == 3 {
			why = append(why, fmt.Sprintf("and %d more", len(e.Problems)-i))
			break
		}
		why = append(why, p.Error())
	}
	msg := fmt.Sprintf("%s needed repair (%s); nothing was dropped: the file as it was is kept as %s", e.Path, strings.Join(why, "; "), e.Aside)
	if e.Unplaced > 0 {
		msg += fmt.Sprintf("; %d line(s) it could not place are under \"# %s\" at the end of the file", e.Unplaced, keptTitle)
	}
	return msg
}

// ItemChanged is how every part of the program flags a note whose item
// changed since the note was written (the item's hash differs from the
// one kept with the note: updates.Tracker.ChangedFrom).
const ItemChanged = "item changed since your note"

// NoteName is what every part of the program calls the user's note on an
// item: the browser's heading, exports, the editor.
const NoteName = "Your note"

// The marks of the user's layer, wherever an item is listed or titled: a
// flag, and a note.
const (
	FlagMark = "★"
	NoteMark = "✎"
)

// Item is what the store holds about one item.
type Item struct {
	ID   string `json:"id"`
	Flag bool   `json:"flag"`
	Note string `json:"note"`
	// ItemHash is the hash of the item's text the note was last written
	// on, or "" (see SetNote).
	ItemHash string `json:"item_hash,omitempty"`
}

// Store is the notes, flags and agenda of one data directory. Its methods
// are safe to call from several goroutines, and several Stores (in one
// process or many) may share a directory: every change is made under a
// lock, on a fresh read of the file.
type Store struct {
	dir string

	mu sync.Mutex
	st *state

	// ops does the file operations of a save; tests observe it.
	ops safefile.Ops
}

// Open reads the notes in dir; a missing file or directory is an empty
// store. When part of the file cannot be read, Open keeps the file as it
// was aside, writes it again with every line it held, and returns the Store
// with a *CorruptError. A notes file that is not a regular file, or is
// larger than MaxFileSize, is an error: it is left alone, and every change
// fails with the same error.
func Open(dir string) (*Store, error) {
	s := &Store{dir: dir, st: newState(), ops: safefile.System{}}
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
	st, _, rerr := s.read()
	if st != nil { // nil: a file that must be left alone; keep what was read before
		s.mu.Lock()
		s.st = st
		s.mu.Unlock()
	}
	return rerr
}

// lock takes the notes' lock (notes.lock), waiting for another copy of
// the program to finish its change.
func (s *Store) lock() (func(), error) {
	return safefile.Lock(filepath.Join(s.dir, lockName), "the notes")
}

// lockIfExists takes the lock when the directory exists; reading a store
// that was never written creates nothing.
func (s *Store) lockIfExists() (func(), error) {
	if _, err := os.Stat(s.dir); errors.Is(err, os.ErrNotExist) {
		return func() {}, nil
	}
	return s.lock()
}

// read parses the file; it must be called under the lock. A file with
// lines that could not be placed is kept aside and written again at once,
// with those lines under "# Not understood", so that the warning is given
// once. reshaped is the file as it was when it is not in the form format
// writes (after a hand edit), for the next save to keep aside first. A nil
// state means the file must not be written.
func (s *Store) read() (st *state, reshaped []byte, err error) {
	path, data, err := s.readFile()
	if errors.Is(err, os.ErrNotExist) {
		return newState(), nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	st, problems := parse(data)
	if len(problems) == 0 {
		if bytes.Equal(format(st), data) {
			return st, nil, nil
		}
		return st, data, nil
	}
	ce := &CorruptError{Path: path, Problems: problems, Unplaced: len(st.kept)}
	aside, err := s.keepAside(data)
	if err != nil {
		// Could not keep a copy: refuse to write rather than risk the file.
		return nil, nil, fmt.Errorf("%v; and keeping a copy of it failed, so it is left as it is: %w", ce, err)
	}
	ce.Aside = aside
	if err := s.save(path, format(st)); err != nil {
		return st, nil, errors.Join(ce, err)
	}
	return st, nil, ce
}

// change applies one change to a fresh read of the file and saves it, all
// under the lock, so that what other copies saved meanwhile is kept: only
// the item (or agenda entry) being changed takes this copy's value.
func (s *Store) change(apply func(st *state) error) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("making the data directory: %w", err)
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	st, reshaped, rerr := s.read()
	if st == nil {
		return rerr
	}
	if err := apply(st); err != nil {
		return err
	}
	path, err := s.target()
	if err != nil {
		return err
	}
	if reshaped != nil {
		// A hand edit the new file will not look like: keep it as it was.
		if _, err := s.keepAside(reshaped); err != nil {
			return fmt.Errorf("keeping a copy of %s before writing it: %w", path, err)
		}
	}
	if err := s.save(path, format(st)); err != nil {
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

// SetNote replaces the note on an item; an empty text removes it. Text
// that is not UTF-8 is refused (RepairUTF8 repairs it): the file holds
// UTF-8 only. itemHash is the hash of the item's text as the note is
// written (updates.Tracker.Hash), kept with the note to tell later that
// the item changed since; "" when it is not known.
func (s *Store) SetNote(id, text, itemHash string) error {
	_, err := s.writeNote(id, text, itemHash, func(_, mine string) (string, bool) { return mine, false })
	return err
}

// JoinedLine stands between two texts of a note that were written at the
// same time (EditNote): the one saved last above it, the other below.
const JoinedLine = "*(also written elsewhere while this note was being edited:)*"

// EditNote saves the note a writer edited, starting from base (the note
// as it was when the editing began), as SetNote does. When the note was
// changed elsewhere meanwhile (another shell, another window), neither
// text is lost: the note becomes the new text, JoinedLine, then the other
// one (or stays the other one, when the new text is empty), and joined
// says so.
func (s *Store) EditNote(id, base, text, itemHash string) (joined bool, err error) {
	return s.writeNote(id, text, itemHash, func(theirs, mine string) (string, bool) {
		if theirs == "" || theirs == normalizeNote(base) || theirs == mine {
			return mine, false
		}
		if mine == "" {
			return theirs, true
		}
		return mine + "\n\n" + JoinedLine + "\n\n" + theirs, true
	})
}

// writeNote writes a note under the store's lock, on the file as it is
// now: merge takes the note found there and the new text (both
// normalised) and returns the note to keep, and whether it joined them.
func (s *Store) writeNote(id, text, itemHash string, merge func(theirs, mine string) (string, bool)) (joined bool, err error) {
	if err := checkUTF8(text); err != nil {
		return false, err
	}
	if itemHash != "" && !hashText.MatchString(itemHash) {
		return false, fmt.Errorf("%q is not an item hash", itemHash)
	}
	err = s.setRecord(id, func(r *record) {
		r.Note, joined = merge(r.Note, normalizeNote(text))
		r.ItemHash = ""
		if r.Note != "" {
			r.ItemHash = itemHash
		}
	})
	return joined, err
}

// ItemHash is the hash of the item's text the note on it was last written
// on; "" when it has no note, or the hash is not known.
func (s *Store) ItemHash(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.st.items[key(id)]; r != nil {
		return r.ItemHash
	}
	return ""
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
	if !storable(id) {
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
		out = append(out, Item{ID: r.ID, Flag: r.Flag, Note: r.Note, ItemHash: r.ItemHash})
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
func (s *Store) AgendaAdd(id string) error { return s.AgendaInsert(id, math.MaxInt) }

// AgendaInsert puts an item on the agenda at position pos, counted from 1
// (past the end means last), as undoing its removal does; one already on
// it stays where it is.
func (s *Store) AgendaInsert(id string, pos int) error {
	id = strings.TrimSpace(id)
	if !storable(id) {
		return fmt.Errorf("%q is not an item id", id)
	}
	return s.change(func(st *state) error {
		if agendaIndex(st.agenda, id) < 0 {
			st.agenda = slices.Insert(st.agenda, max(0, min(pos-1, len(st.agenda))), id)
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

// Repaired reports whether an error of Open or of a change only says that
// the notes file was repaired (a *CorruptError): the file as it was is
// kept aside, the store works, and the user is told once.
func Repaired(err error) bool {
	var corrupt *CorruptError
	return errors.As(err, &corrupt)
}
