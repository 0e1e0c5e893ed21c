package ui

import (
	"strings"

	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/common"
)

// The test API: what root tests read of the program. They send keys and
// messages (press, send, open), and read the frame (screen) and the
// state below, which the root keeps or the page shown says of itself
// through the methods the root uses; never the components' insides,
// which their own packages test.

// state is the program's state as a test reads it.
type state struct {
	View      string   // the view shown, by name
	Mode      mode     // who has the keyboard
	Current   string   // the item the keys act on
	Crumbs    []string // the breadcrumb, part by part
	Focus     string   // the title of the pane drawn focused
	Back, Fwd int      // steps of history either way
	Editor    string   // the item whose note is being written, or ""
	Info, Err string   // the status bar's message
	Agenda    []string // the agenda, in order
	// News is the mark every list draws on the briefing's items added or
	// changed since the user last read them, by id.
	News map[string]whatsnew.Mark
}

// stateOf reads the state.
func stateOf(m *Model) state {
	s := state{View: m.page().Name(), Mode: m.mode, Current: m.page().Current(), Crumbs: m.page().Crumbs(),
		Focus: focusedTitle(screen(m)), Back: len(m.hist.back), Fwd: len(m.hist.fwd),
		Info: m.status.info, Err: m.status.err, Agenda: m.notes.Agenda()}
	if m.mode == editing || m.mode == confirming {
		s.Editor = m.kb.editor.ID()
	}
	s.News = map[string]whatsnew.Mark{}
	for _, e := range m.c.B.All() {
		if mark := m.notes.Mark(e.Base().ID).News; mark != whatsnew.Unchanged {
			s.News[e.Base().ID] = mark
		}
	}
	return s
}

// focusedTitle reads a frame drawn without colour for the title of the
// pane with the focus: the only one drawn with a thick border ("┏━ title").
func focusedTitle(frame string) string {
	for _, line := range strings.Split(frame, "\n") {
		i := strings.Index(line, "┏━ ")
		if i < 0 {
			continue
		}
		rest := line[i+len("┏━ "):]
		if j := strings.Index(rest, " ━"); j >= 0 {
			rest = rest[:j]
		}
		return strings.TrimSpace(rest)
	}
	return ""
}

// open opens an item as following a link does.
func open(m *Model, id string) { send(m, common.FollowMsg{ID: id}) }

// showView switches to a view by its name, with its number key.
func showView(m *Model, name string) {
	for i, p := range m.tabs.pages {
		if p.Name() == name {
			send(m, keyMsg(m.c.Keys.Global.Views[i].Help().Key))
			return
		}
	}
	panic("no view " + name)
}

// followMsg is what the search sends for a hit, with the words found.
func followMsg(id string, terms ...string) common.FollowMsg {
	return common.FollowMsg{ID: id, Terms: terms}
}

// followMsgFound is a search hit's message that says where its words were
// found.
func followMsgFound(id, found string, terms ...string) common.FollowMsg {
	return common.FollowMsg{ID: id, Terms: terms, Found: found}
}
