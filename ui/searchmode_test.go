package ui

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/eu-rok/briefing/model"
	msearch "github.com/eu-rok/briefing/model/search"
)

// typeText types a string, one key a rune.
func typeText(m *Model, s string) {
	for _, r := range s {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// place is everything "where the user is" means: view, rows, focus,
// scroll, highlights.
type place struct {
	View              int
	Nav, Sub          any
	Override          string
	Level, Focus      paneID
	Detail, DetailOff string
	Offset            int
	Terms             []string
}

func placeOf(m *Model) place {
	p := m.page()
	id := ""
	if e := m.detail.Entry(); e != nil {
		id = e.Base().ID
	}
	return place{View: m.active, Nav: p.nav.Place(), Sub: p.sub.Place(), Override: p.override,
		Level: p.level, Focus: p.focus, Detail: id, Offset: m.detail.Offset(), Terms: m.detail.Terms()}
}

// awayFromHome moves to a place that is easy to get wrong when coming
// back: the second listing of an action in the Councils view, scrolled,
// with its detail focused and scrolled.
func awayFromHome(t *testing.T, m *Model) {
	t.Helper()
	press(m, "8")
	p := m.page()
	first := -1
	for i, it := range p.nav.Items() {
		if it.ID == "SEMI-1" {
			if first >= 0 {
				p.nav.Move(i - first) // to the second SEMI-1
				break
			}
			p.nav.SelectID("SEMI-1")
			first = i
		}
	}
	send(m, keyMsg("enter"))
	press(m, "j", "j", "j")
	if m.detail.Entry().Base().ID != "SEMI-1" || m.page().focus != paneDetail || m.detail.Offset() == 0 {
		t.Fatalf("setup: detail %v, focus %v, offset %d", m.detail.Entry(), m.page().focus, m.detail.Offset())
	}
	if m.page().nav.Place().Cursor == first {
		t.Fatal("setup: should be on the second SEMI-1")
	}
}

func TestSearchCloseLeavesEverythingInPlace(t *testing.T) {
	m := newSized(t, testOptions(t), 100, 30)
	awayFromHome(t, m)
	want := placeOf(m)
	press(m, "/")
	if !m.srch.open || !strings.Contains(frame(m), "Search") {
		t.Fatalf("/ should open the search:\n%s", frame(m))
	}
	typeText(m, "codeweek")
	if !strings.Contains(frame(m), "SKILLS-2") {
		t.Fatalf("typing should show results:\n%s", frame(m))
	}
	press(m, "down", "esc")
	if m.srch.open {
		t.Fatal("esc should close the search")
	}
	if got := placeOf(m); !reflect.DeepEqual(got, want) {
		t.Fatalf("after esc:\n got %+v\nwant %+v", got, want)
	}
}

func TestSearchOpenJumpsAndEscComesBack(t *testing.T) {
	m := newSized(t, testOptions(t), 100, 30)
	awayFromHome(t, m)
	want := placeOf(m)
	press(m, "/")
	typeText(m, "codeweek")
	press(m, "enter")
	if m.srch.open {
		t.Fatal("enter should close the search")
	}
	if m.page().spec.id != ViewAreas || m.detail.Entry().Base().ID != "SKILLS-2" || m.page().focus != paneDetail {
		t.Fatalf("enter should open SKILLS-2 in the areas view: view %v, detail %v", m.page().spec.id, m.detail.Entry())
	}
	if sel, _ := m.page().sub.Selected(); sel.ID != "SKILLS-2" {
		t.Errorf("the actions list should select SKILLS-2, selects %q", sel.ID)
	}
	n, cur := m.detail.Matches()
	if n == 0 || cur != 1 || !strings.Contains(frame(m), "1/") {
		t.Fatalf("codeweek should be highlighted: %d matches, current %d", n, cur)
	}
	if n > 1 {
		press(m, "n")
		if _, cur := m.detail.Matches(); cur != 2 {
			t.Errorf("n should step to match 2, at %d", cur)
		}
		press(m, "N")
		if _, cur := m.detail.Matches(); cur != 1 {
			t.Errorf("N should step back to match 1, at %d", cur)
		}
	}
	press(m, "esc")
	if got := placeOf(m); !reflect.DeepEqual(got, want) {
		t.Fatalf("esc after opening should come back exactly:\n got %+v\nwant %+v", got, want)
	}
	// Forward again brings the highlight back with the item.
	press(m, "]")
	if m.detail.Entry().Base().ID != "SKILLS-2" || len(m.detail.Terms()) == 0 {
		t.Errorf("] should return to SKILLS-2 highlighted: %v %v", m.detail.Entry(), m.detail.Terms())
	}
}

func TestSearchRoutesEachKindToItsView(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	for _, c := range []struct {
		id   string
		view ViewID
	}{
		{"SEMI-1", ViewAreas}, {"SEMI", ViewAreas}, {"DPC-2", ViewTimeline}, {"DPC-2.13", ViewTimeline},
		{"GL-CODEWEEK", ViewGlossary}, {"CX-JAPAN", ViewContext}, {"S4", ViewSources},
	} {
		if _, ok := m.c.B.Get(c.id); !ok {
			continue // content may lack a sample id; the others still check
		}
		send(m, openMsgFor(c.id))
		if m.page().spec.id != c.view || m.detail.Entry().Base().ID != c.id {
			t.Errorf("%s opened in %v showing %v, want %v", c.id, m.page().spec.id, m.detail.Entry(), c.view)
		}
	}
}

func TestSearchStatusScope(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "/")
	typeText(m, "status:none")
	res := m.srch.box.Results()
	if res.Total == 0 {
		t.Fatalf("status:none found nothing:\n%s", frame(m))
	}
	tr := m.tracker()
	ids := map[string]bool{}
	for _, h := range res.Hits {
		a, ok := h.Entry.(*model.Action)
		if !ok || tr.progressOf(a).Status != model.NoEvidence {
			t.Errorf("status:none found %s", h.ID)
		}
		ids[h.ID] = true
	}
	if !ids["SKILLS-2"] {
		t.Errorf("status:none should find SKILLS-2: %v", ids)
	}
	for range len("none") {
		send(m, keyMsg("backspace"))
	}
	typeText(m, "partly")
	if res := m.srch.box.Results(); res.Total != 2 || res.Hits[0].ID != "HPCQ-4" && res.Hits[1].ID != "HPCQ-4" {
		t.Errorf("status:partly should find HPCQ-4 and AI-1: %+v", res.Hits)
	}
}

func TestSearchOpensBeforeTheIndex(t *testing.T) {
	m := New(testOptions(t))
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "/")
	typeText(m, "codeweek")
	if f := frame(m); !strings.Contains(f, "indexing…") || !strings.Contains(f, "codeweek") {
		t.Fatalf("before the index, the box should say so and keep the keys:\n%s", f)
	}
	send(m, indexReadyMsg{ix: msearch.New(m.c.B, m.c.Today, nil)})
	if q := m.srch.box.Query(); q != "codeweek" {
		t.Fatalf("the keys typed before the index should be replayed: %q", q)
	}
	if r, ok := m.srch.box.Selected(); !ok || r.ID != "SKILLS-2" {
		t.Errorf("first result %v", r.ID)
	}
}

