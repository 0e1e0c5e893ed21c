package list

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

func testCommon() *common.Common {
	return &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
}

// sample is a list of every kind of row: a divider, rows with an id, a
// suffix and a short one, a dim row, a heading, table rows and a row with
// marks.
func sample(marker common.Marker) Model {
	m := New(testCommon(), marker)
	m.SetItems([]Item{
		{Divider: true, Title: "today 23 November 2026"},
		{ID: "SEMI", Prefix: "SEMI", Title: "Semiconductors", Suffix: "▰▱▱ 1/3", ShortSuffix: "▰▱▱", Tone: ToneAccent},
		{ID: "SEMI-1", Prefix: "SEMI-1", Title: "A forum for semiconductor researchers", Suffix: "delivered", Tone: ToneGood},
		{ID: "DPC-1", Prefix: "2023-06-30", Title: "1st Council, Seoul", Suffix: "held", Dim: true},
		{Divider: true, Heading: true, Title: "title", Cells: []Cell{{Text: "id", Width: 8}, {Text: "status", Width: 10, Min: 40}}},
		{ID: "AI-1", Title: "인공지능 기본법 — Romanian: știri", Cells: []Cell{{Text: "AI-1", Width: 8, ID: true}, {Text: "under way", Width: 10, Min: 40, Toned: true, Tone: ToneAccent}}},
	})
	return m
}

func flagged(id string) common.Marks { return common.Marks{Flag: id == "SEMI-1", Note: id == "AI-1"} }

func keyOf(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

// TestView draws the sample at the widths a list is given, focused, the
// cursor on a table row, marks on.
func TestView(t *testing.T) {
	for _, w := range []int{20, 30, 40, 60} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := sample(flagged)
			m.SetSize(w, 8)
			m.Focus()
			m.SelectID("AI-1")
			view := ansi.Strip(m.View())
			for i, line := range strings.Split(view, "\n") {
				if ansi.StringWidth(line) != w {
					t.Fatalf("line %d is %d cells wide, not %d: %q", i, ansi.StringWidth(line), w, line)
				}
			}
			golden.RequireEqual(t, view)
		})
	}
}

func TestCursorSkipsDividers(t *testing.T) {
	m := sample(nil)
	m.SetSize(40, 3)
	if sel, _ := m.Selected(); sel.ID != "SEMI" {
		t.Fatalf("the cursor starts on the first row that is not a divider, on %q", sel.ID)
	}
	m.Update(keyOf("j"))
	m.Update(keyOf("j"))
	m.Update(keyOf("down"))
	if sel, _ := m.Selected(); sel.ID != "AI-1" {
		t.Fatalf("j, j, down skips the heading to AI-1: on %q", sel.ID)
	}
	if at, n := m.Position(); at != 4 || n != 4 {
		t.Errorf("position %d/%d", at, n)
	}
	m.Update(keyOf("g"))
	if sel, _ := m.Selected(); sel.ID != "SEMI" {
		t.Errorf("g goes to the first row: %q", sel.ID)
	}
	m.Update(keyOf("end"))
	if p := m.Place(); p.Cursor != 5 || p.Offset != 3 {
		t.Errorf("end goes to the last row, scrolled into view: %+v", p)
	}
	m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) // as in vim and less
	if sel, _ := m.Selected(); sel.ID == "AI-1" {
		t.Error("ctrl+u pages up")
	}
}

func TestSetItemsKeepsTheSelection(t *testing.T) {
	m := sample(nil)
	m.SelectID("dpc-1")
	items := m.Items()
	m.SetItems(append(items[:1:1], items[3:]...)) // SEMI and SEMI-1 gone
	if sel, _ := m.Selected(); sel.ID != "DPC-1" {
		t.Errorf("the same item stays selected: %q", sel.ID)
	}
	if !m.SetPlace(Place{Cursor: 1, Offset: 0}, "DPC-1") || m.Place().Cursor != 1 {
		t.Errorf("SetPlace comes back to the row that has the id: %+v", m.Place())
	}
}

func TestClickAndScroll(t *testing.T) {
	m := sample(nil)
	m.SetSize(40, 3)
	if m.Click(0) {
		t.Error("a click on a divider selects nothing")
	}
	if !m.Click(2) {
		t.Fatal("a click on a row selects it")
	}
	if sel, _ := m.Selected(); sel.ID != "SEMI-1" {
		t.Errorf("clicked %q", sel.ID)
	}
	m.Scroll(3)
	if p := m.Place(); p.Offset != 3 || p.Cursor < 3 {
		t.Errorf("scrolling moves the rows and pushes the cursor along: %+v", p)
	}
}

// A list where no row has a mark keeps its full width; marks are drawn
// in a column when some row has one.
func TestMarksColumn(t *testing.T) {
	m := sample(func(string) common.Marks { return common.Marks{} })
	m.SetSize(40, 8)
	if strings.Contains(ansi.Strip(m.View()), "  SEMI-1") == false {
		t.Error("without marks the rows start after the cursor column")
	}
	m = sample(flagged)
	m.SetSize(40, 8)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "★  SEMI-1") || !strings.Contains(v, " ✎ AI-1") {
		t.Errorf("marks are drawn in their column:\n%s", v)
	}
	// What's new has a cell of its own, first, when some row has news.
	m = sample(func(id string) common.Marks {
		k := flagged(id)
		k.News = map[string]whatsnew.Mark{"SEMI": whatsnew.New, "SEMI-1": whatsnew.Changed, "DPC-1": whatsnew.Removed}[id]
		return k
	})
	m.SetSize(40, 8)
	v := ansi.Strip(m.View())
	for _, want := range []string{"› ●   SEMI Semi", "  ◐★  SEMI-1 A forum", "  ✕   2023-06-30", "    ✎ AI-1"} {
		if !strings.Contains(v, want) {
			t.Errorf("no %q:\n%s", want, v)
		}
	}
}

func TestEmptyList(t *testing.T) {
	m := New(testCommon(), nil)
	m.SetSize(20, 2)
	if _, ok := m.Selected(); ok || !strings.Contains(ansi.Strip(m.View()), "(nothing here)") {
		t.Errorf("an empty list says so: %q", m.View())
	}
}

// A list of headings alone (What's new with nothing new, a filter that
// matches nothing) asks for the width of its sentence; in a list with
// rows, headings are cut to the rows' width.
func TestNeedReadsAListOfHeadingsAlone(t *testing.T) {
	sentence := "nothing new since you last read briefing 2026.3"
	m := New(testCommon(), nil)
	m.SetItems([]Item{{Divider: true, Heading: true, Title: sentence}})
	if got, want := m.Need(), len("› ")+len(sentence); got != want {
		t.Errorf("headings alone: Need %d, want %d", got, want)
	}
	m.SetItems([]Item{{Divider: true, Heading: true, Title: sentence}, {ID: "AI-1", Prefix: "AI-1", Title: "Trust"}})
	if got := m.Need(); got >= len(sentence) {
		t.Errorf("with a row, the heading is cut: Need %d", got)
	}
}
