package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/eu-rok/briefing/model/personal"
)

// flowDeadline is how long a flow test waits for the program: generous,
// because CI's two cores are often busy with something else. A test that
// passes waits only as long as the program needs.
const flowDeadline = 60 * time.Second

// flow is the real program (New, as Run uses it) under teatest, like
// pug's StartTest, publishing after every message the state the test waits
// on (stateOf, the test API). The output cannot tell where the program is:
// the renderer sends only the cells that change, and a word on screen may
// be from the frame before the key that was meant to change it.
type flow struct {
	*teatest.TestModel
	t     *testing.T
	state *atomic.Pointer[flowState]
}

// flowState is what a flow test can wait on, taken in the program's
// goroutine after each message it handled.
type flowState struct {
	state
	width, height int
}

// publishing wraps the root model: after each message it stores the state.
type publishing struct {
	*Model
	state *atomic.Pointer[flowState]
}

func (p publishing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	s := flowState{state: stateOf(p.Model), width: p.size.Width, height: p.size.Height}
	p.state.Store(&s)
	return p, cmd
}

// startFlow starts the program at a size and waits until it has taken
// the size and drawn its first page.
func startFlow(t *testing.T, opts Options, w, h int) *flow {
	t.Helper()
	state := &atomic.Pointer[flowState]{}
	tm := teatest.NewTestModel(t, publishing{New(opts), state}, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithContext(context.Background())))
	// A test that fails half-way leaves no program running (and spending
	// the CPU the next tests need); quitting one that has ended does nothing.
	t.Cleanup(func() { _ = tm.Quit() })
	f := &flow{TestModel: tm, t: t, state: state}
	f.wait("the first frame", func(s flowState) bool { return s.width == w && s.height == h && s.Current != "" })
	return f
}

