package search

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

var today = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

var (
	indexOnce sync.Once
	index     *search.Index
	indexErr  error
)

// builtInIndex indexes the built-in content (or the copy in
// BRIEFING_TEST_CONTENT, while content is being written), once.
func builtInIndex(tb testing.TB) *search.Index {
	tb.Helper()
	indexOnce.Do(func() {
		fsys := content.FS()
		if dir := os.Getenv("BRIEFING_TEST_CONTENT"); dir != "" {
			fsys = os.DirFS(dir)
		}
		b, err := model.Load(fsys)
		if err == nil {
			index = search.New(b, today, nil)
		}
		indexErr = err
	})
	if indexErr != nil {
		tb.Fatal(indexErr)
	}
	return index
}

func testStyles() theme.Styles { return theme.New(true, false) }

// testCommon is the context a box is built with in tests: no colour.
func testCommon() *common.Common {
	return &common.Common{Styles: testStyles(), Keys: keys.DefaultKeyMap(nil)}
}

// newBox is an open search box over the built-in content, its inside 80
// by 20.
func newBox(tb testing.TB) *Model {
	tb.Helper()
	m := New(testCommon())
	m.SetSize(82, 22)
	m.Open()
	m.Update(IndexMsg{ix: builtInIndex(tb)})
	return &m
}

// run feeds the box a message and runs the commands it returns, as the
// program would, until none is left; it returns what reached the parent.
func run(m *Model, msg tea.Msg) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		cmd := m.Update(msg)
		for _, next := range flatten(cmd) {
			switch next.(type) {
			case resultsMsg:
				queue = append(queue, next)
			default:
				out = append(out, next)
			}
		}
	}
	return out
}

