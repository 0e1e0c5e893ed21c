package whatsnew

import "strings"

// Context is how much unchanged text a shortened line keeps on each side
// of a change, in characters.
const Context = 40

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

// Shortened is the line with its long unchanged stretches cut down to
// about Context characters next to the changes before and after them, at
// a space so that no word is split, an ellipsis where text was left out:
// what a reader needs to see a change in its place.
func (l Line) Shortened() Line {
	out := make(Line, len(l))
	for i, s := range l {
		if s.Op == Equal {
			s.Text = shorten(s.Text, i > 0, i < len(l)-1)
		}
		out[i] = s
	}
	return out
}

func shorten(text string, changeBefore, changeAfter bool) string {
	r := []rune(text)
	head := func() string {
		h := string(r[:Context])
		if i := strings.LastIndexByte(h, ' '); i > 0 {
			h = h[:i]
		}
		return h + " …"
	}
	tail := func() string {
		t := string(r[len(r)-Context:])
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = t[i+1:]
		}
		return "… " + t
	}
	switch {
	case changeBefore && changeAfter && len(r) > 2*Context+3:
		return strings.TrimSuffix(head(), " …") + " … " + strings.TrimPrefix(tail(), "… ")
	case changeBefore && !changeAfter && len(r) > Context+2:
		return head()
	case !changeBefore && changeAfter && len(r) > Context+2:
		return tail()
	}
	return text
}

// Marked writes a line as git's --word-diff=plain marks a change:
// [-removed-]{+added+}. The marks read the same on any terminal, in a pipe
// and to a screen reader.
func (l Line) Marked() string {
	var b strings.Builder
	for _, s := range l {
		switch s.Op {
		case Insert:
			b.WriteString("{+" + s.Text + "+}")
		case Delete:
			b.WriteString("[-" + s.Text + "-]")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}
