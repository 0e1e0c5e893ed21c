// Package keys holds every key binding of the browser, one KeyMap per
// scope, built once by DefaultKeyMap. The components match keys with
// key.Matches on these bindings, and the help is built from the same
// bindings, so nothing else names a key.
package keys

import "charm.land/bubbles/v2/key"

// KeyMap is every scope's bindings together.
type KeyMap struct {
	Global   Global   // what works in any view: quit, help, history, search, the views
	Page     Page     // moving between the panes of a view
	List     List     // a list's cursor
	Detail   Detail   // the document's scroll and matches
	Find     Find     // the find-in-document box
	Line     Line     // a line of text asked for (an export's name)
	Search   Search   // the search box
	Help     Help     // the help overlay
	Personal Personal // the user's own layer, on the current item
	Editor   Editor   // the note editor
	Confirm  Confirm  // a question before closing the editor
	Timeline Timeline // the timeline's filter
	Tracker  Tracker  // the tracker's order and filters
	Agenda   Agenda   // the agenda's order
	WhatsNew WhatsNew // what's new since the last reading
}

// Global is what works wherever the focus is while browsing.
type Global struct {
	Quit, Help, Back, Forward, Search, Find key.Binding
	// Interrupt quits even while text is typed (the search, the find box).
	Interrupt key.Binding
	// Views are the number keys, one per view, in tab order: 1 to 9, then
	// 0 for a tenth.
	Views []key.Binding
}

// Page moves the focus between the panes of a view.
type Page struct {
	NextPane, PrevPane key.Binding
	// Leave steps back towards the main list when there is no history to
	// go back to.
	Leave key.Binding
}

// List moves a selection through a list and drills in and out.
type List struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Out key.Binding
}

// Detail scrolls a document and steps through matches of a find.
type Detail struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom, NextMatch, PrevMatch, Out key.Binding
}

// Find edits the find-in-document words; every other key is text.
type Find struct {
	Accept, Cancel, Erase, Clear key.Binding
}

// Line takes or leaves a line of text asked for; every other key edits it.
type Line struct {
	Accept, Cancel key.Binding
}

// Search moves through the results and opens one; letters are the query.
type Search struct {
	Up, Down, Open, Close key.Binding
}

