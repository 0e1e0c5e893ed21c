// Package search is the search box of the TUI: a query line and the ranked
// results under it, updated on every keystroke without waiting for the
// search, which runs in a command. Enter sends OpenMsg, Esc sends CloseMsg;
// the parent opens the item and highlights the words.
package search

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/theme"
)

// OpenMsg asks the parent to open an item and highlight the query's words.
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
	res model.Results
	err error
}

// maxResults is how many results a search keeps: more than a screen holds,
// few enough to work out snippets for on every keystroke.
const maxResults = 100

// Model is the search box.
type Model struct {
	searcher *model.Searcher
	input    textinput.Model
	keys     KeyMap
	styles   theme.Styles
	width    int
	height   int
	seq      int // number of the last query sent
	results  model.Results
	err      error
	cursor   int
	offset   int
}

// New builds a search box over a briefing; today fixes what status: means.
func New(b *model.Briefing, today time.Time, styles theme.Styles) Model {
	return NewWithIndex(model.NewIndex(b, today), styles)
}

// NewWithIndex builds a search box over an index built already.
func NewWithIndex(ix *model.Index, styles theme.Styles) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "search: words, 'exact, ^prefix, suffix$, !not, a | b, kind:action area:SEMI year:2024"
	in.Focus()
	m := Model{searcher: ix.NewSearcher(), input: in, keys: DefaultKeyMap(), width: 80, height: 20}
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

// Reset empties the query and the results.
func (m *Model) Reset() {
	m.input.Reset()
	m.seq++
	m.results, m.err, m.cursor, m.offset = model.Results{}, nil, 0, 0
}

// Query is the query as typed.
func (m Model) Query() string { return m.input.Value() }

// Results are the results shown.
func (m Model) Results() model.Results { return m.results }

// Selected is the result under the cursor.
func (m Model) Selected() (model.Result, bool) {
	if m.cursor < 0 || m.cursor >= len(m.results.Hits) {
		return model.Result{}, false
	}
	return m.results.Hits[m.cursor], true
}

// KeyMap is the box's keys, for the parent's help.
func (m Model) KeyMap() KeyMap { return m.keys }

// Err is the problem with the query, if it cannot be read.
func (m Model) Err() error { return m.err }

// Update handles keys and search results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case resultsMsg:
		if msg.seq != m.seq {
			return m, nil // a newer query has been typed
		}
		m.err = msg.err
		if msg.err == nil {
			m.results = msg.res
			m.cursor, m.offset = 0, 0
		}
		return m, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Close):
			return m, func() tea.Msg { return CloseMsg{} }
		case key.Matches(msg, m.keys.Open):
			if r, ok := m.Selected(); ok {
				open := OpenMsg{ID: r.ID, Terms: m.results.Terms}
				return m, func() tea.Msg { return open }
			}
			return m, nil
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

// query starts a search for q in a command and numbers it.
func (m *Model) query(q string) tea.Cmd {
	m.seq++
	seq, s := m.seq, m.searcher
	if q == "" {
		m.results, m.err, m.cursor, m.offset = model.Results{}, nil, 0, 0
		return nil
	}
	return func() tea.Msg {
		res, err := s.Search(q, model.SearchOptions{Limit: maxResults})
		return resultsMsg{seq: seq, res: res, err: err}
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
	var qe *model.QueryError
	if errors.As(err, &qe) {
		return qe.Msg
	}
	return err.Error()
}
