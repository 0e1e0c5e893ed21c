package keyhelp

import (
	"fmt"
	"strings"
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
		t.Error("j scrolls, and does not close the help")
	}
	// q closes the help as in less, k9s and lazygit.
	for _, k := range []tea.KeyPressMsg{{Code: '?', Text: "?"}, {Code: tea.KeyEscape}, {Code: 'q', Text: "q"}} {
		if cmd := m.Update(k); cmd == nil || cmd() != (common.CloseMsg{}) {
			t.Errorf("%v closes the help", k)
		}
	}
}

// M2: a help taller than its room scrolls by key and by wheel, from the
// top each time it is shown, and says which keys scroll it.
func TestScrolls(t *testing.T) {
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap([]string{"Areas", "Timeline"})}
	k := c.Keys
	groups := [][]key.Binding{{k.Global.Search, k.Global.Quit}, k.Global.Views, {k.List.Up, k.List.Down, k.List.Open},
		{k.Personal.Flag, k.Personal.EditNote, k.Personal.Copy}}
	m := New(c)
	m.Show(groups)
	m.SetSize(30, 6) // four lines of keys at a time
	view := func() string { return ansi.Strip(m.View()) }
	if v := view(); !strings.Contains(v, "search everything") || strings.Contains(v, "copy as a citation") || !strings.Contains(v, "↑↓ scroll") {
		t.Fatalf("the top first, and the keys that scroll in the title:\n%s", v)
	}
	press := func(s string, code rune) { m.Update(tea.KeyPressMsg{Code: code, Text: s}) }
	press("G", 'G')
	if v := view(); !strings.Contains(v, "copy as a citation") || strings.Contains(v, "search everything") {
		t.Fatalf("G shows the last keys:\n%s", v)
	}
	press("g", 'g')
	if v := view(); !strings.Contains(v, "search everything") {
		t.Fatalf("g goes back to the top:\n%s", v)
	}
	press("j", 'j')
	if v := view(); strings.Contains(v, "search everything") || !strings.Contains(v, "quit") {
		t.Fatalf("j scrolls one line:\n%s", v)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if v := view(); !strings.Contains(v, "copy as a citation") {
		t.Fatalf("page down and the wheel scroll to the end, and no further:\n%s", v)
	}
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if v := view(); !strings.Contains(v, "search everything") {
		t.Fatalf("the wheel scrolls back up:\n%s", v)
	}
	press("G", 'G')
	m.Show(groups)
	if v := view(); !strings.Contains(v, "search everything") {
		t.Fatalf("shown again, the help starts at the top:\n%s", v)
	}
}

// A binding listed in an earlier group is not listed again.
func TestListsEachKeyOnce(t *testing.T) {
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	k := c.Keys
	m := New(c)
	m.Show([][]key.Binding{{k.Global.Search, k.List.Open}, {k.List.Up, k.List.Open}})
	m.SetSize(60, 20)
	if v := ansi.Strip(m.View()); strings.Count(v, "open") != 1 {
		t.Fatalf("enter is listed once:\n%s", v)
	}
}
