// Package search is the search box of the TUI: a query line and the ranked
// results under it, updated on every keystroke without waiting for the
// search, which runs in a command (a newer keystroke cancels it). Enter
// opens the best hit of what is typed, never of an older list: when the
// results of the last keystroke are not in yet, it searches at once. Enter
// sends OpenMsg, Esc sends CloseMsg; the parent opens the item and
// highlights the words.
package search

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/ui/theme"
)

// OpenMsg asks the parent to open an item and highlight the words found.
type OpenMsg struct {
	ID    string
	Terms []string
}

// CloseMsg asks the parent to close the search and go back.
type CloseMsg struct{}

// resultsMsg carries the results of query number seq. Results of an older
// query than the last one typed are dropped.
type resultsMsg struct {
	seq int
	res search.Results
	err error
}

// maxResults is how many results a search keeps: more than a tall screen
// holds, few enough to work out snippets for on every keystroke.
const maxResults = 50

// Model is the search box.
type Model struct {
	index   *search.Index
	input   textinput.Model
	keys    KeyMap
	styles  theme.Styles
	width   int
	height  int
	seq     int // number of the last query typed
	shown   int // number of the query whose results are shown
	results search.Results
	err     error
	cursor  int
	offset  int
	cancel  context.CancelFunc // stops the search under way
}

// New builds a search box over an index.
func New(ix *search.Index, styles theme.Styles) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = `words or a question; "a phrase", 'exact, ^prefix, !not, a | b, kind:action area:SEMI council:3`
	in.Focus()
	m := Model{index: ix, input: in, keys: DefaultKeyMap(), width: 80, height: 20}
	m.SetStyles(styles)
	return m
}

// SetStyles changes the colours, for example when the background is known.
func (m *Model) SetStyles(s theme.Styles) {
	m.styles = s
	st := m.input.Styles()
	st.Focused.Prompt = s.Search.Prompt
	st.Blurred.Prompt = s.Search.Prompt
	// A steady cursor: a blinking one redraws the screen twice a second
	// for nothing, and an accessible terminal wants no animation.
	st.Cursor.Blink = false
	m.input.SetStyles(st)
}

// SetSize gives the box its width and height in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 10), max(h, 3)
	m.input.SetWidth(max(m.width-4, 1))
	m.clampScroll()
}

// Focus puts the cursor in the query line.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Query is the query as typed.
func (m Model) Query() string { return m.input.Value() }

// Results are the results shown.
func (m Model) Results() search.Results { return m.results }

// Current reports whether the results shown are those of the query as
// typed (false while its search runs).
func (m Model) Current() bool { return m.shown == m.seq }

// Selected is the result under the cursor.
func (m Model) Selected() (search.Hit, bool) {
	if m.cursor < 0 || m.cursor >= len(m.results.Hits) {
		return search.Hit{}, false
	}
	return m.results.Hits[m.cursor], true
}

// Err is the problem with the query, if it cannot be read.
func (m Model) Err() error { return m.err }

// Update handles keys and search results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case resultsMsg:
		if msg.seq == m.seq {
			m.show(msg.seq, msg.res, msg.err)
		}
		return m, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Close):
			m.stop()
			return m, func() tea.Msg { return CloseMsg{} }
		case key.Matches(msg, m.keys.Open):
			return m.open()
		case key.Matches(msg, m.keys.Up):
			m.move(-1)
			return m, nil
		case key.Matches(msg, m.keys.Down):
			m.move(1)
			return m, nil
		}
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if q := m.input.Value(); q != before {
		return m, tea.Batch(cmd, m.query(q))
	}
	return m, cmd
}

// open sends the hit under the cursor of the query as typed. If the
// results shown are an older query's, it searches now and opens the best.
func (m Model) open() (Model, tea.Cmd) {
	if !m.Current() {
		m.stop()
		res, err := m.index.Search(context.Background(), m.input.Value(), search.Options{Limit: maxResults})
		m.show(m.seq, res, err)
	}
	h, ok := m.Selected()
	if !ok {
		return m, nil
	}
	open := OpenMsg{ID: h.ID, Terms: h.Terms}
	return m, func() tea.Msg { return open }
}

// show puts the results of query seq on screen, or its problem.
func (m *Model) show(seq int, res search.Results, err error) {
	m.shown, m.results, m.err = seq, res, err
	m.cursor, m.offset = 0, 0
}

// query starts a search for q in a command, numbered, and cancels the one
// before: typing fast over a large briefing never queues searches.
func (m *Model) query(q string) tea.Cmd {
	m.stop()
	m.seq++
	seq, ix := m.seq, m.index
	if q == "" {
		m.show(seq, search.Results{}, nil)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	return func() tea.Msg {
		res, err := ix.Search(ctx, q, search.Options{Limit: maxResults})
		return resultsMsg{seq: seq, res: res, err: err}
	}
}

// stop cancels the search under way, if any.
func (m *Model) stop() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
}

func (m *Model) move(d int) {
	if len(m.results.Hits) == 0 {
		return
	}
	m.cursor = min(max(m.cursor+d, 0), len(m.results.Hits)-1)
	m.clampScroll()
}

// visible is how many results fit: two lines each under the query line.
func (m Model) visible() int { return max((m.height-2)/linesPerResult, 1) }

const linesPerResult = 2

func (m *Model) clampScroll() {
	v := m.visible()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+v {
		m.offset = m.cursor - v + 1
	}
}

// queryErrMsg is the message of a query error without the query itself.
func queryErrMsg(err error) string {
	var qe *search.QueryError
	if errors.As(err, &qe) {
		return qe.Msg
	}
	return err.Error()
}
