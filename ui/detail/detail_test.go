package detail

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

var briefing *model.Briefing

// pane is a detail pane over the built-in content, sized.
func pane(t *testing.T, w, h int) *Model {
	t.Helper()
	if briefing == nil {
		b, err := model.Load(content.FS())
		if err != nil {
			t.Fatal(err)
		}
		briefing = b
	}
	c := &common.Common{B: briefing, Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	m := New(c, NewCache())
	m.SetSize(w, h)
	return &m
}

// show puts an item in the pane and runs its rendering.
func show(t *testing.T, m *Model, id string) {
	t.Helper()
	e, ok := m.c.B.Get(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	settle(m, m.Show(e))
}

func settle(m *Model, cmd tea.Cmd) {
	for cmd != nil {
		cmd = m.Update(cmd())
	}
}

func keyOf(k string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: []rune(k)[0], Text: k} }

// TestView draws an item's rendered document at two widths.
func TestView(t *testing.T) {
	for _, w := range []int{40, 60} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := pane(t, w, 12)
			show(t, m, "GL-ENISA")
			if !m.Rendered() {
				t.Fatal("the rendering should be shown")
			}
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}

func TestSummaryFirstThenRendering(t *testing.T) {
	m := pane(t, 50, 10)
	e, _ := m.c.B.Get("SEMI-1")
	cmd := m.Show(e)
	if m.Rendered() || !strings.Contains(ansi.Strip(m.View()), "SEMI-1 · A forum") || cmd == nil {
		t.Fatal("the summary shows at once, the rendering comes in a command")
	}
	settle(m, cmd)
	if !m.Rendered() {
		t.Fatal("then the rendering")
	}
	m.Update(keyOf("j"))
	m.Update(keyOf("j"))
	if m.Offset() != 2 {
		t.Fatalf("j scrolls: offset %d", m.Offset())
	}
	if m.Show(e) != nil || m.Offset() != 2 {
		t.Error("showing the same item again keeps the place and renders nothing")
	}
	m.Update(keyOf("G"))
	if m.Percent() != 100 {
		t.Errorf("G goes to the bottom: %d%%", m.Percent())
	}
}

func TestFindStepsAndWraps(t *testing.T) {
	m := pane(t, 60, 8)
	show(t, m, "SEMI-1")
	m.Highlight([]string{"semiconductor"})
	n, cur := m.Matches()
	if n < 2 || cur != 1 || m.MatchInfo() != fmt.Sprintf("1/%d", n) {
		t.Fatalf("%d matches, current %d, %q", n, cur, m.MatchInfo())
	}
	m.Update(keyOf("n"))
	if _, cur := m.Matches(); cur != 2 {
		t.Fatalf("n steps to match 2: at %d", cur)
	}
	m.Update(keyOf("N"))
	m.Update(keyOf("N"))
	if _, cur := m.Matches(); cur != n {
		t.Fatalf("N from the first match wraps to %d: at %d", n, cur)
	}
	m.Highlight([]string{"zzqqzz"})
	if m.MatchInfo() != "no match" {
		t.Errorf("a word not there: %q", m.MatchInfo())
	}
	m.Highlight(nil)
	if m.MatchInfo() != "" {
		t.Errorf("no words, nothing sought: %q", m.MatchInfo())
	}
}

// A written document is drawn in place of the item's, and cached apart.
func TestWrittenDocument(t *testing.T) {
	m := pane(t, 50, 8)
	show(t, m, "SEMI-1")
	own := ansi.Strip(m.View())
	w := &Written{Item: model.Item{ID: "SEMI-1", Title: "A forum"}, Doc: "# Written\n\nWords written for the occasion.\n"}
	settle(m, m.Show(w))
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Words written for the occasion") || v == own {
		t.Fatalf("the written document is drawn:\n%s", v)
	}
	settle(m, m.Show(m.c.B.All()[0]))
	show(t, m, "SEMI-1")
	if ansi.Strip(m.View()) != own {
		t.Error("the item's own document is its own again")
	}
}

// The note ends the item's document, flagged when the item changed since
// it was written; the flag is part of what is cached, so taking it away
// draws the note again.
func TestNoteUnderTheDocument(t *testing.T) {
	m := pane(t, 60, 400)
	changed := true
	m.SetNotes(func(id string) Note {
		if id != "SEMI-1" {
			return Note{}
		}
		return Note{Text: "Ask about the forum.", ItemChanged: changed}
	})
	show(t, m, "SEMI-1")
	v := ansi.Strip(m.View())
	if !strings.Contains(v, NoteHeading) || !strings.Contains(v, "Ask about the forum.") || !strings.Contains(v, "◐ item changed since your note") {
		t.Fatalf("the note, flagged:\n%s", v)
	}
	changed = false
	settle(m, m.Refresh())
	if v := ansi.Strip(m.View()); strings.Contains(v, "item changed") || !strings.Contains(v, "Ask about the forum.") {
		t.Errorf("the note, no longer flagged:\n%s", v)
	}
}
