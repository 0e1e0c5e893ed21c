package editor

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/prompt"
	"github.com/eu-rok/briefing/ui/theme"
	"github.com/eu-rok/briefing/ui/uitest"
)

// open opens the editor on a note in a fresh data directory.
func open(t *testing.T, note string) (*Model, *personal.Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := personal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if note != "" {
		if err := s.SetNote("SEMI-1", note, ""); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := notes.New(s, nil, nil)
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	m, say := New(c, n, "SEMI-1")
	if say != "" {
		t.Fatalf("no draft, nothing to say: %q", say)
	}
	m.SetSize(50, 10)
	m.Focus()
	return &m, s, dir
}

func typeText(m *Model, text string) {
	for _, r := range text {
		if r == '\n' {
			m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			continue
		}
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// run runs a command, handing the outcome of a save back to the editor;
// it returns what the editor asks of the root.
func run(m *Model, cmd tea.Cmd) []tea.Msg {
	return uitest.Run(cmd, func(msg tea.Msg) (tea.Cmd, bool) {
		if saved, ok := msg.(notes.NoteSavedMsg); ok {
			return m.Update(saved), true
		}
		return nil, false
	})
}

func TestView(t *testing.T) {
	m, _, _ := open(t, "Raise the timetable.\nThey said March.")
	typeText(m, "\nAsk again.")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestSaveCloses(t *testing.T) {
	m, s, _ := open(t, "")
	typeText(m, "q? are text")
	out := run(m, m.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}))
	if len(out) != 2 || out[0] != (common.CloseMsg{}) || out[1].(notes.ChangedMsg).Info != "saved your note on SEMI-1" {
		t.Fatalf("a save closes the editor and says so: %#v", out)
	}
	if s.Note("SEMI-1") != "q? are text" {
		t.Errorf("saved %q", s.Note("SEMI-1"))
	}
}

func TestCloseAsksWhenChanged(t *testing.T) {
	m, s, _ := open(t, "old")
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	if out := run(m, m.Update(esc)); len(out) != 1 || out[0] != (common.CloseMsg{}) {
		t.Fatalf("esc on an unchanged note closes: %v", out)
	}
	typeText(m, " and new")
	out := run(m, m.Update(esc))
	ask, ok := out[0].(prompt.AskMsg)
	if !ok || ask.Question != "save your changes?" {
		t.Fatalf("esc on a changed note asks: %#v", out)
	}
	if out := run(m, m.Update(ask.No)); len(out) != 2 || out[0] != (common.CloseMsg{}) || !strings.Contains(out[1].(common.StatusMsg).Info, "thrown away") {
		t.Errorf("no throws the changes away: %#v", out)
	}
	run(m, m.Update(ask.Yes))
	if s.Note("SEMI-1") != "old and new" {
		t.Errorf("yes saves: %q", s.Note("SEMI-1"))
	}
}

func TestFailedSaveKeepsTheText(t *testing.T) {
	m, _, dir := open(t, "")
	typeText(m, "words that must not be lost")
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if out := run(m, m.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})); len(out) != 0 {
		t.Fatalf("a failed save does not close: %v", out)
	}
	if m.Value() != "words that must not be lost" || !strings.Contains(ansi.Strip(m.View()), "not saved") {
		t.Errorf("the text stays, with why:\n%s", ansi.Strip(m.View()))
	}
}

func TestControlCharactersAreShown(t *testing.T) {
	m, _, _ := open(t, "a\u202eb \x1b]52;c;ZXZpbA==\a c")
	m.Update(tea.PasteMsg{Content: "pasted\u202eright"})
	if v := m.Value(); !strings.Contains(v, "␛]52;c;ZXZpbA==␇") || !strings.Contains(v, "pastedright") {
		t.Errorf("the editor holds %q", v)
	}
	for _, bad := range []string{"\u202e", "\x1b]52;", "\a"} {
		if strings.Contains(m.View(), bad) {
			t.Errorf("the editor draws %q", bad)
		}
	}
}

// m4: the editor's cursor is drawn in the theme's cursor colour, which
// reads on a light background and its highlighted line.
func TestCursorTakesTheThemesColour(t *testing.T) {
	s, err := personal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	n, _ := notes.New(s, nil, nil)
	c := &common.Common{Styles: theme.New(false, true), Keys: keys.DefaultKeyMap(nil)}
	m, _ := New(c, n, "SEMI-1")
	if got := m.area.Styles().Cursor.Color; got != c.Styles.Cursor {
		t.Fatalf("cursor colour %v, want the theme's %v", got, c.Styles.Cursor)
	}
}

// A note written in another shell while the editor is open is not lost
// when the editor saves: both texts are kept, the one typed here first,
// and the status says so.
func TestSaveKeepsANoteWrittenElsewhereMeanwhile(t *testing.T) {
	m, _, dir := open(t, "first")
	elsewhere, err := personal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := elsewhere.SetNote("SEMI-1", "from the other shell", ""); err != nil {
		t.Fatal(err)
	}
	typeText(m, " and more")
	out := run(m, m.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}))
	if err := elsewhere.Reload(); err != nil {
		t.Fatal(err)
	}
	got := elsewhere.Note("SEMI-1")
	if !strings.Contains(got, "from the other shell") || !strings.Contains(got, "and more") ||
		!strings.Contains(got, personal.JoinedLine) {
		t.Fatalf("the file holds %q", got)
	}
	said := fmt.Sprint(out)
	if !strings.Contains(said, "both texts are kept") {
		t.Errorf("the editor says %s", said)
	}
}
