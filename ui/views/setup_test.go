package views

import (
	"testing"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/theme"
)

var testToday = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var loaded *model.Briefing

// deps are the views' dependencies over the built-in content, on the
// fixed day, with the notes of store (nil: none).
func deps(tb testing.TB, today time.Time, store *personal.Store) Deps {
	tb.Helper()
	if loaded == nil {
		b, err := model.Load(content.FS())
		if err != nil {
			tb.Fatal(err)
		}
		loaded = b
	}
	c := &common.Common{B: loaded, Today: today, Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	n, _ := notes.New(store, nil, nil)
	return Deps{C: c, Notes: n, Statuses: NewStatuses(loaded, today)}
}

// lists is a page's lists as a view sees them (page.Lists), over the
// view's items.
type lists struct {
	selected string
	focused  bool
	refills  int
}

func (l *lists) Selected() (string, bool) { return l.selected, l.selected != "" }
func (l *lists) ListFocused() bool        { return l.focused }
func (l *lists) Refill()                  { l.refills++ }
func (l *lists) Select(id string)         { l.selected = id }

// ids are the selectable rows' ids, in order.
func ids(items []list.Item) []string {
	var out []string
	for _, it := range items {
		if !it.Divider {
			out = append(out, it.ID)
		}
	}
	return out
}
