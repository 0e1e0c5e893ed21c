package search

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// kindWidth is the width of the kind label column.
const kindWidth = 9

// View draws the query line, a count or the query's problem, and the
// results: kind, id and title on one line, the snippet under it, matched
// characters highlighted.
func (m Model) View() string {
	var b strings.Builder
	b.WriteString(m.input.View())
	b.WriteByte('\n')
	st := m.styles.Search
	switch {
	case m.err != nil:
		b.WriteString(m.styles.App.Error.Render(ansi.Truncate("  "+queryErrMsg(m.err), m.width, "…")))
	case m.input.Value() == "":
		b.WriteString(st.Count.Render("  type to search every item"))
	case m.results.Total == 0 && m.results.Query != "":
		b.WriteString(st.Count.Render("  nothing matches"))
	default:
		count := fmt.Sprintf("  %d matches", m.results.Total)
		if m.results.Total == 1 {
			count = "  1 match"
		}
		if m.results.Total > len(m.results.Hits) {
			count = fmt.Sprintf("  %d matches, best %d shown", m.results.Total, len(m.results.Hits))
		}
		b.WriteString(st.Count.Render(count))
	}
	hits := m.results.Hits
	end := min(m.offset+m.visible(), len(hits))
	for i := m.offset; i < end; i++ {
		h := hits[i]
		sel := i == m.cursor
		marker := "  "
		if sel {
			marker = "▌ "
		}
		kind := ansi.Truncate(h.Kind.Label(), kindWidth, "…")
		kind += strings.Repeat(" ", kindWidth-ansi.StringWidth(kind))
		lead := marker + st.Kind.Render(kind) + " " + st.ID.Render(h.ID) + "  "
		room := m.width - ansi.StringWidth(marker) - kindWidth - 1 - ansi.StringWidth(h.ID) - 2
		title := highlight(h.Title, h.TitleMatches, room, st.Title, st.Match)
		line := lead + title
		if sel {
			line = st.Selected.Render(ansi.Strip(marker)) + st.Kind.Render(kind) + " " + st.ID.Render(h.ID) + "  " + title
		}
		b.WriteString("\n" + line)
		indent := strings.Repeat(" ", 2+kindWidth+1)
		b.WriteString("\n" + indent + highlight(h.Snippet, h.SnippetMatches, m.width-len(indent), st.Snippet, st.Match))
	}
	return b.String()
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
