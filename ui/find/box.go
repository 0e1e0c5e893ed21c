package find

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/pane"
)

// QueryMsg says what the find box holds now: the document highlights it.
type QueryMsg struct{ Query string }

// Box is the find-in-document box, drawn in the status bar: the words
// typed, highlighted in the document as they are typed. Enter keeps the
// highlights, Esc clears them. It is a common.Component.
type Box struct {
	c     *common.Common
	query string
	width int
}

// NewBox returns an empty box.
func NewBox(c *common.Common) Box { return Box{c: c} }

// Open empties the box for new words.
func (b *Box) Open() { b.query = "" }

// Query is the words typed.
func (b Box) Query() string { return b.query }

// Update edits the words; each change is sent to the document.
func (b *Box) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	fk := b.c.Keys.Find
	switch {
	case key.Matches(k, fk.Cancel):
		b.query = ""
		return tea.Batch(b.changed(), common.Close)
	case key.Matches(k, fk.Accept):
		return common.Close
	case key.Matches(k, fk.Erase):
		if r := []rune(b.query); len(r) > 0 {
			b.query = string(r[:len(r)-1])
		}
	case key.Matches(k, fk.Clear):
		b.query = ""
	case k.Text != "":
		b.query += k.Text
	default:
		return nil
	}
	return b.changed()
}

func (b *Box) changed() tea.Cmd {
	q := b.query
	return func() tea.Msg { return QueryMsg{Query: q} }
}

// View draws the box as the status bar's line: the words, a cursor, and
// its keys.
func (b Box) View() string {
	fk := b.c.Keys.Find
	line := " find: " + b.query + "▏  " + keys.Hint(fk.Accept, fk.Cancel)
	return b.c.Styles.App.StatusKey.Render(pane.Fit(line, b.width))
}

// SetSize gives the box its width; it is one line.
func (b *Box) SetSize(w, _ int) tea.Cmd {
	b.width = w
	return nil
}

// Focus does nothing: the box has the keys while it is shown.
func (b *Box) Focus() tea.Cmd { return nil }

// Blur does nothing.
func (b *Box) Blur() {}

// ShortHelp is the box's keys.
func (b Box) ShortHelp() []key.Binding {
	fk := b.c.Keys.Find
	return []key.Binding{fk.Accept, fk.Cancel, fk.Erase, fk.Clear}
}

// FullHelp is the box's keys.
func (b Box) FullHelp() [][]key.Binding { return [][]key.Binding{b.ShortHelp()} }
