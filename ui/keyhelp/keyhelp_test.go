package keyhelp

import (
	"fmt"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

// TestView lays the groups out at three widths, in as many rows of
// columns as each needs, in a box in the middle of its room.
func TestView(t *testing.T) {
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap([]string{"Areas", "Timeline"})}
	k := c.Keys
	groups := [][]key.Binding{k.Global.Views, {k.Global.Search, k.Global.Help, k.Global.Quit}, {k.List.Up, k.List.Down, k.List.Open}, {k.Personal.Flag, k.Personal.EditNote}}
	for _, w := range []int{30, 60, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := New(c)
			m.Show(groups)
			m.SetSize(w, 14)
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}

func TestCloses(t *testing.T) {
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	m := New(c)
	if m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"}) != nil {
		t.Error("j does nothing in the help")
	}
	for _, k := range []tea.KeyPressMsg{{Code: '?', Text: "?"}, {Code: tea.KeyEscape}} {
		if cmd := m.Update(k); cmd == nil || cmd() != (common.CloseMsg{}) {
			t.Errorf("%v closes the help", k)
		}
	}
}
