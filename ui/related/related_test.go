package related

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

func newPane(t *testing.T) *Model {
	t.Helper()
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	m := New(&common.Common{B: b, Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}, nil)
	m.SetSize(50, 8)
	return &m
}

// TestView draws a source's related items: what it points to, and the
// items that cite it, grouped last.
func TestView(t *testing.T) {
	m := newPane(t)
	m.Show("S4")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestGroupsAndFollow(t *testing.T) {
	m := newPane(t)
	m.Show("DPC-3")
	rows := items(m.c.B, "DPC-3")
	if !rows[0].Divider || !strings.HasPrefix(rows[0].Title, "points to (") {
		t.Fatalf("the first group is what DPC-3 points to: %+v", rows[0])
	}
	for _, it := range rows {
		if it.ID == "DPC-3" {
			t.Fatal("an item is not related to itself")
		}
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	id, _ := m.Selected()
	cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if msg, ok := cmd().(common.FollowMsg); !ok || msg.ID != id {
		t.Fatalf("enter follows the item under the cursor (%s): %#v", id, msg)
	}
	m.Show("")
	if !m.Empty() {
		t.Error("nothing shown, nothing related")
	}
}
