// Package find locates search terms inside rendered terminal text, accent-
// and case-insensitively, and reports where they are in terminal cells so
// that they can be highlighted on screen.
package find

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// Fold lowers a string and strips its diacritics, so that "Știri", "ştiri"
// and "stiri" all read "stiri". The cedilla forms ş and ţ, which Romanian
// text often carries by mistake, fold with their comma-below twins.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune folds one rune; it may give "" (a lone combining mark) or more
// than one rune (a ligature decomposed).
func foldRune(r rune) string {
	if r < 0x80 {
		return string(unicode.ToLower(r))
	}
	switch r {
	case 'ş', 'ș', 'Ş', 'Ș':
		return "s"
	case 'ţ', 'ț', 'Ţ', 'Ț':
		return "t"
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		b.WriteRune(unicode.ToLower(d))
	}
	// Recompose what NFD split without marks (Hangul syllables into jamo),
	// so a folded syllable still equals the one typed.
	return norm.NFC.String(b.String())
}

// Span is one match on one line, in cells: [Start, End).
type Span struct {
	Line, Start, End int
}

// Terms splits a query into the folded words to look for.
func Terms(query string) []string {
	var out []string
	for _, w := range strings.Fields(query) {
		if f := Fold(w); f != "" {
			out = append(out, f)
		}
	}
	return out
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

// inLine folds one plain line while remembering, for every folded byte,
// which cells its original rune covered; then it searches the folded text.
func inLine(n int, plain string, terms []string) []Span {
	var folded strings.Builder
	var startCell, endCell []int
	cell := 0
	for _, r := range plain {
		w := ansi.StringWidth(string(r))
		f := foldRune(r)
		for range len(f) {
			startCell = append(startCell, cell)
			endCell = append(endCell, cell+w)
		}
		folded.WriteString(f)
		cell += w
	}
	text := folded.String()
	var spans []Span
	for _, t := range terms {
		for at := 0; at <= len(text)-len(t); {
			i := strings.Index(text[at:], t)
			if i < 0 {
				break
			}
			s, e := at+i, at+i+len(t)
			spans = append(spans, Span{Line: n, Start: startCell[s], End: endCell[e-1]})
			at = e
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
