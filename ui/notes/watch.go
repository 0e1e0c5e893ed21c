package notes

import (
	"maps"
	"os"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/updates"
)

// WatchEvery is how often a running browser looks at the notes file and
// the record of what was read for changes made elsewhere (`briefing agenda
// add` or `briefing whatsnew --mark-read` in another shell, another copy,
// a hand edit), as well as when the terminal gives it the focus.
const WatchEvery = 3 * time.Second

// fileStamp is a file as seen from outside: enough to tell that someone
// wrote it, without reading it.
type fileStamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) fileStamp {
	if path == "" {
		return fileStamp{}
	}
	info, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{mod: info.ModTime(), size: info.Size()}
}

// stamp is the two files a look watches: the notes, and the record of
// what was read (none for content read from a directory).
type stamp struct{ notes, record fileStamp }

func stampNow(s *personal.Store, news *updates.Tracker) stamp {
	return stamp{notes: stampOf(s.Path()), record: stampOf(news.Path())}
}

// ReloadedMsg is what a look at the files found: the files as seen,
// whether one was read again and holds something else now (Changed), and
// what reading the notes said.
type ReloadedMsg struct {
	seen    stamp
	tick    bool // from the watch: it looks again after a while
	read    bool // the record of what was read holds other marks now
	Changed bool
	Err     error
}

// Watch looks at the files after WatchEvery; Seen arms it again.
func (n *Notes) Watch() tea.Cmd {
	if n.store == nil {
		return nil
	}
	s, news, seen := n.store, n.news, n.seen
	return tea.Tick(WatchEvery, func(time.Time) tea.Msg {
		msg := look(s, news, seen)
		msg.tick = true
		return msg
	})
}

// Check looks at the files now, as when the terminal gives the browser
// the focus.
func (n *Notes) Check() tea.Cmd {
	if n.store == nil {
		return nil
	}
	s, news, seen := n.store, n.news, n.seen
	return func() tea.Msg { return look(s, news, seen) }
}

// look reads again a file that is not as last seen, and says whether
// what it holds changed: the program's own saves change the files but
// not what was read from them.
func look(s *personal.Store, news *updates.Tracker, seen stamp) ReloadedMsg {
	now := stampNow(s, news)
	msg := ReloadedMsg{seen: now}
	if now.notes != seen.notes {
		items, agenda := s.Items(), s.Agenda()
		msg.Err = s.Reload()
		msg.Changed = !slices.Equal(items, s.Items()) || !slices.Equal(agenda, s.Agenda())
	}
	if now.record != seen.record {
		marks := news.Marks()
		news.Reload()
		msg.read = !maps.Equal(marks, news.Marks())
		msg.Changed = msg.Changed || msg.read
	}
	return msg
}

// Seen takes what a look found, rebuilds the marks when the files
// changed (when the record did, it is the truth about what is read), and
// arms the watch again after one of its looks.
func (n *Notes) Seen(msg ReloadedMsg) tea.Cmd {
	n.seen = msg.seen
	if msg.read {
		n.unread = unreadOf(n.news)
	}
	if msg.Changed {
		n.Rebuild()
	}
	if msg.tick {
		return n.Watch()
	}
	return nil
}
