package model

import "strings"

// PlainLine takes the Markdown out of one line (a search snippet, the
// first line of a note): links keep their text, emphasis and code marks
// go, and so does the mark that starts a list item, a heading or a quote.
func PlainLine(s string) string {
	if !strings.ContainsAny(s, "[*_`#->+0123456789") {
		return s
	}
	lead := ""
	if strings.HasPrefix(s, "…") {
		lead, s = "…", s[len("…"):]
	}
	t := strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(t, "#"):
		t = strings.TrimLeft(t, "#")
	case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "), strings.HasPrefix(t, "+ "), strings.HasPrefix(t, ">"):
		t = t[1:]
	default:
		if i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && strings.HasPrefix(t[i:], ". ") {
			t = t[i+1:]
		}
	}
	s = strings.TrimLeft(t, " ")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '`':
		case (c == '*' || c == '_') && i+1 < len(s) && s[i+1] == c:
			i++
		case c == ']' && i+1 < len(s) && s[i+1] == '(':
			// The end of a link's text: leave out its address.
			if j := strings.IndexByte(s[i:], ')'); j > 0 {
				i += j
			} else {
				i = len(s)
			}
		case c == '[' && strings.Contains(s[i:], "]("):
		default:
			b.WriteByte(c)
		}
	}
	return lead + b.String()
}
