package detail

import (
	"container/list"
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
	Note  uint64 // a hash of the note section under the item (the note, its flag); 0 for none
	Doc   uint64 // a hash of a Written document; 0 for the item's own
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
// so an item is rendered once for each width and theme it is seen in, but
// the cache is bounded: it keeps the renderings used last, at most
// maxEntries of them and maxBytes in all. One rendering is made at a time:
// while it runs, other requests are not started, and when it is done the
// pane asks again for what it shows then. So dragging a window across a
// hundred widths over a huge item neither keeps a hundred renderings nor
// runs them side by side, only the one for the width it stops at.
type Cache struct {
	done      map[Key]*list.Element // of *cached, in recency order
	recent    *list.List            // most recently used first
	bytes     int                   // the size of every text kept
	rendering bool                  // a rendering is under way
}

// The cache's bounds. A rendering of a briefing item is some kilobytes; the
// last one stored is kept whatever its size, as the pane is showing it.
const (
	maxEntries = 64
	maxBytes   = 32 << 20
)

type cached struct {
	key  Key
	text string
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{done: map[Key]*list.Element{}, recent: list.New()}
}

// Get returns a finished rendering, and counts it as used.
func (c *Cache) Get(k Key) (string, bool) {
	e, ok := c.done[k]
	if !ok {
		return "", false
	}
	c.recent.MoveToFront(e)
	return e.Value.(*cached).text, true
}

// Bytes is the size of the renderings kept.
func (c *Cache) Bytes() int { return c.bytes }

// store records a result and drops the renderings used longest ago beyond
// the bounds; it is only called from Update, so the cache needs no lock.
func (c *Cache) store(msg RenderedMsg) {
	c.rendering = false
	if msg.Err != nil {
		return
	}
	if e, ok := c.done[msg.Key]; ok {
		c.bytes -= len(e.Value.(*cached).text)
		c.recent.Remove(e)
	}
	c.done[msg.Key] = c.recent.PushFront(&cached{key: msg.Key, text: msg.Text})
	c.bytes += len(msg.Text)
	for c.recent.Len() > 1 && (c.recent.Len() > maxEntries || c.bytes > maxBytes) {
		old := c.recent.Remove(c.recent.Back()).(*cached)
		delete(c.done, old.key)
		c.bytes -= len(old.text)
	}
}

// renderCmd renders an item's Markdown off the keystroke path. The briefing
// is read-only, so building the Markdown in the command's goroutine is
// safe. It returns nil when the rendering is done, or when one is under
// way (the pane asks again when that one is done).
func (c *Cache) renderCmd(b *model.Briefing, e model.Entry, today time.Time, k Key, noteSection string) tea.Cmd {
	if _, ok := c.done[k]; ok || c.rendering || k.Width <= 0 {
		return nil
	}
	c.rendering = true
	style := k.Theme
	if style == render.Plain {
		// glamour's plain style prints the Markdown marks (# and **). Inside
		// the program the colour profile (NO_COLOR, TERM=dumb) drops the
		// colours on output and keeps bold and underline, so the dark style
		// gives structure without colour.
		style = render.Dark
	}
	return func() tea.Msg {
		text, err := render.Markdown(document(b, e, today)+noteSection, k.Width, style)
		return RenderedMsg{Key: k, Text: text, Err: err}
	}
}
