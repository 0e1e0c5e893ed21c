package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// highlight lists the characters (rune indexes into text) of its words
// that are among terms: whole words, compounds, and the words of phrases.
func highlight(text string, terms []string) []int {
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
		for _, w := range strings.Fields(t) {
			want[w] = true
		}
	}
	out := []int{}
	for _, sp := range wordSpans(text, want) {
		for i := sp.lo; i < sp.hi; i++ {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// MatchRanges finds words in text as find in document does: each word
// anywhere, accents folded both ways, case ignored unless the word has a
// capital; a word of one piece ("codeweek") also where the text writes it
// as two ("Code Week", "code-week"), as the index joins them. It returns
// half-open ranges of rune (character) indexes into text, in order,
// merged where they touch.
func MatchRanges(text string, words []string) [][2]int {
	if text == "" || len(words) == 0 {
		return nil
	}
	folded, at := FoldMap(text)
	n := utf8.RuneCountInString(text)
	var folds, lowers []rune
	var out [][2]int
	for _, w := range words {
		w = Fold(w)
		if w == "" {
			continue
		}
		if folds == nil {
			folds = []rune(folded)
		}
		hay := folds
		if strings.ToLower(w) == w {
			if lowers == nil {
				lowers = []rune(strings.Map(unicode.ToLower, folded))
			}
			hay = lowers
		}
		for _, r := range occurrences(hay, []rune(w)) {
			lo, hi := r[0], r[1]
			if at != nil {
				end := n
				if hi < len(at) {
					end = max(at[hi], at[hi-1]+1)
				}
				lo, hi = at[lo], end
			}
			out = append(out, [2]int{lo, hi})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	merged := out[:0]
	for _, r := range out {
		if k := len(merged) - 1; k >= 0 && r[0] <= merged[k][1] {
			merged[k][1] = max(merged[k][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// occurrences finds w in hay, as rune ranges, without overlaps. A space or
// a hyphen between two letters of hay may be left out ("codeweek" in
// "code week"), when the match starts and ends on whole words of hay: one
// piece never matches across words it only touches ("eua" in "eu agree").
func occurrences(hay, w []rune) [][2]int {
	var out [][2]int
	for lo := 0; lo+len(w) <= len(hay); {
		hi, joined, ok := matchAt(hay, w, lo)
		if ok && (!joined || (wordStart(hay, lo) && wordEnd(hay, hi))) {
			out = append(out, [2]int{lo, hi})
			lo = hi
			continue
		}
		lo++
	}
	return out
}

// matchAt matches w in hay from lo, and says where the match ends and
// whether it left out a separator.
func matchAt(hay, w []rune, lo int) (hi int, joined, ok bool) {
	i := lo
	for j := 0; j < len(w); j++ {
		if i < len(hay) && hay[i] == w[j] {
			i++
			continue
		}
		if j > 0 && i+1 < len(hay) && isSplit(hay[i]) && isWordRune(hay[i-1]) && hay[i+1] == w[j] && !isSplit(w[j]) {
			i += 2
			joined = true
			continue
		}
		return 0, false, false
	}
	return i, joined, true
}

// isSplit is what may part the halves of a word written in one piece.
func isSplit(r rune) bool { return r == ' ' || r == '-' }

func wordStart(hay []rune, i int) bool { return i == 0 || !isWordRune(hay[i-1]) }
func wordEnd(hay []rune, i int) bool   { return i == len(hay) || !isWordRune(hay[i]) }

// snippetRunes is how much of a line a snippet shows, and snippetLead how
// much of it comes before the match.
const (
	snippetRunes = 90
	snippetLead  = 25
)

// oneLine cuts a snippet from text: the line holding rune at, at most
// snippetRunes long, with an ellipsis where it was cut.
func oneLine(text string, at int) string {
	rs := []rune(text)
	at = min(max(at, 0), len(rs))
	lo := at
	for lo > 0 && rs[lo-1] != '\n' {
		lo--
	}
	hi := at
	for hi < len(rs) && rs[hi] != '\n' {
		hi++
	}
	start := max(lo, at-snippetLead)
	if start > lo {
		// Start at a word.
		for start < at && !unicode.IsSpace(rs[start-1]) {
			start++
		}
	}
	end := min(hi, start+snippetRunes)
	line := strings.TrimSpace(string(rs[start:end]))
	if start > lo {
		line = "…" + line
	}
	if end < hi {
		line += "…"
	}
	return line
}
