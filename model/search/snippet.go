package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eu-rok/briefing/model"
)

// lineWith is the first line of text that holds one of the words found,
// and where in it (in runes), or the first line. Lines without a word's
// letters are skipped unread.
func lineWith(text string, terms []string) (string, int) {
	want := map[string]bool{}
	var words []string
	for _, t := range terms {
		want[t] = true
		for _, w := range strings.Fields(t) {
			want[w] = true
			words = append(words, w)
		}
	}
	first := ""
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if first == "" {
			first = line
		}
		if lower := foldLower(line); !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, w) }) {
			continue
		}
		if spans := wordSpans(line, want); len(spans) > 0 {
			return line, spans[0].lo
		}
	}
	return first, 0
}

// snippet is one line to show under a hit: from the field its best word
// matched in (the summary when that is the id or the title), cut round the
// first word found, with the words found highlighted.
func (ix *Index) snippet(dc *doc, f Field, terms []string) (string, []int) {
	it := dc.entry.Base()
	var text, prefix string
	switch f {
	case FieldID, FieldTitle, FieldSummary:
		text = it.Summary
	case FieldAlias, FieldFacts:
		prefix = "also: "
		if f == FieldFacts {
			prefix = ""
		}
		vals := values(ix.b, dc.entry, dc.note)[f]
		text = strings.Join(vals, ", ")
		for _, v := range vals {
			if len(highlight(v, terms)) > 0 {
				text = v
				break
			}
		}
	case FieldBody:
		text = it.Body
	case FieldNote:
		prefix, text = NoteLabel, dc.note
	}
	at := 0
	if f != FieldID && f != FieldTitle {
		text, at = lineWith(text, terms)
	}
	line := model.PlainLine(oneLine(text, at))
	idx := highlight(line, terms)
	shift := utf8.RuneCountInString(prefix)
	for i := range idx {
		idx[i] += shift
	}
	return prefix + line, idx
}
