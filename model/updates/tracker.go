package updates

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/safefile"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// stateFormat is the layout of whatsnew/state.json this program writes.
const stateFormat = 1

// state is whatsnew/state.json: for each item, the hash of its text as the
// user last read it and as the content last showed it.
type state struct {
	Format int `json:"format"`
	// ReadVersion is the content version the user last read in full.
	ReadVersion string               `json:"read_version"`
	Items       map[string]itemState `json:"items"`
	// Announce says the content changed since the browser last opened on
	// what's new: the next start opens there.
	Announce bool `json:"announce,omitempty"`
}

type itemState struct {
	Kind  model.Kind `json:"kind"`
	Title string     `json:"title"`
	Read  string     `json:"read,omitempty"` // empty: never read
	Seen  string     `json:"seen,omitempty"` // empty: gone from the content
}

// StateError says the record of what the user read did not read. It was
// kept aside and the record starts again from the briefing in use.
type StateError struct {
	Path, Aside string
	Err         error
}

func (e *StateError) Error() string {
	return fmt.Sprintf("%s could not be read (%v); it was kept as %s and what's new starts from the briefing in use", e.Path, e.Err, e.Aside)
}

func (e *StateError) Unwrap() error { return e.Err }

// Tracker remembers what the user has read of the briefing and tells what
// is new since: the API the browser and `briefing whatsnew` use. Its
// methods are safe to call from several goroutines, and several copies of
// the program may share the record: each change is made under a lock
// (whatsnew/state.lock), on a fresh read of the record.
type Tracker struct {
	dir     string
	content *pack.Content
	current whatsnew.Side
	byID    map[string]whatsnew.Item

	mu sync.Mutex
	st state
}

// Tracker opens the record of what the user read and notes what the
// content in use holds. On the first run it takes everything as read;
// afterwards it notes the items whose text changed since the record last
// saw them, and that what's new has news to announce. The record is
// written only when something changed.
func (s *Store) Tracker(c *pack.Content) (*Tracker, error) {
	t := &Tracker{dir: s.path(trackerFolder), content: c, current: whatsnew.ContentSide(c)}
	t.byID = make(map[string]whatsnew.Item, len(t.current.Items))
	for _, it := range t.current.Items {
		t.byID[it.ID] = it
	}
	unlock, err := t.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	st, err := t.load()
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return t, t.baseline()
	case errors.Is(err, errBadState):
		aside := t.statePath() + ".corrupt"
		if rerr := os.Rename(t.statePath(), aside); rerr != nil {
			return nil, rerr
		}
		return t, errors.Join(&StateError{Path: t.statePath(), Aside: aside, Err: err}, t.baseline())
	case err != nil:
		return nil, err // unreadable, not wrong: leave it as it is
	}
	t.st = st
	if t.observe() {
		return t, t.save()
	}
	return t, nil
}

// lock takes the record's lock, making the folder first.
func (t *Tracker) lock() (func(), error) {
	if err := os.MkdirAll(t.dir, 0o700); err != nil {
		return nil, err
	}
	return safefile.Lock(filepath.Join(t.dir, "state.lock"), "the record of what you read")
}

// reload reads the record again, under the lock, so that a change starts
// from what other copies of the program saved; a record that no longer
// reads leaves the one in memory.
func (t *Tracker) reload() {
	if st, err := t.load(); err == nil {
		t.st = st
		t.observe()
	}
}

// baseline takes the content in use as read: there is nothing to compare
// it with.
func (t *Tracker) baseline() error {
	t.st = state{Format: stateFormat, ReadVersion: t.current.Version, Items: map[string]itemState{}}
	for _, it := range t.current.Items {
		t.st.Items[it.ID] = itemState{Kind: it.Kind, Title: it.Title, Read: it.Hash, Seen: it.Hash}
	}
	return t.keepTextsAndSave(t.current.Items)
}

// observe notes every item whose text differs from what the record last
// saw, and every item gone, and forgets items that came and went unread.
// Any such change is news for the browser to open on. It says whether the
// record changed.
func (t *Tracker) observe() bool {
	changed, news := false, false
	for _, it := range t.current.Items {
		e := t.st.Items[it.ID]
		if e.Seen == it.Hash && e.Title == it.Title && e.Kind == it.Kind {
			continue
		}
		news = news || e.Seen != it.Hash
		e.Seen, e.Kind, e.Title = it.Hash, it.Kind, it.Title
		t.st.Items[it.ID] = e
		changed = true
	}
	for id, e := range t.st.Items {
		if _, ok := t.byID[id]; ok {
			continue
		}
		switch {
		case e.Read == "": // came and went unread: nothing to report
			delete(t.st.Items, id)
			changed = true
		case e.Seen != "":
			e.Seen = ""
			t.st.Items[id] = e
			changed, news = true, true
		}
	}
	t.st.Announce = t.st.Announce || news
	return changed
}

// Report lists what was added, changed and removed since the user last
// read each item, with the diff of every changed one.
func (t *Tracker) Report() whatsnew.Report {
	t.mu.Lock()
	defer t.mu.Unlock()
	old := t.readSide()
	return whatsnew.Compare(old, t.current).WithDiffs(old, t.current)
}