// Help scrolls and closes the help overlay.
type Help struct {
	Close, Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// Personal acts on the user's own layer: the note and the flag on the
// current item, the agenda, the export and the copy as a citation.
type Personal struct {
	Flag, EditNote, EditExternal, AgendaAdd, Export, Copy key.Binding
}

// Editor is the in-app note editor's own keys; every other key is text.
type Editor struct {
	Save, Close key.Binding
	// NewLine is the key that adds a line, refused when the note is too
	// long for the editor.
	NewLine key.Binding
}

// Confirm answers the question asked before closing changed text: Yes
// saves, No throws the changes away, Back returns to the text.
type Confirm struct {
	Yes, No, Back key.Binding
}

// Timeline filters the timeline by area.
type Timeline struct {
	Filter key.Binding
}

// Tracker orders and filters the tracker.
type Tracker struct {
	Filter, Sort, Status, Strength key.Binding
}

// Agenda takes items off the agenda, puts back the last one taken off,
// and moves them, in the Agenda view.
type Agenda struct {
	Remove, Undo, Up, Down key.Binding
}

// WhatsNew marks what's new as read.
type WhatsNew struct {
	MarkRead, MarkAllRead key.Binding
}

// DefaultKeyMap returns the bindings the program ships with. viewNames
// names the views in tab order; the first ten get the number keys, 1 to 9
// then 0.
func DefaultKeyMap(viewNames []string) KeyMap {
	b := key.NewBinding
	k, h := key.WithKeys, key.WithHelp
	g := Global{
		Quit:      b(k("q", "ctrl+c"), h("q", "quit")),
		Help:      b(k("?"), h("?", "toggle help")),
		Back:      b(k("esc", "backspace", "[", "alt+left"), h("esc/[", "back")),
		Forward:   b(k("]", "alt+right"), h("]", "forward")),
		Search:    b(k("/"), h("/", "search everything")),
		Find:      b(k("ctrl+f"), h("ctrl+f", "find in document")),
		Interrupt: b(k("ctrl+c"), h("ctrl+c", "quit")),
	}
	const numbers = "1234567890"
	for i, name := range viewNames {
		if i >= len(numbers) {
			break
		}
		n := numbers[i : i+1]
		g.Views = append(g.Views, b(k(n), h(n, name)))
	}
	return KeyMap{
		Global: g,
		Page: Page{
			NextPane: b(k("tab"), h("tab", "next pane")),
			PrevPane: b(k("shift+tab"), h("shift+tab", "previous pane")),
			Leave:    b(k("esc", "backspace"), h("esc", "back to the list")),
		},
		List: List{
			Up:       b(k("up", "k"), h("↑/k", "up")),
			Down:     b(k("down", "j"), h("↓/j", "down")),
			PageUp:   b(k("pgup", "ctrl+b", "ctrl+u"), h("pgup", "page up")),
			PageDown: b(k("pgdown", "ctrl+d"), h("pgdn", "page down")),
			Top:      b(k("g", "home"), h("g/home", "first")),
			Bottom:   b(k("G", "end"), h("G/end", "last")),
			Open:     b(k("enter", "right", "l"), h("enter/→", "open")),
			Out:      b(k("left", "h"), h("←/h", "out")),
		},
		Detail: Detail{
			Up:        b(k("up", "k"), h("↑/k", "scroll up")),
			Down:      b(k("down", "j"), h("↓/j", "scroll down")),
			PageUp:    b(k("pgup", "b", "ctrl+b"), h("pgup/b", "page up")),
			PageDown:  b(k("pgdown", "space", "ctrl+d"), h("pgdn/space", "page down")),
			HalfUp:    b(k("u", "ctrl+u"), h("u", "half page up")),
			HalfDown:  b(k("d"), h("d", "half page down")),
			Top:       b(k("g", "home"), h("g/home", "top")),
			Bottom:    b(k("G", "end"), h("G/end", "bottom")),
			NextMatch: b(k("n"), h("n", "next match")),
			PrevMatch: b(k("N"), h("N", "previous match")),
			Out:       b(k("left", "h"), h("←/h", "back to list")),
		},
		Find: Find{
			Accept: b(k("enter"), h("enter", "keeps")),
			Cancel: b(k("esc"), h("esc", "clears")),
			Erase:  b(k("backspace"), h("backspace", "erase")),
			Clear:  b(k("ctrl+u"), h("ctrl+u", "clear the words")),
		},
		Line: Line{
			Accept: b(k("enter"), h("enter", "write")),
			Cancel: b(k("esc"), h("esc", "cancel")),
		},
		Search: Search{
			// ctrl+k/ctrl+j as in fzf (ctrl+k no longer cuts the line).
			Up:    b(k("up", "ctrl+p", "ctrl+k"), h("↑", "move")),
			Down:  b(k("down", "ctrl+n", "ctrl+j"), h("↓", "move")),
			Open:  b(k("enter"), h("enter", "open")),
			Close: b(k("esc"), h("esc", "back")),
		},
		Help: Help{
			// q closes the help, as in less, k9s and lazygit.
			Close:    b(k("?", "esc", "q"), h("?/esc/q", "close")),
			Up:       b(k("up", "k"), h("↑", "scroll")),
			Down:     b(k("down", "j"), h("↓", "scroll")),
			PageUp:   b(k("pgup", "b", "ctrl+b", "ctrl+u"), h("pgup", "page up")),
			PageDown: b(k("pgdown", "space", "ctrl+d", "ctrl+f"), h("pgdn", "page down")),
			Top:      b(k("g", "home"), h("g", "top")),
			Bottom:   b(k("G", "end"), h("G", "bottom")),
		},
		Personal: Personal{
			Flag:         b(k("*", "m"), h("*/m", "flag ★ on/off")),
			EditNote:     b(k("e"), h("e", "edit your note ✎")),
			EditExternal: b(k("E"), h("E", "edit the note in $EDITOR")),
			AgendaAdd:    b(k("a"), h("a", "add to the agenda")),
			Export:       b(k("X", "ctrl+e"), h("X/ctrl+e", "export to HTML")),
			Copy:         b(k("y", "c"), h("y/c", "copy as a citation")),
		},
		Editor: Editor{
			Save:    b(k("ctrl+s"), h("ctrl+s", "save")),
			Close:   b(k("esc", "ctrl+c"), h("esc", "close")),
			NewLine: b(k("enter"), h("enter", "new line")),
		},
		Confirm: Confirm{
			Yes:  b(k("y", "enter", "ctrl+s"), h("y/enter", "save")),
			No:   b(k("n"), h("n", "discard the changes")),
			Back: b(k("esc", "ctrl+c"), h("esc", "back to the text")),
		},
		Timeline: Timeline{
			Filter: b(k("f"), h("f", "filter by area")),
		},
		Tracker: Tracker{
			Filter:   b(k("f"), h("f", "filter by area")),
			Sort:     b(k("o"), h("o", "order: area, status, strength")),
			Status:   b(k("s"), h("s", "filter by status")),
			Strength: b(k("w"), h("w", "filter by strength")),
		},
		Agenda: Agenda{
			// Not d: d scrolls the document, one Tab away.
			Remove: b(k("x", "delete"), h("x/del", "take off the agenda")),
			Undo:   b(k("u"), h("u", "put back the last taken off")),
			Up:     b(k("K", "shift+up"), h("K/shift+↑", "move up the agenda")),
			Down:   b(k("J", "shift+down"), h("J/shift+↓", "move down the agenda")),
		},
		WhatsNew: WhatsNew{
			MarkRead:    b(k("r"), h("r", "mark as read")),
			MarkAllRead: b(k("R"), h("R", "mark everything as read")),
		},
	}
}

// Name is how messages name a binding's key: its help key, "e" or
// "ctrl+s", so that a message never names a key the map does not bind.
func Name(b key.Binding) string { return b.Help().Key }