func TestSearchOverlayFitsEverySize(t *testing.T) {
	m := newSized(t, testOptions(t), 80, 24)
	press(m, "/")
	typeText(m, "quantum 한국 știri")
	for _, sz := range [][2]int{{1, 1}, {10, 3}, {20, 6}, {59, 19}, {60, 20}, {100, 30}, {160, 45}, {400, 120}} {
		send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkFrame(t, frame(m), sz[0], sz[1])
	}
}

func openMsgFor(id string) tea.Msg { return OpenMsg{ID: id} }

// watched wraps the real root model and publishes, after every message,
// what the detail shows and which match is current: the renderer sends
// only the cells that change, so the screen alone cannot tell "2/3" from
// "1/3".
type watched struct {
	*Model
	state *atomic.Value
}

func (w watched) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := w.Model.Update(msg)
	id := ""
	if e := w.detail.Entry(); e != nil {
		id = e.Base().ID
	}
	n, cur := w.detail.Matches()
	w.state.Store(fmt.Sprintf("%s %d/%d search:%v", id, cur, n, w.srch.open))
	return w, cmd
}

// waitState waits until the published state is want: generously, for a
// shared machine under load.
func waitState(t *testing.T, state *atomic.Value, want func(string) bool) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if s, _ := state.Load().(string); want(s) {
			return s
		}
		time.Sleep(10 * time.Millisecond)
	}
	s, _ := state.Load().(string)
	t.Fatalf("gave up waiting; state is %q", s)
	return s
}

// TestFlowSearch is the flow through the real program: /, type
// codeweek and press Enter at once, without waiting for results (Enter acts
// on what is typed, even before the index is built), SKILLS-2 opens with
// the word highlighted, n steps to the next match, Esc comes back. It
// waits on the program's state, never on the screen.
func TestFlowSearch(t *testing.T) {
	state := &atomic.Value{}
	state.Store("")
	tm := teatest.NewTestModel(t, watched{New(testOptions(t)), state}, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithContext(context.Background())))
	waitState(t, state, func(s string) bool { return s != "" })
	sendKeys(tm, "/")
	waitState(t, state, func(s string) bool { return strings.Contains(s, "search:true") })
	tm.Type("codeweek")
	sendKeys(tm, "enter")
	got := waitState(t, state, func(s string) bool { return strings.HasPrefix(s, "SKILLS-2 1/") })
	var n int
	fmt.Sscanf(got, "SKILLS-2 1/%d", &n)
	sendKeys(tm, "n")
	want := fmt.Sprintf("SKILLS-2 %d/%d", min(2, n), n)
	if n < 2 {
		want = fmt.Sprintf("SKILLS-2 1/%d", n)
	}
	waitState(t, state, func(s string) bool { return strings.HasPrefix(s, want) })
	sendKeys(tm, "esc")
	waitState(t, state, func(s string) bool { return strings.HasPrefix(s, "RES 0/0") })
	sendKeys(tm, "q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(watched)
	if final.page().spec.id != ViewAreas || final.page().focus != paneNav {
		t.Errorf("esc should come back to the areas list: view %v, focus %v", final.page().spec.id, final.page().focus)
	}
	if len(final.fwd) != 1 || len(final.fwd[0].terms) == 0 {
		t.Errorf("forward should hold SKILLS-2 with its highlight: %+v", final.fwd)
	}
}
