package ui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// flowDeadline is how long a flow test waits for the program: generous,
// because CI's two cores are often busy with something else. A test that
// passes waits only as long as the program needs.
const flowDeadline = 60 * time.Second

// flow is the real program (New, as Run uses it) under teatest, like
// pug's StartTest, publishing after every message the state the test waits
// on. The output cannot tell where the program is: the renderer sends only
// the cells that change, and a word on screen may be from the frame before
// the key that was meant to change it.
type flow struct {
	*teatest.TestModel
	t     *testing.T
	state *atomic.Pointer[flowState]
}

// flowState is what a flow test can wait on, taken in the program's
// goroutine after each message it handled.
type flowState struct {
	width, height int
	view          ViewID
	focus         paneID
	selected      string // the selection of the list the detail follows
	detail        string // the item in the detail pane
	rendered      bool   // the detail shows its rendered Markdown
	help          bool
	back, fwd     int    // steps of history either way
	editor        string // the item whose note is being written, or ""
	info          string // the status bar's confirmation
	agenda        int    // items on the agenda
}

// publishing wraps the root model: after each message it stores the state.
type publishing struct {
	*Model
	state *atomic.Pointer[flowState]
}

func (p publishing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	s := p.Model.flowState()
	p.state.Store(&s)
	return p, cmd
}

// flowState reads the state a flow test waits on.
func (m *Model) flowState() flowState {
	pg := m.page()
	s := flowState{width: m.width, height: m.height, view: pg.spec.id, focus: pg.focus,
		rendered: m.detail.Rendered(), help: m.showHelp, back: len(m.back), fwd: len(m.fwd), info: m.personal.info}
	list := &pg.nav
	if pg.level == paneSub {
		list = &pg.sub
	}
	if sel, ok := list.Selected(); ok {
		s.selected = sel.ID
	}
	if e := m.detail.Entry(); e != nil {
		s.detail = e.Base().ID
	}
	if m.personal.editor != nil {
		s.editor = m.personal.editor.id
	}
	if m.personal.store != nil {
		s.agenda = len(m.personal.store.Agenda())
	}
	return s
}

// startFlow starts the program at a size and waits until it has taken
// the size and rendered its first detail.
func startFlow(t *testing.T, opts Options, w, h int) *flow {
	t.Helper()
	state := &atomic.Pointer[flowState]{}
	tm := teatest.NewTestModel(t, publishing{New(opts), state}, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithContext(context.Background())))
	// A test that fails half-way leaves no program running (and spending
	// the CPU the next tests need); quitting one that has ended does nothing.
	t.Cleanup(func() { _ = tm.Quit() })
	f := &flow{TestModel: tm, t: t, state: state}
	f.wait("the first frame", func(s flowState) bool { return s.width == w && s.height == h && s.rendered })
	return f
}

// keys sends keys, as a terminal would, in order.
func (f *flow) keys(ks ...string) {
	for _, k := range ks {
		f.Send(pkey(k))
	}
}

// wait waits until the published state satisfies ok, and returns it.
func (f *flow) wait(what string, ok func(flowState) bool) flowState {
	f.t.Helper()
	deadline := time.Now().Add(flowDeadline)
	for {
		if s := f.state.Load(); s != nil && ok(*s) {
			return *s
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("gave up after %v waiting for %s; the state is %+v", flowDeadline, what, f.state.Load())
		}
		time.Sleep(5 * time.Millisecond) // a poll, not a guess: the deadline is what bounds the wait
	}
}

// final waits for the program to end and returns its last model.
func (f *flow) final() *Model {
	f.t.Helper()
	return f.FinalModel(f.t, teatest.WithFinalTimeout(flowDeadline)).(publishing).Model
}

// sendKeys sends keys to a program started without startFlow.
func sendKeys(tm *teatest.TestModel, ks ...string) {
	for _, k := range ks {
		tm.Send(keyMsg(k))
	}
}

// TestFlowBrowseFollowAndReturn walks a newcomer's path: areas, actions, a
// detail, a related item and back, the timeline, the help, a resize, quit.
func TestFlowBrowseFollowAndReturn(t *testing.T) {
	f := startFlow(t, testOptions(t), 120, 40)
	f.keys("j", "enter") // SEMI's actions
	f.wait("SEMI's actions", func(s flowState) bool { return s.focus == paneSub && s.selected == "SEMI-1" })
	f.keys("enter") // SEMI-1's detail
	f.wait("SEMI-1's detail", func(s flowState) bool {
		return s.focus == paneDetail && s.detail == "SEMI-1" && s.rendered
	})
	f.keys("tab", "j", "enter") // follow the second related item
	followed := f.wait("a related item", func(s flowState) bool { return s.back == 1 && s.detail != "SEMI-1" && s.rendered })
	f.keys("esc") // back to SEMI-1
	f.wait("back on SEMI-1", func(s flowState) bool { return s.detail == "SEMI-1" && s.back == 0 && s.fwd == 1 })
	f.keys("2") // the timeline
	f.wait("the timeline", func(s flowState) bool { return s.view == ViewTimeline })
	f.keys("?")
	f.wait("the help", func(s flowState) bool { return s.help })
	f.keys("?")
	f.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	f.wait("the new size", func(s flowState) bool { return !s.help && s.width == 70 })
	f.keys("q")

	final := f.final()
	if final.page().spec.id != ViewTimeline {
		t.Errorf("the program should end on the timeline, ended on %v", final.page().spec.id)
	}
	if final.width != 70 || final.showHelp {
		t.Errorf("after the resize: width %d, help shown %v", final.width, final.showHelp)
	}
	areas := final.pages[viewIndex(ViewAreas)]
	if sel, _ := areas.sub.Selected(); sel.ID != "SEMI-1" || len(final.fwd) != 1 {
		t.Errorf("back should have returned to SEMI-1 with one step forward (to %s); at %q, %d forward", followed.detail, sel.ID, len(final.fwd))
	}
}

// TestFlowOpenOnItem starts on one item, as `briefing open DPC-3` does.
func TestFlowOpenOnItem(t *testing.T) {
	opts := testOptions(t)
	opts.Open = "DPC-3"
	f := startFlow(t, opts, 100, 30)
	f.wait("DPC-3", func(s flowState) bool { return s.detail == "DPC-3" })
	f.keys("ctrl+c")
	final := f.final()
	if got := final.detail.Entry().Base().ID; got != "DPC-3" {
		t.Fatalf("opened on %s, want DPC-3", got)
	}
	if !strings.Contains(final.breadcrumb(), "DPC-3") {
		t.Fatalf("the breadcrumb should name DPC-3: %q", final.breadcrumb())
	}
}
