package page

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/theme"
	"github.com/eu-rok/briefing/ui/uitest"
)

// nested is a view with two lists, as the areas view has: the areas, and
// the selected one's joint actions.
type nested struct {
	Base
	b *model.Briefing
}

func (v nested) Name() string     { return "Areas" }
func (v nested) Title() string    { return "Priority areas" }
func (v nested) SubTitle() string { return "Joint actions" }

func (v nested) Items() []list.Item {
	var out []list.Item
	for _, a := range v.b.Areas {
		out = append(out, list.Item{ID: a.ID, Title: a.Short})
	}
	return out
}

func (v nested) SubItems(area string) []list.Item {
	var out []list.Item
	for _, a := range v.b.ActionsOf(area) {
		out = append(out, list.Item{ID: a.ID, Title: a.Title})
	}
	return out
}

func (v nested) Locate(e model.Entry) (Spot, bool) {
	if a, ok := e.(*model.Action); ok {
		return Spot{Nav: a.Area, Sub: a.ID}, true
	}
	return Spot{}, false
}

// flat is a view with one list: the glossary.
type flat struct {
	Base
	b *model.Briefing
}

func (v flat) Name() string  { return "Glossary" }
func (v flat) Title() string { return "Glossary" }
func (v flat) Items() []list.Item {
	var out []list.Item
	for _, t := range v.b.Terms {
		out = append(out, list.Item{ID: t.ID, Title: t.Title})
	}
	return out
}

var briefing *model.Briefing

// newPage builds a page of a view over the built-in content, sized, its
// document rendered.
func newPage(t *testing.T, view func(*model.Briefing) View, w, h int) *Model {
	t.Helper()
	if briefing == nil {
		b, err := model.Load(content.FS())
		if err != nil {
			t.Fatal(err)
		}
		briefing = b
	}
	c := &common.Common{B: briefing, Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	n, _ := notes.New(nil, nil, nil)
	p := New(c, n, detail.NewCache(), view(briefing))
	run(p, p.SetSize(w, h))
	run(p, p.Focus())
	return p
}

func areasView(b *model.Briefing) View    { return nested{b: b} }
func glossaryView(b *model.Briefing) View { return flat{b: b} }

// run runs a command and its batches, handing the renderings to the page;
// it returns what the page asks of its parent.
func run(p *Model, cmd tea.Cmd) []tea.Msg {
	return uitest.Run(cmd, func(msg tea.Msg) (tea.Cmd, bool) {
		if r, ok := msg.(detail.RenderedMsg); ok {
			return p.Update(r), true
		}
		return nil, false
	})
}

func keyOf(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

func press(p *Model, ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, run(p, p.Update(keyOf(k)))...)
	}
	return out
}

func TestFocusCyclesThroughTheDrawnPanes(t *testing.T) {
	p := newPage(t, areasView, 160, 42)
	want := []Pane{Sub, Detail, Related, Nav}
	for i, w := range want {
		press(p, "tab")
		if p.focus != w {
			t.Fatalf("tab %d: focus %v, want %v", i+1, p.focus, w)
		}
	}
	press(p, "shift+tab")
	if p.focus != Related {
		t.Fatalf("shift+tab from the areas: focus %v, want the related items", p.focus)
	}
	// At 16 rows the related items are not drawn: Tab never reaches them.
	short := newPage(t, areasView, 160, 13)
	if slices.Contains(short.order(), Related) {
		t.Fatalf("the related items are not drawn, yet in the focus order %v", short.order())
	}
	for range 4 {
		press(short, "tab")
		if short.focus == Related {
			t.Fatal("tab focused the related items, which are not drawn")
		}
	}
}

func TestEnterDrillsInAndLeaveComesOut(t *testing.T) {
	p := newPage(t, areasView, 160, 42)
	press(p, "j", "enter")
	if p.focus != Sub || p.Current() != "SEMI-1" {
		t.Fatalf("enter on an area focuses its actions: focus %v, on %s", p.focus, p.Current())
	}
	press(p, "enter")
	if p.focus != Detail || p.Entry().Base().ID != "SEMI-1" {
		t.Fatalf("enter on an action shows it focused: focus %v", p.focus)
	}
	press(p, "esc", "esc")
	if p.focus != Nav || p.Entry().Base().ID != "SEMI" {
		t.Fatalf("esc twice returns to the areas showing SEMI: focus %v, on %s", p.focus, p.Entry().Base().ID)
	}
	// Enter on a related item follows it: the root opens it.
	press(p, "j", "enter", "enter", "tab")
	out := press(p, "enter")
	if len(out) != 1 || out[0].(common.FollowMsg).ID == "" {
		t.Fatalf("enter on a related item asks to follow it: %v", out)
	}
}

func TestLayoutBreakpoints(t *testing.T) {
	for _, c := range []struct{ w, panes int }{{60, 1}, {79, 1}, {80, 2}, {119, 2}, {120, 3}, {200, 3}} {
		p := newPage(t, areasView, c.w, 27)
		if got := p.arrange().panes; got != c.panes {
			t.Errorf("width %d: %d panes, want %d", c.w, got, c.panes)
		}
	}
	// A view of one list has no second list at three panes.
	if l := newPage(t, glossaryView, 160, 27).arrange(); l.sub.Visible() || !l.nav.Visible() || !l.detail.Visible() {
		t.Errorf("glossary at 160: %+v", l)
	}
}

func TestOnePaneShowsTheFocusedPane(t *testing.T) {
	p := newPage(t, areasView, 60, 17)
	if l := p.arrange(); !l.nav.Visible() || l.detail.Visible() {
		t.Fatal("narrow: the list alone shows first")
	}
	press(p, "enter", "enter")
	if l := p.arrange(); l.nav.Visible() || !l.detail.Visible() {
		t.Fatal("narrow: after opening, the document alone shows")
	}
}

func TestShowAndRestore(t *testing.T) {
	p := newPage(t, areasView, 120, 37)
	spot, ok := p.Locate("HPCQ-4")
	if !ok {
		t.Fatal("the view locates its actions")
	}
	before := p.Place()
	run(p, p.Show(spot))
	if p.focus != Detail || p.Current() != "HPCQ-4" || p.level != Sub {
		t.Fatalf("Show selects the spot with the document focused: focus %v, on %s", p.focus, p.Current())
	}
	run(p, p.Restore(before))
	if p.Current() != "RES" || p.focus != Nav {
		t.Fatalf("Restore comes back: on %s, focus %v", p.Current(), p.focus)
	}
	if _, ok := p.Locate("GL-ENISA"); ok {
		t.Error("a term does not live in the areas")
	}
	run(p, p.ShowInstead("GL-ENISA"))
	if p.Current() != "GL-ENISA" || p.Crumbs()[len(p.Crumbs())-1] != "GL-ENISA "+p.Entry().Base().Title {
		t.Errorf("ShowInstead shows an item in place of the selection: %v", p.Crumbs())
	}
}

func TestViewFitsItsSize(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {20, 4}, {60, 17}, {100, 27}, {160, 42}} {
		p := newPage(t, areasView, sz[0], sz[1])
		lines := splitLines(p.View())
		if len(lines) != sz[1] {
			t.Fatalf("%v: %d lines", sz, len(lines))
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
