package whatsnew

import "strings"

// Line is one line of a diff, as spans. A span that runs over several
// lines is cut at each newline.
type Line []Span

// Changed says whether anything on the line was inserted or deleted.
func (l Line) Changed() bool {
	for _, s := range l {
		if s.Op != Equal {
			return true
		}
	}
	return false
}

// Lines cuts a diff into lines, for showing only the lines that changed.
func Lines(spans []Span) []Line {
	var lines []Line
	var cur Line
	for _, s := range spans {
		for {
			before, after, more := strings.Cut(s.Text, "\n")
			if before != "" {
				cur = append(cur, Span{Op: s.Op, Text: before})
			}
			if !more {
				break
			}
			if s.Op != Equal && before == "" {
				cur = append(cur, Span{Op: s.Op, Text: ""}) // a changed line break still marks the line
			}
			lines = append(lines, cur)
			cur = nil
			s.Text = after
		}
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}
