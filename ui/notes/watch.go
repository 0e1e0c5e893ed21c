package notes

import (
	"os"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// WatchEvery is how often a running browser looks at the notes file for
// changes made elsewhere (`briefing agenda add` in another shell, another
// copy, a hand edit), as well as when the terminal gives it the focus.
const WatchEvery = 3 * time.Second

// stamp is the notes file as seen from outside: enough to tell that
// someone wrote it, without reading it.
type stamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) stamp {
	info, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{mod: info.ModTime(), size: info.Size()}
}

// ReloadedMsg is what a look at the notes file found: the file as seen,
// whether it was read again and holds something else now (Changed), and
// what reading it said.
type ReloadedMsg struct {
	seen    stamp
	tick    bool // from the watch: it looks again after a while
	Changed bool
	Err     error
}

// Watch looks at the notes file after WatchEvery; Seen arms it again.
func (n *Notes) Watch() tea.Cmd {
	if n.store == nil {
		return nil
	}
	s, seen := n.store, n.seen
	return tea.Tick(WatchEvery, func(time.Time) tea.Msg {
		msg := look(s, seen)
		msg.tick = true
		return msg
	})
}

// Check looks at the notes file now, as when the terminal gives the
// browser the focus.
func (n *Notes) Check() tea.Cmd {
	if n.store == nil {
		return nil
	}
	s, seen := n.store, n.seen
	return func() tea.Msg { return look(s, seen) }
}

// look reads the notes file again when it is not as last seen, and says
// whether what it holds changed: the program's own saves change the file
// but not what the store holds.
func look(s *personal.Store, seen stamp) ReloadedMsg {
	now := stampOf(s.Path())
	if now == seen {
		return ReloadedMsg{seen: now}
	}
	items, agenda := s.Items(), s.Agenda()
	err := s.Reload()
	changed := !slices.Equal(items, s.Items()) || !slices.Equal(agenda, s.Agenda())
	return ReloadedMsg{seen: now, Changed: changed, Err: err}
}

// Seen takes what a look found, rebuilds the marks when the notes
// changed, and arms the watch again after one of its looks.
func (n *Notes) Seen(msg ReloadedMsg) tea.Cmd {
	n.seen = msg.seen
	if msg.Changed {
		n.Rebuild()
	}
	if msg.tick {
		return n.Watch()
	}
	return nil
}
