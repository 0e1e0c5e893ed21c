package model

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with the content, said where it is.
type Problem struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// String writes the problem as "areas/SEMI.md:4: order: must be a number",
// on one line: the file name (which a pack chooses) and the message (which
// can quote it) are sanitised, so a name can neither act on a terminal nor
// start a line of its own.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(SanitizeLine(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(SanitizeLine(p.Field) + ": ")
	}
	b.WriteString(SanitizeLine(p.Message))
	return b.String()
}

// Problems is every problem found in a content directory. As an error it
// lists them all, one a line, in file and line order.
type Problems []Problem

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}
