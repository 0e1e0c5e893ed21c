package prompt

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

type yes struct{}
type no struct{}

func TestAnswers(t *testing.T) {
	m := New(&common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)})
	m.Set(AskMsg{Question: "save your changes?", Yes: yes{}, No: no{}})
	m.SetSize(90, 1)
	golden.RequireEqual(t, ansi.Strip(m.View()))
	for _, c := range []struct {
		key  tea.KeyPressMsg
		then tea.Msg
	}{
		{tea.KeyPressMsg{Code: 'y', Text: "y"}, yes{}},
		{tea.KeyPressMsg{Code: tea.KeyEnter}, yes{}},
		{tea.KeyPressMsg{Code: 'n', Text: "n"}, no{}},
		{tea.KeyPressMsg{Code: tea.KeyEscape}, nil},
	} {
		cmd := m.Update(c.key)
		if cmd == nil || cmd() != (AnsweredMsg{Then: c.then}) {
			t.Errorf("%v should answer %#v", c.key, c.then)
		}
	}
	if m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"}) != nil {
		t.Error("another key waits for an answer")
	}
}
