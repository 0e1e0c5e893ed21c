package search

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/theme"
)

var today = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// newBox builds the search box over the built-in content (or the copy in
// BRIEFING_TEST_CONTENT, while content is being written).
func newBox(t *testing.T) Model {
	t.Helper()
	fsys := content.FS()
	if dir := os.Getenv("BRIEFING_TEST_CONTENT"); dir != "" {
		fsys = os.DirFS(dir)
	}
	b, err := model.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := New(b, today, theme.New(true, false))
	m.SetSize(80, 20)
	return m
}

// run feeds the box a message and runs the commands it returns, as the
// program would, until none is left; it returns what reached the parent.
func run(m Model, msg tea.Msg) (Model, []tea.Msg) {
	var out []tea.Msg
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		for _, next := range flatten(cmd) {
			switch next.(type) {
			case resultsMsg:
				queue = append(queue, next)
			default:
				out = append(out, next)
			}
		}
	}
	return m, out
}

func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	// Run the command, but not a cursor blink, which waits half a second:
	// anything slower than this is not a search.
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var got tea.Msg
	select {
	case got = <-done:
	case <-time.After(250 * time.Millisecond):
		return nil
	}
	switch msg := got.(type) {
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

func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = run(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func TestTypeMoveOpen(t *testing.T) {
	m := typeText(newBox(t), "codeweek")
	if r, ok := m.Selected(); !ok || r.ID != "SKILLS-2" {
		t.Fatalf("first result: %+v", r)
	}
	m, _ = run(m, tea.KeyPressMsg{Code: tea.KeyDown})
	second, _ := m.Selected()
	m, _ = run(m, tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != "SKILLS-2" {
		t.Fatalf("ctrl+p went to %s", r.ID)
	}
	m, _ = run(m, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	if r, _ := m.Selected(); r.ID != second.ID {
		t.Fatalf("ctrl+n went to %s, want %s", r.ID, second.ID)
	}
	_, out := run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	if len(out) != 1 {
		t.Fatalf("enter sent %v", out)
	}
	open, ok := out[0].(OpenMsg)
	if !ok || open.ID != second.ID || len(open.Terms) != 1 || open.Terms[0] != "codeweek" {
		t.Fatalf("enter sent %#v", out[0])
	}
	_, out = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if len(out) != 1 || out[0] != (CloseMsg{}) {
		t.Fatalf("esc sent %v", out)
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	m := newBox(t)
	m, cmdA := m.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	m, cmdB := m.Update(tea.KeyPressMsg{Code: 'n', Text: "n"})
	newer := flatten(cmdB)
	older := flatten(cmdA)
	// The newer answer arrives first, then the older one: the older is dropped.
	for _, msg := range append(newer, older...) {
		m, _ = m.Update(msg)
	}
	if m.Results().Query != "en" {
		t.Fatalf("showing results of %q, want en", m.Results().Query)
	}
}

func TestViewHighlightsAndReportsErrors(t *testing.T) {
	m := typeText(newBox(t), "virkkunen")
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "GL-VIRKKUNEN") || !strings.Contains(view, "Henna Virkkunen") {
		t.Fatalf("view:\n%s", view)
	}
	for _, line := range strings.Split(view, "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line wider than 80 (%d): %q", w, line)
		}
	}
	// Matched characters are styled; the rest of the title is not.
	got := highlight("헤나 비르쿠넨", []int{3, 4}, 40, theme.New(true, false).Search.Title, theme.New(true, false).Search.Match)
	if ansi.Strip(got) != "헤나 비르쿠넨" || got == "헤나 비르쿠넨" {
		t.Errorf("highlight: %q", got)
	}
	m = typeText(newBox(t), "area:")
	if m.Err() == nil || !strings.Contains(ansi.Strip(m.View()), "needs a value") {
		t.Errorf("a malformed query should show its problem:\n%s", ansi.Strip(m.View()))
	}
}

// harness is a root model around the box, as the TUI will have.
type harness struct {
	box    Model
	opened string
}

func (h harness) Init() tea.Cmd { return h.box.Focus() }

func (h harness) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case OpenMsg:
		h.opened = msg.ID
		return h, nil
	case CloseMsg:
		return h, tea.Quit
	}
	var cmd tea.Cmd
	h.box, cmd = h.box.Update(msg)
	return h, cmd
}

func (h harness) View() tea.View {
	s := h.box.View()
	if h.opened != "" {
		s += "\nopened " + h.opened
	}
	return tea.NewView(s)
}

func TestFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, harness{box: newBox(t)}, teatest.WithInitialTermSize(80, 20))
	tm.Type("undersea cable")
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("DPC-2.13")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyUp})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("opened DPC-2.13")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(harness)
	if final.opened != "DPC-2.13" {
		t.Fatalf("opened %q", final.opened)
	}
}