// flatten runs a command and the commands it batches; searches run to the
// end, however busy the machine.
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, flatten(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

func press(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

func typeText(m *Model, s string) *Model {
	for _, r := range s {
		run(m, press(r))
	}
	return m
}

func TestTypeMoveOpen(t *testing.T) {
	m := typeText(newBox(t), "codeweek")
	if r, ok := m.Selected(); !ok || r.ID != "SKILLS-2" {
		t.Fatalf("first result: %+v", r)
	}
	run(m, tea.KeyPressMsg{Code: tea.KeyDown})
	second, _ := m.Selected()
	run(m, tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != "SKILLS-2" {
		t.Fatalf("ctrl+p went to %s", r.ID)
	}
	run(m, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != second.ID {
		t.Fatalf("ctrl+n went to %s, want %s", r.ID, second.ID)
	}
	// As in fzf: ctrl+k up, ctrl+j down, the words left as typed.
	run(m, tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != "SKILLS-2" || m.input.Value() != "codeweek" {
		t.Fatalf("ctrl+k went to %s, words %q", r.ID, m.input.Value())
	}
	run(m, tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != second.ID {
		t.Fatalf("ctrl+j went to %s, want %s", r.ID, second.ID)
	}
	out := run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	if len(out) != 1 {
		t.Fatalf("enter sent %v", out)
	}
	open, ok := out[0].(common.FollowMsg)
	if !ok || open.ID != second.ID || len(open.Terms) == 0 {
		t.Fatalf("enter sent %#v", out[0])
	}
	out = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if len(out) != 1 || out[0] != (common.CloseMsg{}) {
		t.Fatalf("esc sent %v", out)
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	m := newBox(t)
	cmdA := m.Update(press('e'))
	cmdB := m.Update(press('n'))
	newer := flatten(cmdB)
	older := flatten(cmdA)
	// The newer answer arrives first, then the older one: the older is dropped.
	for _, msg := range append(newer, older...) {
		m.Update(msg)
	}
	if m.Results().Query != "en" || !m.Current() {
		t.Fatalf("showing results of %q, want en", m.Results().Query)
	}
}

// Enter acts on what is typed: the last keystroke's search has not
// answered yet, and Enter opens its best hit, not the older list's.
func TestEnterActsOnWhatIsTyped(t *testing.T) {
	m := typeText(newBox(t), "codewee")
	if r, _ := m.Selected(); r.ID == "SKILLS-2" {
		t.Fatal("setup: codewee should not have SKILLS-2 first")
	}
	pending := m.Update(press('k')) // its search is never run
	if m.Current() {
		t.Fatal("the results of the last keystroke are not in yet")
	}
	out := run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	if len(out) != 1 || out[0].(common.FollowMsg).ID != "SKILLS-2" {
		t.Fatalf("enter on codeweek sent %v", out)
	}
	// The search left behind was cancelled: it answers at once, and its
	// answer is dropped.
	for _, msg := range flatten(pending) {
		if _, ok := msg.(resultsMsg); !ok {
			continue
		}
		m.Update(msg)
	}
	if !m.Current() {
		t.Error("a cancelled search's answer should not count")
	}
}

func TestViewSaysWhatItFound(t *testing.T) {
	m := typeText(newBox(t), "virkkunen")
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "GL-VIRKKUNEN") || !strings.Contains(view, "Henna Virkkunen") {
		t.Fatalf("view:\n%s", view)
	}
	for _, line := range strings.Split(view, "\n") {
		if w := ansi.StringWidth(line); w != 82 {
			t.Errorf("line not the box's 82 cells (%d): %q", w, line)
		}
	}
	for _, tc := range []struct{ query, says string }{
		{"digital identity zanzibar", "no item has all 2 words; "},
		{"digital identity zanzibar", "missing: zanzibar"},
		{"zzzz qqqq", "no item has any of: zzzz, qqqq"},
		{"what did korea promise on semiconductors", "for korea semiconductors"},
		{"area:", "needs a value"},
	} {
		if view := ansi.Strip(typeText(newBox(t), tc.query).View()); !strings.Contains(view, tc.says) {
			t.Errorf("%q should say %q:\n%s", tc.query, tc.says, view)
		}
	}
	// Matched characters are styled; the rest of the title is not.
	st := testStyles().Search
	if got := highlight("헤나 비르쿠넨", []int{3, 4}, 40, st.Title, st.Match); ansi.Strip(got) != "헤나 비르쿠넨" || got == "헤나 비르쿠넨" {
		t.Errorf("highlight: %q", got)
	}
}

// harness is a root model around the box, as the browser has, which
// publishes what was opened: tests wait on that, not on the screen.
type harness struct {
	box    *Model
	opened *atomic.Value
}

func (h harness) Init() tea.Cmd { return h.box.Focus() }

func (h harness) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.FollowMsg:
		h.opened.Store(msg.ID)
		return h, nil
	case common.CloseMsg:
		return h, tea.Quit
	}
	return h, h.box.Update(msg)
}

func (h harness) View() tea.View { return tea.NewView(h.box.View()) }

// TestFlow types a query as fast as a program can and presses Enter at
// once: the item opened is the best hit of the whole query, whatever the
// machine's load.
func TestFlow(t *testing.T) {
	opened := &atomic.Value{}
	opened.Store("")
	tm := teatest.NewTestModel(t, harness{box: newBox(t), opened: opened}, teatest.WithInitialTermSize(80, 20))
	tm.Type("codeweek")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	deadline := time.Now().Add(30 * time.Second)
	for opened.Load() == "" && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.WaitFinished(t, teatest.WithFinalTimeout(30*time.Second))
	if got := opened.Load(); got != "SKILLS-2" {
		t.Fatalf("opened %q, want SKILLS-2, the best hit of codeweek", got)
	}
}

// TestView draws the box with results at two sizes, and before its index
// has come, with the keys typed kept.
func TestView(t *testing.T) {
	for _, sz := range [][2]int{{60, 12}, {100, 16}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := newBox(t)
			m.SetSize(sz[0], sz[1])
			typeText(m, "codeweek")
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
	t.Run("indexing", func(t *testing.T) {
		m := New(testCommon())
		m.SetSize(60, 6)
		m.Open()
		for _, r := range "codex" {
			m.Update(press(r))
		}
		m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
		golden.RequireEqual(t, ansi.Strip(m.View()))
		run(&m, IndexMsg{ix: builtInIndex(t)})
		if m.Query() != "code" || !m.Current() {
			t.Errorf("the keys typed before the index are replayed: %q", m.Query())
		}
	})
}

// m4: the box's cursor is drawn in the theme's cursor colour, which reads
// on a light background (bubbles' own is white).
func TestCursorTakesTheThemesColour(t *testing.T) {
	c := &common.Common{Styles: theme.New(false, true), Keys: keys.DefaultKeyMap(nil)}
	m := New(c)
	m.Open()
	if got := m.input.Styles().Cursor.Color; got != c.Styles.Cursor {
		t.Fatalf("cursor colour %v, want the theme's %v", got, c.Styles.Cursor)
	}
}
