// Package find locates search terms inside rendered terminal text, accent-
// and case-insensitively, and reports where they are in terminal cells so
// that they can be highlighted on screen.
package find

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/model/search"
)

// Span is one match on one line, in cells: [Start, End).
type Span struct {
	Line, Start, End int
}

// Terms splits a query into the words to look for. They are matched as the
// search matches them (search.MatchRanges): accents folded both ways, case
// ignored unless a word has a capital.
func Terms(query string) []string {
	return strings.Fields(query)
}

// Lines finds every occurrence of the folded terms in lines of terminal
// text (ANSI sequences are ignored), in reading order, without overlaps.
func Lines(lines []string, terms []string) []Span {
	if len(terms) == 0 {
		return nil
	}
	var out []Span
	for i, line := range lines {
		out = append(out, inLine(i, ansi.Strip(line), terms)...)
	}
	return out
}

// inLine finds the terms in one plain line with the search's own matcher
// and turns its character ranges into terminal cells, so that wide
// characters (Hangul) are highlighted where they are drawn.
func inLine(n int, plain string, terms []string) []Span {
	ranges := search.MatchRanges(plain, terms)
	if len(ranges) == 0 {
		return nil
	}
	cells := make([]int, 0, len(plain)+1) // the first cell of each character, then the end
	cell := 0
	for _, r := range plain {
		cells = append(cells, cell)
		cell += ansi.StringWidth(string(r))
	}
	cells = append(cells, cell)
	spans := make([]Span, 0, len(ranges))
	for _, r := range ranges {
		lo, hi := min(r[0], len(cells)-1), min(r[1], len(cells)-1)
		if hi > lo {
			spans = append(spans, Span{Line: n, Start: cells[lo], End: cells[hi]})
		}
	}
	return merge(spans)
}

// merge sorts a line's spans and joins those that overlap, because two
// terms can match the same text ("semi" and "semiconductor").
func merge(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j].Start < spans[j-1].Start; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
