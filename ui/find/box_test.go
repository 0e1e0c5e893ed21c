package find

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

func TestBox(t *testing.T) {
	b := NewBox(&common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)})
	b.SetSize(60, 1)
	b.Open()
	for _, r := range "koreaX" {
		b.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	last := b.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})()
	if last != (QueryMsg{Query: "korea"}) || b.Query() != "korea" {
		t.Fatalf("each change is sent: %#v", last)
	}
	golden.RequireEqual(t, ansi.Strip(b.View()))
	if msg := b.Update(tea.KeyPressMsg{Code: tea.KeyEnter})(); msg != (common.CloseMsg{}) || b.Query() != "korea" {
		t.Errorf("enter keeps the words and closes: %#v", msg)
	}
	if msgs := b.Update(tea.KeyPressMsg{Code: tea.KeyEscape})().(tea.BatchMsg); len(msgs) != 2 || b.Query() != "" {
		t.Errorf("esc clears the words and closes: %v", msgs)
	}
}
