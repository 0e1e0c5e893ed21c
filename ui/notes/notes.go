// Package notes is the user's own layer as the browser sees it: the notes,
// flags and agenda of personal.Store, what the user has read of the
// briefing (updates.Tracker: news.go), the marks the lists draw, and the
// changes the keys ask for, made in commands. The store is the truth and
// does the writing (atomic, locked, merged with what other copies saved);
// the marks are rebuilt from the store's memory after every change, never
// read from disk on a frame.
package notes

import (
	"errors"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/common"
)

// Notes is the user's layer. Build it with New; a nil store turns notes
// off, and every change says why.
type Notes struct {
	store    *personal.Store
	off      string // why there is no store at all, or ""
	readOnly string // why changes cannot be saved, or ""
	marks    map[string]common.Marks
	news     *updates.Tracker         // what the user read; nil for content from a directory (news.go)
	unread   map[string]whatsnew.Mark // its marks, by model.IDKey
	seen     stamp                    // the notes file when last looked at (watch.go)
}

// New takes the store and what opening it said, and the record of what
// the user read (nil: none), and returns the layer and what to tell the
// user at start-up, or "": a *personal.CorruptError is a warning (the file
// was kept aside), anything else makes the notes read-only, and without a
// store the notes are off.
func New(store *personal.Store, openErr error, news *updates.Tracker) (*Notes, string) {
	n := &Notes{store: store, news: news, unread: unreadOf(news)}
	if store != nil {
		n.seen = stampNow(store, news)
	}
	say := ""
	switch {
	case store == nil:
		n.off = "notes are off: there is no data directory"
		if openErr != nil {
			n.off = "notes are off: " + openErr.Error()
			say = n.off
		}
	case personal.Repaired(openErr):
		say = "warning: " + openErr.Error()
	case openErr != nil:
		n.readOnly = openErr.Error()
		var ro *personal.ReadOnlyError
		if !errors.As(openErr, &ro) {
			n.readOnly = "notes are read-only: " + openErr.Error()
		}
		say = n.readOnly
	}
	n.Rebuild()
	return n, say
}

// Rebuild reads the store's memory into the marks, after a change.
func (n *Notes) Rebuild() {
	n.marks = map[string]common.Marks{}
	if n.store == nil {
		return
	}
	for _, it := range n.store.Items() {
		n.marks[model.IDKey(it.ID)] = common.Marks{Flag: it.Flag, Note: it.Note != ""}
	}
}

// Mark is the lists' lookup (a common.Marker): two map reads.
func (n *Notes) Mark(id string) common.Marks {
	k := model.IDKey(id)
	m := n.marks[k]
	m.News = n.unread[k]
	return m
}

// Note is the user's note on an item, or "".
func (n *Notes) Note(id string) string {
	if n.store == nil {
		return ""
	}
	return n.store.Note(id)
}

// Off says why there are no notes at all, or "".
func (n *Notes) Off() string { return n.off }

// CannotWrite says why nothing can be saved, or "".
func (n *Notes) CannotWrite() string {
	if n.off != "" {
		return n.off
	}
	return n.readOnly
}

// Agenda lists the ids on the agenda, in order.
func (n *Notes) Agenda() []string {
	if n.store == nil {
		return nil
	}
	return n.store.Agenda()
}

// OnAgenda reports whether an item is on the agenda.
func (n *Notes) OnAgenda(id string) bool { return n.store != nil && n.store.OnAgenda(id) }

// Items lists every item with a note or a flag, in id order.
func (n *Notes) Items() []personal.Item {
	if n.store == nil {
		return nil
	}
	return n.store.Items()
}

// Dir is the data directory, or "" without a store.
func (n *Notes) Dir() string {
	if n.store == nil {
		return ""
	}
	return n.store.Dir()
}

// ForSearch is every note by item id, for the search index: the search
// finds items by the user's words and labels those hits "your note". It
// reads the store's memory, so it is cheap and safe to call from a
// command.
func (n *Notes) ForSearch() map[string]string {
	notes := map[string]string{}
	for _, it := range n.Items() {
		if it.Note != "" {
			notes[it.ID] = it.Note
		}
	}
	return notes
}

// Orphan stands in for an id the notes hold but the briefing does not
// (renamed or removed content), so its note can still be read, edited and
// cleared. It is nil for an id the notes do not hold either.
func (n *Notes) Orphan(id string) model.Entry {
	s := n.store
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
