package prompt

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/pane"
)

// Line asks for one line of text in the status bar (the name of a file to
// write), offering a default to keep or change: Enter sends what it holds,
// Esc goes back without. It is a common.Component.
type Line struct {
	c     *common.Common
	label string
	input textinput.Model
	done  func(string) tea.Msg
	width int
}

// NewLine returns a line with nothing asked.
func NewLine(c *common.Common) Line { return Line{c: c, input: textinput.New()} }

// Ask sets the question: its label, the text offered, and the message
// Enter sends with the text.
func (l *Line) Ask(label, offer string, done func(string) tea.Msg) {
	l.label, l.done = label, done
	l.input.Prompt = ""
	l.input.SetValue(offer)
	l.input.CursorEnd()
	st := l.input.Styles()
	st.Cursor.Blink = false
	st.Cursor.Color = l.c.Styles.Cursor // bubbles' white vanishes on a light background
	l.input.SetStyles(st)
}

// Update edits the text; Enter closes the line and sends it, Esc closes
// it.
func (l *Line) Update(msg tea.Msg) tea.Cmd {
	lk := l.c.Keys.Line
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, lk.Accept):
			text, done := l.input.Value(), l.done
			// Either may come first: what done asks for does not need the
			// line open.
			return tea.Batch(common.Close, func() tea.Msg { return done(text) })
		case key.Matches(k, lk.Cancel):
			return common.Close
		}
	}
	var cmd tea.Cmd
	l.input, cmd = l.input.Update(msg)
	return cmd
}

// View draws the line as the status bar's: the label, the text and its
// keys. The text gets the room the label and the keys leave, measured
// now (the label is asked after the size is set), 10 columns at least.
func (l Line) View() string {
	lk := l.c.Keys.Line
	label, hint := " "+l.label+": ", "  "+keys.Hint(lk.Accept, lk.Cancel)
	in := l.input
	in.SetWidth(max(10, l.width-ansi.StringWidth(label)-ansi.StringWidth(hint)-1)) // and the cursor
	return l.c.Styles.App.StatusKey.Render(pane.Fit(label+in.View()+hint, l.width))
}

// SetSize gives the line its width; it is one row.
func (l *Line) SetSize(w, _ int) tea.Cmd {
	l.width = w
	return nil
}

// Focus gives the line the keys.
func (l *Line) Focus() tea.Cmd { return l.input.Focus() }

// Blur takes them away.
func (l *Line) Blur() { l.input.Blur() }

// ShortHelp is the line's keys.
func (l Line) ShortHelp() []key.Binding {
	lk := l.c.Keys.Line
	return []key.Binding{lk.Accept, lk.Cancel}
}

// FullHelp is the line's keys.
func (l Line) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }
