package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/uitest"
)

// updateGolden reports -update: the flag is registered by teatest's golden
// package, and one flag rewrites both kinds of golden file.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testToday fixes the clock so statuses, plans and the timeline's marker
// do not move under the goldens.
var testToday = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// testBriefing loads the embedded content once for all tests.
var testBriefing = func() func(testing.TB) *model.Briefing {
	var b *model.Briefing
	var err error
	loaded := false
	return func(tb testing.TB) *model.Briefing {
		tb.Helper()
		if !loaded {
			b, err = model.Load(content.FS())
			loaded = true
		}
		if err != nil {
			tb.Fatalf("loading the embedded content: %v", err)
		}
		return b
	}
}()

// testOptions are the options every test starts from: fixed day, dark
// theme, no colour (so frames compare as text).
func testOptions(tb testing.TB) Options {
	return Options{Briefing: testBriefing(tb), Today: testToday, Theme: ThemeDark, Color: false}
}

// newSized builds a model and gives it a window, running every command it
// asks for until it is quiet, as the program would.
func newSized(tb testing.TB, opts Options, w, h int) *Model {
	tb.Helper()
	m := New(opts)
	settle(m, m.Init())
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// send delivers a message and runs the resulting commands to completion.
func send(m *Model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	settle(m, cmd)
}

// settle runs a command tree synchronously, feeding every result back
// in. Quit and the terminal queries have no effect here.
func settle(m *Model, cmd tea.Cmd) {
	uitest.Run(cmd, func(msg tea.Msg) (tea.Cmd, bool) {
		_, next := m.Update(msg)
		return next, true
	})
}

// keyMsg turns a key name ("j", "enter", "tab", "shift+tab", "ctrl+s")
// into the message a terminal would send.
func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]tea.KeyPressMsg{
		"enter":      {Code: tea.KeyEnter},
		"tab":        {Code: tea.KeyTab},
		"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
		"esc":        {Code: tea.KeyEscape},
		"backspace":  {Code: tea.KeyBackspace},
		"down":       {Code: tea.KeyDown},
		"up":         {Code: tea.KeyUp},
		"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
		"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
		"ctrl+f":     {Code: 'f', Mod: tea.ModCtrl},
		"ctrl+c":     {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+s":     {Code: 's', Mod: tea.ModCtrl},
		"ctrl+e":     {Code: 'e', Mod: tea.ModCtrl},
		"ctrl+u":     {Code: 'u', Mod: tea.ModCtrl},
	}
	if msg, ok := named[k]; ok {
		return msg
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys one by one.
func press(m *Model, ks ...string) {
	for _, k := range ks {
		send(m, keyMsg(k))
	}
}

// typeText types text, one key a rune, enter for a new line.
func typeText(m *Model, text string) {
	for _, r := range text {
		if r == '\n' {
			send(m, tea.KeyPressMsg{Code: tea.KeyEnter})
			continue
		}
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is the frame as text, colours stripped.
func screen(m *Model) string { return ansi.Strip(m.Render()) }

// golden compares a frame with testdata/name.golden, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updateGolden() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to write it)", err)
	}
	if string(want) != got {
		t.Errorf("frame %s differs from the golden file (run with -update if the change is wanted)\n--- want\n%s\n--- got\n%s", name, want, got)
	}
}

// checkFrame fails when a frame has the wrong number of lines or a line
// wider than the terminal.
func checkFrame(tb testing.TB, s string, w, h int) {
	tb.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		tb.Fatalf("%dx%d: frame has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			tb.Fatalf("%dx%d: line %d is %d cells wide: %q", w, h, i, lw, l)
		}
	}
}
