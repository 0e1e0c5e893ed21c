package detail

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/render"
)

// Key says what a rendering is for: one item, at one width, in one theme.
// A change of any of them needs a new rendering.
type Key struct {
	ID    string
	Width int
	Theme render.Theme
	Note  uint64 // a hash of the user's note shown under the item; 0 for none
}

// RenderedMsg carries a finished rendering back to the detail pane, with the
// key it was made for, so a result that arrives after the user moved on is
// cached but not shown.
type RenderedMsg struct {
	Key  Key
	Text string
	Err  error
}

// Cache keeps renderings by key. Glamour takes milliseconds per document,
// so each (item, width, theme) is rendered once per run.
type Cache struct {
	done    map[Key]string
	pending map[Key]bool
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{done: map[Key]string{}, pending: map[Key]bool{}}
}

// Get returns a finished rendering.
func (c *Cache) Get(k Key) (string, bool) {
	s, ok := c.done[k]
	return s, ok
}

// Len is the number of finished renderings.
func (c *Cache) Len() int { return len(c.done) }

// store records a result; it is only called from Update, so the maps need
// no lock.
func (c *Cache) store(msg RenderedMsg) {
	delete(c.pending, msg.Key)
	if msg.Err == nil {
		c.done[msg.Key] = msg.Text
	}
}

// renderCmd renders an item's Markdown off the keystroke path. The briefing
// is read-only, so building the Markdown in the command's goroutine is
// safe. It returns nil when the rendering is done or already under way.
func (c *Cache) renderCmd(b *model.Briefing, e model.Entry, today time.Time, k Key, note string) tea.Cmd {
	if _, ok := c.done[k]; ok || c.pending[k] || k.Width <= 0 {
		return nil
	}
	c.pending[k] = true
	style := k.Theme
	if style == render.Plain {
		// glamour's plain style prints the Markdown marks (# and **). Inside
		// the program the colour profile (NO_COLOR, TERM=dumb) drops the
		// colours on output and keeps bold and underline, so the dark style
		// gives structure without colour.
		style = render.Dark
	}
	return func() tea.Msg {
		text, err := render.Markdown(document(b, e, today)+noteMarkdown(note), k.Width, style)
		return RenderedMsg{Key: k, Text: text, Err: err}
	}
}
