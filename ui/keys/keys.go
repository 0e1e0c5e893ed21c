// Package keys holds the TUI's key bindings, one KeyMap per scope, so that
// the help overlay is built from the same bindings Update matches on.
package keys

import "charm.land/bubbles/v2/key"

// Global is what works wherever the focus is.
type Global struct {
	Quit, Help, NextPane, PrevPane, Back, Forward, Search, Find, Filter key.Binding
	// Views are the number keys, one per view, in tab order.
	Views []key.Binding
}

// List moves a selection through a list and drills in and out.
type List struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Out key.Binding
}

// Detail scrolls a document and steps through matches of a find.
type Detail struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom, NextMatch, PrevMatch, Out key.Binding
}

// Find edits the find-in-document query.
type Find struct {
	Accept, Cancel key.Binding
}

// KeyMap is every scope's bindings together.
type KeyMap struct {
	Global   Global
	List     List
	Detail   Detail
	Find     Find
	Personal Personal // notes, flags, agenda, export, copy (personal.go)
	Editor   Editor   // the note editor
	Tracker  Tracker  // the tracker's order and filters (tracker.go)
}

// DefaultKeyMap returns the bindings the program ships with. viewNames names
// the views in tab order; the first nine get the number keys.
func DefaultKeyMap(viewNames []string) KeyMap {
	b := key.NewBinding
	k, h := key.WithKeys, key.WithHelp
	g := Global{
		Quit:     b(k("q", "ctrl+c"), h("q", "quit")),
		Help:     b(k("?"), h("?", "toggle help")),
		NextPane: b(k("tab"), h("tab", "next pane")),
		PrevPane: b(k("shift+tab"), h("shift+tab", "previous pane")),
		Back:     b(k("esc", "backspace", "[", "alt+left"), h("esc/[", "back")),
		Forward:  b(k("]", "alt+right"), h("]", "forward")),
		Search:   b(k("/"), h("/", "search everything")),
		Find:     b(k("ctrl+f"), h("ctrl+f", "find in document")),
		Filter:   b(k("f"), h("f", "filter by area"), key.WithDisabled()),
	}
	for i, name := range viewNames {
		if i >= 9 {
			break
		}
		n := string(rune('1' + i))
		g.Views = append(g.Views, b(k(n), h(n, name)))
	}
	return KeyMap{
		Global: g,
		List: List{
			Up:       b(k("up", "k"), h("↑/k", "up")),
			Down:     b(k("down", "j"), h("↓/j", "down")),
			PageUp:   b(k("pgup", "ctrl+b"), h("pgup", "page up")),
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
			Accept: b(k("enter"), h("enter", "keep matches")),
			Cancel: b(k("esc"), h("esc", "clear find")),
		},
		Personal: DefaultPersonal(),
		Editor:   DefaultEditor(),
		Tracker:  DefaultTracker(),
	}
}

// ShortHelp is the one-line summary: the keys a newcomer needs first.
func (m KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{m.Global.Help, m.Global.NextPane, m.List.Open, m.Global.Back, m.Global.Quit}
}

// FullHelp groups every enabled binding by scope, for the help overlay.
func (m KeyMap) FullHelp() [][]key.Binding {
	g := m.Global
	views := append([]key.Binding{}, g.Views...)
	return [][]key.Binding{
		views,
		{g.NextPane, g.PrevPane, g.Back, g.Forward, g.Search, g.Find, g.Filter, m.Tracker.Sort, m.Tracker.Status, m.Tracker.Strength, g.Help, g.Quit},
		{m.List.Up, m.List.Down, m.List.PageUp, m.List.PageDown, m.List.Top, m.List.Bottom, m.List.Open, m.List.Out},
		{m.Detail.PageUp, m.Detail.PageDown, m.Detail.HalfUp, m.Detail.HalfDown, m.Detail.NextMatch, m.Detail.PrevMatch},
		m.Personal.bindings(),
	}
}
