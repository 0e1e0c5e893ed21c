package detail

import (
	"strings"
	"testing"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

// M2: the cache is bounded by entries and by bytes, and drops the
// renderings used longest ago.
func TestCacheIsBounded(t *testing.T) {
	c := NewCache()
	for w := range 200 {
		c.store(RenderedMsg{Key: Key{ID: "SEMI-1", Width: w + 1}, Text: "rendering"})
	}
	if len(c.done) != maxEntries {
		t.Errorf("%d renderings kept, want %d", len(c.done), maxEntries)
	}
	if _, ok := c.Get(Key{ID: "SEMI-1", Width: 1}); ok {
		t.Error("the oldest rendering was kept")
	}

	c = NewCache()
	big := strings.Repeat("x", 9<<20) // a 9 MB item, at every width
	used := Key{ID: "BIG", Width: 1}
	for w := range 20 {
		c.store(RenderedMsg{Key: Key{ID: "BIG", Width: w + 1}, Text: big})
		c.Get(used) // the one the pane keeps going back to
	}
	if c.Bytes() > maxBytes {
		t.Errorf("%d bytes kept, more than %d", c.Bytes(), maxBytes)
	}
	if _, ok := c.Get(used); !ok {
		t.Error("the rendering used last was dropped before older ones")
	}
	huge := strings.Repeat("y", maxBytes+1)
	c.store(RenderedMsg{Key: Key{ID: "HUGE"}, Text: huge})
	if got, ok := c.Get(Key{ID: "HUGE"}); !ok || got != huge || len(c.done) != 1 {
		t.Errorf("the last rendering must be kept whatever its size: kept %v, %d entries", ok, len(c.done))
	}
}

// M2: one rendering runs at a time, so resizing over a huge item does not
// start a rendering for every width it passes.
func TestOneRenderingAtATime(t *testing.T) {
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	e, _ := b.Get("SEMI-1")
	c := NewCache()
	first := c.renderCmd(b, e, time.Now(), Key{ID: "SEMI-1", Width: 80}, "")
	if first == nil {
		t.Fatal("no rendering started")
	}
	for w := 81; w < 120; w++ {
		if c.renderCmd(b, e, time.Now(), Key{ID: "SEMI-1", Width: w}, "") != nil {
			t.Fatalf("a second rendering started (width %d) while one runs", w)
		}
	}
	c.store(first().(RenderedMsg))
	if c.renderCmd(b, e, time.Now(), Key{ID: "SEMI-1", Width: 119}, "") == nil {
		t.Error("no rendering starts once the first is done")
	}
}
