package search

import "charm.land/bubbles/v2/key"

// KeyMap is the search box's keys. Letters go to the query, so moving uses
// arrows and ctrl-n/ctrl-p.
type KeyMap struct {
	Up, Down, Open, Close key.Binding
}

// DefaultKeyMap is the search box's usual keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous")),
		Down:  key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next")),
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Close: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp is the keys shown in the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Open, k.Close} }

// FullHelp is the keys shown in the full help.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
