package search

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/pane"
)

// kindWidth is the width of the kind column: the longest kind name
// ("overview"), so that none is cut.
const kindWidth = 8

// View draws the box: its border with its keys, and in it the query line,
// what the search made of it (or the query's problem), and the results:
// kind, id and title on one line, the snippet under it, matched characters
// highlighted. Until the index comes it says so, under what is typed.
func (m Model) View() string {
	k := m.c.Keys.Search
	return pane.Render(m.c.Styles, "Search", keys.Hint(k.Up, k.Down, k.Open, k.Close), m.inside(), m.boxW, m.boxH, true)
}

// waiting is what the box shows before the index comes: the keys typed.
func (m Model) waiting() string {
	var typed []rune
	for _, k := range m.pending {
		if key.Matches(k, m.input.KeyMap.DeleteCharacterBackward) && len(typed) > 0 {
			typed = typed[:len(typed)-1]
		}
		typed = append(typed, []rune(k.Text)...)
	}
	st := m.c.Styles.Search
	return st.Prompt.Render("/ ") + string(typed) + "\n" + st.Count.Render("  indexing…")
}

func (m Model) inside() string {
	if m.index == nil {
		return m.waiting()
	}
	var b strings.Builder
	b.WriteString(m.input.View())
	b.WriteByte('\n')
	st := m.c.Styles.Search
	common := commonMissing(m.results.Hits)
	if m.err != nil {
		b.WriteString(m.c.Styles.App.Error.Render(ansi.Truncate("  "+queryErrMsg(m.err), m.width, "…")))
	} else {
		b.WriteString(st.Count.Render(ansi.Truncate("  "+m.summary(common), m.width, "…")))
	}
	hits := m.results.Hits
	end := min(m.offset+m.visible(), len(hits))
	for i := m.offset; i < end; i++ {
		h := hits[i]
		marker := "  "
		if i == m.cursor {
			marker = st.Selected.Render("▌") + " "
		}
		kind := ansi.Truncate(string(h.Kind), kindWidth, "…")
		kind += strings.Repeat(" ", kindWidth-ansi.StringWidth(kind))
		room := m.width - 2 - kindWidth - 1 - ansi.StringWidth(h.ID) - 2
		title := highlight(h.Title, h.TitleMatches, room, st.Title, st.Match)
		b.WriteString("\n" + marker + st.Kind.Render(kind) + " " + st.ID.Render(h.ID) + "  " + title)
		indent := strings.Repeat(" ", 2+kindWidth+1)
		snippet, at := h.Snippet, h.SnippetMatches
		if len(h.Missing) > 0 && common == nil {
			lead := "missing " + strings.Join(h.Missing, ", ") + " · "
			snippet, at = lead+snippet, shift(at, len([]rune(lead)))
		}
		b.WriteString("\n" + indent + highlight(snippet, at, m.width-len(indent), st.Snippet, st.Match))
	}
	return b.String()
}

// summary says what the search found: how many items, or, when none has
// every word, how many have the most and what they lack; never a bare
// "nothing".
func (m Model) summary(common []string) string {
	r := m.results
	words := len(r.Words)
	switch {
	case m.input.Value() == "":
		return "type words or a question"
	case words == 0 && r.Total == 0 && len(r.Dropped) > 0:
		return "only question words: type what it is about"
	case r.Nothing():
		return "no item has any of: " + strings.Join(r.Words, ", ")
	case r.Partial:
		s := fmt.Sprintf("no item has all %d words; %s %d", words, model.Plural(r.Total, "has", "have"), r.Matched)
		if common != nil {
			s += " — missing: " + strings.Join(common, ", ")
		}
		return s
	}
	s := fmt.Sprintf("%d matches", r.Total)
	if r.Total == 1 {
		s = "1 match"
	}
	if len(r.Dropped) > 0 {
		s += " for " + strings.Join(r.Words, " ")
	}
	if r.Total > len(r.Hits) {
		s += fmt.Sprintf(", best %d shown", len(r.Hits))
	}
	return s
}

// commonMissing is the words every hit lacks, when they all lack the same;
// nil otherwise.
func commonMissing(hits []search.Hit) []string {
	if len(hits) == 0 || len(hits[0].Missing) == 0 {
		return nil
	}
	for _, h := range hits[1:] {
		if !slices.Equal(h.Missing, hits[0].Missing) {
			return nil
		}
	}
	return hits[0].Missing
}

func shift(at []int, n int) []int {
	out := make([]int, len(at))
	for i, a := range at {
		out[i] = a + n
	}
	return out
}

// highlight cuts s to width cells and styles the characters at the given
// rune indexes with match, the rest with base.
func highlight(s string, at []int, width int, base, match lipgloss.Style) string {
	if width <= 0 {
		return ""
	}
	s = strings.ReplaceAll(s, "\n", " ")
	cut := ansi.Truncate(s, width, "…")
	runes := []rune(cut)
	hot := make(map[int]bool, len(at))
	for _, i := range at {
		hot[i] = true
	}
	var b strings.Builder
	var run []rune
	runHot := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if runHot {
			b.WriteString(match.Render(string(run)))
		} else {
			b.WriteString(base.Render(string(run)))
		}
		run = run[:0]
	}
	for i, r := range runes {
		// The ellipsis added by the cut is never a match.
		h := hot[i] && !(i == len(runes)-1 && cut != s)
		if h != runHot {
			flush()
			runHot = h
		}
		run = append(run, r)
	}
	flush()
	return b.String()
}
