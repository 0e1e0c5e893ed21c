package notes

import (
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// What the user has read of the briefing belongs to their layer too: the
// lists mark an item added (●), changed (◐) or removed (✕) since the user
// last read it, until it is read again. The record is updates.Tracker's;
// the marks are kept here, in memory, for the lists to draw. Reading is
// opening an item (the root decides when), or What's new's keys.

// ReadMsg is the outcome of recording that items were read.
type ReadMsg struct{ Err error }

// unreadOf is the record's marks, by model.IDKey; none without a record.
func unreadOf(news *updates.Tracker) map[string]whatsnew.Mark {
	unread := map[string]whatsnew.Mark{}
	if news == nil {
		return unread
	}
	for id, mark := range news.Marks() {
		unread[model.IDKey(id)] = mark
	}
	return unread
}

// Read records that the user read an item, when it has a mark: the mark
// goes at once, the record is written in a command (ReadMsg comes back).
// It is nil when there is nothing to record, so that it can be asked on
// every message.
func (n *Notes) Read(id string) tea.Cmd {
	k := model.IDKey(id)
	if n.unread[k] == whatsnew.Unchanged {
		return nil
	}
	delete(n.unread, k)
	news := n.news
	return func() tea.Msg { return ReadMsg{Err: news.MarkRead(id)} }
}

// ReadAll records that the user read the whole briefing as it is now.
func (n *Notes) ReadAll() tea.Cmd {
	if n.news == nil {
		return nil
	}
	n.unread = map[string]whatsnew.Mark{}
	news := n.news
	return func() tea.Msg { return ReadMsg{Err: news.MarkAllRead()} }
}

// Reread takes the marks from the record again once items were recorded
// as read (ok) or not. The record was read afresh first, so items read in
// another copy of the program lose their marks here too. After a success
// it only takes marks away: an item whose record is still being written
// (the user opened two in a row) keeps its mark off. After a failure the
// record is the truth, and the marks it still has come back.
func (n *Notes) Reread(ok bool) {
	fresh := unreadOf(n.news)
	if !ok {
		n.unread = fresh
		return
	}
	for k := range n.unread {
		if _, marked := fresh[k]; !marked {
			delete(n.unread, k)
		}
	}
}

// ItemChanged says whether the item changed since the user's note on it
// was written.
func (n *Notes) ItemChanged(id string) bool {
	return n.store != nil && n.news.ChangedFrom(id, n.store.ItemHash(id))
}