// Marks gives the mark of every item added, changed or removed since the
// user last read it, by id, for the lists. It reads no text.
func (t *Tracker) Marks() map[string]whatsnew.Mark {
	t.mu.Lock()
	defer t.mu.Unlock()
	return whatsnew.Compare(t.readSide(), t.current).Marks()
}

// readSide is the briefing as the user last read it, item by item.
func (t *Tracker) readSide() whatsnew.Side {
	ids := slices.Sorted(maps.Keys(t.st.Items))
	side := whatsnew.Side{Version: t.st.ReadVersion, Text: func(it whatsnew.Item) (string, error) { return t.text(it.Hash) }}
	for _, id := range ids {
		if e := t.st.Items[id]; e.Read != "" {
			side.Items = append(side.Items, whatsnew.Item{ID: model.Sanitize(id), Kind: e.Kind, Title: model.Sanitize(e.Title), Hash: e.Read})
		}
	}
	return side
}

// Hash is the hash of the item's text now, for a note to keep; "" for an
// id the briefing does not have, and on a nil Tracker (content read from
// a directory, whose items' texts are not tracked).
func (t *Tracker) Hash(id string) string {
	if t == nil {
		return ""
	}
	return t.byID[id].Hash
}

// ChangedFrom says whether the item's text is no longer the one with this
// hash: the rule that flags a note on an item changed since the note was
// written (the note keeps the hash of the text it was written on). An
// item the briefing no longer has, an empty hash and a nil Tracker say
// no.
func (t *Tracker) ChangedFrom(id, hash string) bool {
	if t == nil {
		return false
	}
	it, ok := t.byID[id]
	return ok && hash != "" && it.Hash != hash
}

// MarkRead records that the user read these items as they are now; an id
// the briefing no longer has is an acknowledged removal. The record is read
// again first, under the lock, so marks made by another copy of the
// program are kept.
func (t *Tracker) MarkRead(ids ...string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	unlock, err := t.lock()
	if err != nil {
		return err
	}
	defer unlock()
	t.reload()
	var read []whatsnew.Item
	for _, id := range ids {
		it, ok := t.byID[id]
		if !ok {
			delete(t.st.Items, id)
			continue
		}
		e := t.st.Items[id]
		e.Read = it.Hash
		t.st.Items[id] = e
		read = append(read, it)
	}
	if whatsnew.Compare(t.readSide(), t.current).Empty() {
		t.st.ReadVersion = t.current.Version
	}
	return t.keepTextsAndSave(read)
}

// MarkAllRead records that the user read the whole briefing as it is now.
func (t *Tracker) MarkAllRead() error {
	t.mu.Lock()
	ids := slices.Collect(maps.Keys(t.st.Items))
	for _, it := range t.current.Items {
		ids = append(ids, it.ID)
	}
	t.mu.Unlock()
	return t.MarkRead(ids...)
}

// Announce reports whether the browser should open on what's new: the
// content changed since it last did, and something is still unread. It
// records that it has, so that it happens once, whichever copy of the
// program starts first.
func (t *Tracker) Announce() (bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	unlock, err := t.lock()
	if err != nil {
		return false, err
	}
	defer unlock()
	t.reload()
	if !t.st.Announce {
		return false, nil
	}
	t.st.Announce = false
	return !whatsnew.Compare(t.readSide(), t.current).Empty(), t.save()
}

func (t *Tracker) statePath() string { return filepath.Join(t.dir, "state.json") }

// Path is the record's file, for a program that looks for changes another
// copy made to it; "" on a nil Tracker.
func (t *Tracker) Path() string {
	if t == nil {
		return ""
	}
	return t.statePath()
}

// Reload reads the record again, for what another copy of the program
// recorded; a record that no longer reads leaves the one in memory. A nil
// Tracker has none.
func (t *Tracker) Reload() {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.reload()
}

// errBadState says the record reads but is not one.
var errBadState = errors.New("not a record of what was read")

// load reads the record.
func (t *Tracker) load() (state, error) {
	data, err := readLimited(t.statePath(), 64<<20)
	if err != nil {
		return state{}, err
	}
	var st state
	if err := json.Unmarshal(data, &st); err != nil {
		return state{}, fmt.Errorf("%w: %v", errBadState, err)
	}
	if st.Format != stateFormat || st.Items == nil {
		return state{}, fmt.Errorf("%w: format %d, expected %d", errBadState, st.Format, stateFormat)
	}
	return st, nil
}

// keepTextsAndSave keeps the texts of items just read, then writes the
// record, then drops the texts it no longer names: a crash in between
// leaves texts to spare, never a record naming a text that is gone.
func (t *Tracker) keepTextsAndSave(read []whatsnew.Item) error {
	if err := os.MkdirAll(t.textsDir(), 0o700); err != nil {
		return err
	}
	for _, it := range read {
		if err := t.keepText(it); err != nil {
			return err
		}
	}
	if err := t.save(); err != nil {
		return err
	}
	t.dropTexts()
	return nil
}

func (t *Tracker) save() error {
	data, err := json.Marshal(t.st)
	if err != nil {
		return err
	}
	return writeFileAtomic(t.statePath(), data)
}
