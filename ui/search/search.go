// Package search is the search box of the browser: a query line and the
// ranked results under it, updated on every keystroke without waiting for
// the search, which runs in a command (a newer keystroke cancels it).
// Enter opens the best hit of what is typed, never of an older list: when
// the results of the last keystroke are not in yet, it searches at once.
// Enter sends common.FollowMsg with the words found, Esc common.CloseMsg.
// The index is built in a command at start (Index); until it comes the
// box says "indexing…" and keeps the keys typed, to replay them. It is a
// common.Component.
package search

import (
	"context"
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/ui/common"
)

// IndexMsg carries a search index built off the keystroke path.
type IndexMsg struct{ ix *search.Index }

// Index builds the search index in a command. The briefing is read-only,
// so building it beside the program is safe; the fixed today decides what
// status: means. notes are the user's notes by item id, searched too,
// their hits labelled "your note".
func Index(b *model.Briefing, today time.Time, notes map[string]string) tea.Cmd {
	return func() tea.Msg { return IndexMsg{ix: search.New(b, today, notes)} }
}

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

// Model is the search box. Build it with New.
type Model struct {
	c       *common.Common
	index   *search.Index     // nil until IndexMsg comes
	pending []tea.KeyPressMsg // keys typed before the index came
	input   textinput.Model
	boxW    int // the box's size, border included
	boxH    int
	width   int // the inside's
	height  int
	seq     int // number of the last query typed
	shown   int // number of the query whose results are shown
	results search.Results
	err     error
	cursor  int
	offset  int
	cancel  context.CancelFunc // stops the search under way
}

// New builds an empty search box, waiting for its index.
func New(c *common.Common) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = `words or a question; "a phrase", 'exact, ^prefix, !not, a | b, kind:action area:SEMI council:3`
	m := Model{c: c, input: in}
	m.SetSize(80, 20)
	return m
}

// Open empties the box for a new search, in today's colours, with the
// latest index.
func (m *Model) Open() tea.Cmd {
	m.stop()
	m.pending = nil
	m.input.SetValue("")
	m.seq++
	m.show(m.seq, search.Results{}, nil)
	st := m.input.Styles()
	st.Focused.Prompt = m.c.Styles.Search.Prompt
	st.Blurred.Prompt = m.c.Styles.Search.Prompt
	// A steady cursor: a blinking one redraws the screen twice a second
	// for nothing, and an accessible terminal wants no animation.
	st.Cursor.Blink = false
	st.Cursor.Color = m.c.Styles.Cursor // bubbles' white vanishes on a light background
	m.input.SetStyles(st)
	return m.Focus()
}

// SetSize gives the box its width and height in cells, border included.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.boxW, m.boxH = w, h
	m.width, m.height = max(w-2, 10), max(h-2, 3)
	m.input.SetWidth(max(m.width-4, 1))
	m.clampScroll()
	return nil
}

// Focus puts the cursor in the query line.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Blur takes the cursor away and stops the search under way.
func (m *Model) Blur() {
	m.stop()
	m.input.Blur()
}

// Ready reports whether the index has come.
func (m Model) Ready() bool { return m.index != nil }

// ShortHelp is the box's keys: letters are the query.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys.Search
	return []key.Binding{k.Up, k.Down, k.Open, k.Close}
}

// FullHelp is the box's keys.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

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

// Update handles keys, pasted text, the index and search results.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case IndexMsg:
		m.index = msg.ix
		typed := m.pending
		m.pending = nil
		var cmds []tea.Cmd
		for _, k := range typed {
			cmds = append(cmds, m.Update(k))
		}
		return tea.Batch(cmds...)
	case resultsMsg:
		if msg.seq == m.seq {
			m.show(msg.seq, msg.res, msg.err)
		}
		return nil
	case tea.KeyPressMsg:
		k := m.c.Keys.Search
		switch {
		case key.Matches(msg, k.Close):
			m.stop()
			return common.Close
		case m.index == nil:
			m.pending = append(m.pending, msg)
			return nil
		case key.Matches(msg, k.Open):
			return m.open()
		case key.Matches(msg, k.Up):
			m.move(-1)
			return nil
		case key.Matches(msg, k.Down):
			m.move(1)
			return nil
		}
	}
	if m.index == nil {
		return nil
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if q := m.input.Value(); q != before {
		return tea.Batch(cmd, m.query(q))
	}
	return cmd
}

// open follows the hit under the cursor of the query as typed. If the
// results shown are an older query's, it searches now and opens the best.
func (m *Model) open() tea.Cmd {
	if !m.Current() {
		m.stop()
		res, err := m.index.Search(context.Background(), m.input.Value(), search.Options{Limit: maxResults})
		m.show(m.seq, res, err)
	}
	h, ok := m.Selected()
	if !ok {
		return nil
	}
	follow := common.FollowMsg{ID: h.ID, Terms: h.Terms, Found: foundIn(h)}
	return func() tea.Msg { return follow }
}

// fieldPlace names each field of an item as the status bar says where a
// word was found.
var fieldPlace = map[search.Field]string{
	search.FieldID:      "its id",
	search.FieldTitle:   "its title",
	search.FieldAlias:   "another of its names, not in its text",
	search.FieldFacts:   "its facts",
	search.FieldSummary: "its summary",
	search.FieldBody:    "its text",
	search.FieldNote:    "your note",
}

// foundIn says where a hit's best word was found: "SKILLS-2: "codeweek"
// found in its text".
func foundIn(h search.Hit) string {
	for _, m := range h.Why {
		if m.Field == h.Field && fieldPlace[m.Field] != "" {
			return fmt.Sprintf("%s: %q found in %s", h.ID, m.Found, fieldPlace[m.Field])
		}
	}
	return ""
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