// keys sends keys, as a terminal would, in order.
func (f *flow) keys(ks ...string) {
	for _, k := range ks {
		f.Send(keyMsg(k))
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

// TestFlowBrowseFollowAndReturn walks a newcomer's path: areas, actions, a
// document, a related item and back, the timeline, the help, a resize,
// quit.
func TestFlowBrowseFollowAndReturn(t *testing.T) {
	f := startFlow(t, testOptions(t), 120, 40)
	f.keys("j", "enter") // SEMI's actions
	f.wait("SEMI's actions", func(s flowState) bool { return s.Focus == "Joint actions · SEMI" && s.Current == "SEMI-1" })
	f.keys("enter") // SEMI-1's document
	f.wait("SEMI-1's document", func(s flowState) bool { return s.Focus == "SEMI-1" })
	f.keys("tab", "j", "enter") // follow the second related item
	followed := f.wait("a related item", func(s flowState) bool { return s.Back == 1 && s.Current != "SEMI-1" })
	f.keys("esc") // back to SEMI-1
	f.wait("back on SEMI-1", func(s flowState) bool { return s.Current != followed.Current && s.Back == 0 && s.Fwd == 1 })
	f.keys("2") // the timeline
	f.wait("the timeline", func(s flowState) bool { return s.View == "Timeline" })
	f.keys("?")
	f.wait("the help", func(s flowState) bool { return s.Mode == helping })
	f.keys("?")
	f.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	f.wait("the new size", func(s flowState) bool { return s.Mode == browsing && s.width == 70 })
	f.keys("q")

	final := stateOf(f.final())
	if final.View != "Timeline" || final.Mode != browsing || final.Fwd != 1 {
		t.Errorf("the program should end on the timeline with one step forward (to %s): %+v", followed.Current, final)
	}
}

// TestFlowOpenOnItem starts on one item, as `briefing open DPC-3` does.
func TestFlowOpenOnItem(t *testing.T) {
	opts := testOptions(t)
	opts.Open = "DPC-3"
	f := startFlow(t, opts, 100, 30)
	f.wait("DPC-3", func(s flowState) bool { return s.Current == "DPC-3" })
	f.keys("ctrl+c")
	final := stateOf(f.final())
	if final.Current != "DPC-3" || !strings.Contains(strings.Join(final.Crumbs, " "), "DPC-3") {
		t.Fatalf("opened on %+v, want DPC-3 in the breadcrumb", final)
	}
}

// TestFlowSearch is the search's flow through the real program: /, type
// codeweek and press Enter at once, without waiting for results (Enter acts
// on what is typed, even before the index is built), SKILLS-2 opens with
// the word highlighted, Esc comes back.
func TestFlowSearch(t *testing.T) {
	f := startFlow(t, testOptions(t), 120, 40)
	f.keys("/")
	f.wait("the search box", func(s flowState) bool { return s.Mode == searching })
	f.Type("codeweek")
	f.keys("enter")
	f.wait("SKILLS-2", func(s flowState) bool { return s.Current == "SKILLS-2" && s.Mode == browsing && s.Back == 1 })
	f.keys("esc")
	f.wait("back on the areas", func(s flowState) bool { return s.Current == "RES" && s.Fwd == 1 })
	f.keys("q")
	final := f.final()
	if s := stateOf(final); s.View != "Areas" || s.Focus != "Priority areas" {
		t.Errorf("esc should come back to the areas list: %+v", s)
	}
	press(final, "]")
	if s := stateOf(final); s.Current != "SKILLS-2" || !strings.Contains(screen(final), "1/") {
		t.Errorf("forward should hold SKILLS-2 with its highlight: %+v", s)
	}
}

// TestFlowAgendaExportQuitReopen is the agenda's promise: five commitments
// on the agenda with notes, exported as one file, the program quit and
// started again, and every word found.
func TestFlowAgendaExportQuitReopen(t *testing.T) {
	opts, dir := personalOptions(t, seed{})
	notes := map[string]string{
		"SEMI-1":  "Raise the timetable; they said March.",
		"HPCQ-4":  "Quantum roadmap: ask for the joint call dates.",
		"AI-1":    "Enforcement decree of the AI framework act.",
		"DATA-1":  "Adequacy review: the second report is due.",
		"CYBER-1": "Cyber dialogue: who leads from the ministry?",
	}
	order := []string{"SEMI-1", "HPCQ-4", "AI-1", "DATA-1", "CYBER-1"}
	f := startFlow(t, opts, 120, 40)
	for i, id := range order {
		f.Send(followMsg(id))
		f.wait(id, func(s flowState) bool { return s.Current == id })
		f.keys("e")
		f.wait("the editor on "+id, func(s flowState) bool { return s.Editor == id })
		f.Type(notes[id])
		f.keys("ctrl+s")
		f.wait("the note on "+id+" saved", func(s flowState) bool {
			return s.Editor == "" && s.Info == "saved your note on "+id
		})
		f.keys("a")
		f.wait(id+" on the agenda", func(s flowState) bool { return len(s.Agenda) == i+1 })
	}
	f.keys("9")
	f.wait("the agenda", func(s flowState) bool { return s.View == "Agenda" })
	f.keys("X", "enter") // the name offered
	f.wait("the export", func(s flowState) bool {
		return strings.HasPrefix(s.Info, "exported to ") && strings.Contains(s.Info, ": the agenda")
	})
	f.keys("q")
	f.WaitFinished(t, teatest.WithFinalTimeout(flowDeadline))

	// The file and the export hold every word.
	store, err := personal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(store.Agenda(), " "); got != strings.Join(order, " ") {
		t.Fatalf("agenda after reopening: %s", got)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "exports", "*.html"))
	if len(files) != 1 {
		t.Fatalf("exports: %v", files)
	}
	html, _ := os.ReadFile(files[0])
	for _, id := range order {
		if store.Note(id) != notes[id] {
			t.Errorf("%s: note %q, want %q", id, store.Note(id), notes[id])
		}
		for _, w := range strings.Fields(notes[id]) {
			if !strings.Contains(string(html), htmlEscape(w)) {
				t.Errorf("the export lacks %q", w)
			}
		}
	}

	// Started again on the same directory: the Agenda view lists them all.
	again := opts
	again.Personal = store
	m := newSized(t, again, 160, 45)
	showView(m, "Agenda")
	frame := screen(m)
	for i, id := range order {
		if !strings.Contains(frame, fmt.Sprintf("%d. %s", i+1, id)) {
			t.Errorf("the reopened agenda should list %d. %s:\n%s", i+1, id, frame)
		}
	}
}

// htmlEscape is what html/template does to the few characters the notes
// above hold.
func htmlEscape(s string) string {
	return strings.NewReplacer("'", "&#39;", "&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}
