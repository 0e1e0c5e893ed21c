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
	"time"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// stateFormat is the layout of whatsnew/state.json this program writes.
const stateFormat = 1

// state is whatsnew/state.json: for each item, the hash of its text as the
// user last read it and as the content last showed it, and since when.
type state struct {
	Format int `json:"format"`
	// ReadVersion is the content version the user last read in full.
	ReadVersion string               `json:"read_version"`
	Items       map[string]itemState `json:"items"`
}

type itemState struct {
	Kind  model.Kind `json:"kind"`
	Title string     `json:"title"`
	Read  string     `json:"read,omitempty"` // empty: never read
	Seen  string     `json:"seen"`
	Since time.Time  `json:"since"` // when the content first showed Seen
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
// methods are safe to call from several goroutines.
type Tracker struct {
	dir     string
	content *pack.Content
	current whatsnew.Side
	byID    map[string]whatsnew.Item
	now     func() time.Time

	mu sync.Mutex
	st state
}

// Tracker opens the record of what the user read and notes what the
// content in use holds. On the first run it takes everything as read;
// afterwards it notes when each item's text first appeared. The record is
// written only when something changed.
func (s *Store) Tracker(c *pack.Content) (*Tracker, error) {
	t := &Tracker{dir: s.path(trackerFolder), content: c, current: whatsnew.ContentSide(c), now: s.now}
	t.byID = make(map[string]whatsnew.Item, len(t.current.Items))
	for _, it := range t.current.Items {
		t.byID[it.ID] = it
	}
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

// baseline takes the content in use as read: there is nothing to compare
// it with.
func (t *Tracker) baseline() error {
	since, _ := time.Parse(time.DateOnly, t.content.Manifest.Date)
	t.st = state{Format: stateFormat, ReadVersion: t.current.Version, Items: map[string]itemState{}}
	for _, it := range t.current.Items {
		t.st.Items[it.ID] = itemState{Kind: it.Kind, Title: it.Title, Read: it.Hash, Seen: it.Hash, Since: since}
	}
	return t.keepTextsAndSave(t.current.Items)
}

// observe notes every item whose text differs from what the record last
// saw, and when, and forgets items that came and went unread. It says
// whether anything changed.
func (t *Tracker) observe() bool {
	changed := false
	for _, it := range t.current.Items {
		e := t.st.Items[it.ID]
		if e.Seen == it.Hash && e.Title == it.Title && e.Kind == it.Kind {
			continue
		}
		if e.Seen != it.Hash {
			e.Seen, e.Since = it.Hash, t.now().UTC()
		}
		e.Kind, e.Title = it.Kind, it.Title
		t.st.Items[it.ID] = e
		changed = true
	}
	for id, e := range t.st.Items {
		if _, ok := t.byID[id]; !ok && e.Read == "" { // came and went unread: nothing to report
			delete(t.st.Items, id)
			changed = true
		}
	}
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

// Marks gives the mark of every item added or changed since the user last
// read it, by id, for the lists. It reads no text.
func (t *Tracker) Marks() map[string]whatsnew.Mark {
	t.mu.Lock()
	defer t.mu.Unlock()
	return whatsnew.Compare(t.readSide(), t.current).Marks()
}

// Diff is the word-level diff of one item from the text the user last read
// to the text now; nil when it is new or has not changed.
func (t *Tracker) Diff(id string) ([]whatsnew.Span, error) {
	t.mu.Lock()
	e := t.st.Items[id]
	t.mu.Unlock()
	it, ok := t.byID[id]
	if !ok || e.Read == "" || e.Read == it.Hash {
		return nil, nil
	}
	return whatsnew.DiffItem(t.readSide(), whatsnew.Item{ID: id, Kind: e.Kind, Title: e.Title, Hash: e.Read}, t.current, it)
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

// ChangedSince says whether the item's text changed after when, as this
// laptop saw it: for flagging a note written before the change.
func (t *Tracker) ChangedSince(id string, when time.Time) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.st.Items[id]
	return ok && e.Since.After(when)
}

// Hash is the hash of the item's text now, for a note to keep; "" for an
// id the briefing does not have.
func (t *Tracker) Hash(id string) string { return t.byID[id].Hash }

// ChangedFrom says whether the item's text is no longer the one with this
// hash: for a note that kept the hash of the text it was written on.
func (t *Tracker) ChangedFrom(id, hash string) bool {
	it, ok := t.byID[id]
	return ok && hash != "" && it.Hash != hash
}

// MarkRead records that the user read these items as they are now; an id
// the briefing no longer has is an acknowledged removal. The record is read
// again first, so marks made by another copy of the program are kept.
func (t *Tracker) MarkRead(ids ...string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if st, err := t.load(); err == nil {
		t.st = st
		t.observe()
	}
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

func (t *Tracker) statePath() string { return filepath.Join(t.dir, "state.json") }

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
	if err := os.MkdirAll(t.dir, 0o700); err != nil {
		return err
	}
	data, err := json.Marshal(t.st)
	if err != nil {
		return err
	}
	return writeFileAtomic(t.statePath(), data)
}
