package keys

import (
	"testing"

	"charm.land/bubbles/v2/key"
)

func TestHint(t *testing.T) {
	k := DefaultKeyMap([]string{"Areas"})
	s := k.Search
	if got, want := Hint(s.Up, s.Down, s.Open, s.Close), "↑↓ move · enter open · esc back"; got != want {
		t.Errorf("search hint %q, want %q", got, want)
	}
	if got, want := Hint(k.Help.Up, k.Help.Down, k.Help.Close), "↑↓ scroll · ?/esc/q close"; got != want {
		t.Errorf("help hint %q, want %q", got, want)
	}
	off := key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "zap"), key.WithDisabled())
	if got := Hint(off, s.Open); got != "enter open" {
		t.Errorf("a disabled binding shows: %q", got)
	}
	if Hint() != "" {
		t.Error("no binding, no hint")
	}
}

// The views get the number keys in order, 1 to 9 then 0; an eleventh
// gets none.
func TestViewKeys(t *testing.T) {
	names := []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"}
	k := DefaultKeyMap(names)
	v := k.Global.Views
	if len(v) != 10 || Name(v[0]) != "1" || Name(v[8]) != "9" || Name(v[9]) != "0" || v[9].Help().Desc != "J" {
		t.Errorf("views %d: first %q, tenth %q", len(v), Name(v[0]), Name(v[len(v)-1]))
	}
}
