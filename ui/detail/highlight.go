package detail

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/eu-rok/briefing/ui/find"
)

// Highlight marks every occurrence of the terms in the document, accent-
// and case-insensitively, and scrolls to the first one. The global search
// calls it with the query's words after opening an item; an empty list
// clears the highlights.
func (m *Model) Highlight(terms []string) {
	m.terms = nil
	for _, t := range terms {
		m.terms = append(m.terms, find.Terms(t)...)
	}
	m.findMatches(true)
	m.revealSoon = !m.rendered && len(m.terms) > 0
}

// Terms are the folded words highlighted now.
func (m Model) Terms() []string { return m.terms }

// Matches is the number of matches and the current one, from 1 (0 when
// there is none).
func (m Model) Matches() (int, int) { return len(m.matches), m.current + 1 }

// Sought says what is being sought in the document and how far the steps
// are, for the status bar: "forum" 2/6; "" when nothing is.
func (m Model) Sought() string {
	if len(m.terms) == 0 {
		return ""
	}
	return strconv.Quote(strings.Join(m.terms, " ")) + " " + m.MatchInfo()
}

// MatchInfo says "3/12" for the pane's border, or "" when nothing is sought.
func (m Model) MatchInfo() string {
	if len(m.terms) == 0 {
		return ""
	}
	if len(m.matches) == 0 {
		return "no match"
	}
	return strconv.Itoa(m.current+1) + "/" + strconv.Itoa(len(m.matches))
}

// findMatches locates the terms in the lines shown. It runs again when the
// rendering arrives or the width changes, since the lines move.
func (m *Model) findMatches(jump bool) {
	m.matches = find.Lines(m.lines, m.terms)
	m.current = -1
	if len(m.matches) == 0 {
		return
	}
	m.current = 0
	for i, s := range m.matches {
		if s.Line >= m.offset {
			m.current = i
			break
		}
	}
	if jump {
		m.reveal()
	}
}

// StepMatch moves to the next (1) or previous (-1) match, wrapping round.
func (m *Model) StepMatch(dir int) {
	if len(m.matches) == 0 {
		return
	}
	m.current = (m.current + dir + len(m.matches)) % len(m.matches)
	m.reveal()
}

// reveal scrolls so the current match is on screen, with a line of context
// above it when there is room.
func (m *Model) reveal() {
	line := m.matches[m.current].Line
	if line < m.offset || line >= m.offset+m.height {
		m.SetOffset(line - min(2, m.height/3))
	}
}

// highlight paints the matches of one line; the current one stands out.
func (m Model) highlight(i int, line string) string {
	if len(m.matches) == 0 {
		return line
	}
	var ranges []lipgloss.Range
	for j, s := range m.matches {
		if s.Line != i {
			continue
		}
		st := m.c.Styles.List.Match
		if j == m.current {
			st = st.Reverse(true)
		}
		ranges = append(ranges, lipgloss.NewRange(s.Start, min(s.End, m.width), st))
	}
	return lipgloss.StyleRanges(line, ranges...)
}
