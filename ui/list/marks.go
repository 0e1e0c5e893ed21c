package list

import (
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/common"
)

// marksWidth is the marks column at its widest: the mark of what's new,
// ★, ✎ and a space.
const marksWidth = 4

// anyMarked reports whether some row has a mark, and whether some has a
// mark of what's new: a list where none has keeps its full width, without
// a marks column, and one without news has no cell for it.
func (m Model) anyMarked() (marked, news bool) {
	if m.marker == nil {
		return false, false
	}
	for _, it := range m.items {
		if it.Divider || it.ID == "" {
			continue
		}
		k := m.marker(it.ID)
		marked, news = marked || k.Any(), news || k.News != whatsnew.Unchanged
		if news {
			return true, true
		}
	}
	return marked, false
}

// marks draws a row's marks in the column (● new, ◐ changed or ✕ removed
// since the user last read it, ★ a flag, ✎ a note): plain on the selected
// row (its style covers the whole line), coloured elsewhere.
func (m drawing) marks(it Item, selected bool) string {
	if !m.marked || m.width < 12 {
		return ""
	}
	news, flag, note := "", " ", " "
	if m.news {
		news = " "
	}
	var k common.Marks
	if !it.Divider && it.ID != "" {
		k = m.marker(it.ID)
		if s := k.News.Symbol(); s != "" {
			news = s
		}
		if k.Flag {
			flag = personal.FlagMark
		}
		if k.Note {
			note = personal.NoteMark
		}
	}
	if selected {
		return news + flag + note + " "
	}
	return toneStyle(m.s, NewsTone(k.News)).Render(news) + m.s.Status.Warn.Render(flag) + m.s.List.ID.Render(note) + " "
}

// NewsTone is the colour of a mark of what's new, in the marks column and
// on What's new's rows.
func NewsTone(m whatsnew.Mark) Tone {
	switch m {
	case whatsnew.New:
		return ToneGood
	case whatsnew.Changed:
		return ToneWarn
	case whatsnew.Removed:
		return ToneBad
	}
	return ToneMuted
}
