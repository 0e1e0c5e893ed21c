package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// snippetRunes is how much of a line a snippet shows, and snippetLead how
// much of it comes before the match.
const (
	snippetRunes = 90
	snippetLead  = 25
)

// result works out what to show of one hit: the field it matched in, a
// snippet and the matched characters.
func (ix *Index) result(q *query, m scored) Result {
	r := &ix.recs[m.rec]
	it := r.entry.Base()
	res := Result{ID: it.ID, Kind: it.Kind, Title: it.Title, Score: int(m.score), Field: FieldSummary, Entry: r.entry}
	// The word that scored best decides where the snippet comes from.
	var best hit
	var bestTerm *term
	best.score = -1
	for _, g := range q.groups {
		for _, tm := range g {
			if tm.scope != scopeNone || tm.negate {
				continue
			}
			if h, ok := ix.matchTerm(r, tm, true); ok && h.score > best.score {
				best, bestTerm = h, tm
			}
		}
	}
	words := queryWords(q)
	if bestTerm != nil {
		res.Field = best.field
	}
	vals := r.values()
	// The title: every word found in it, plus a scattered match's letters.
	res.TitleMatches = rangesToIndexes(MatchRanges(it.Title, words))
	if bestTerm != nil && best.field == FieldTitle && best.pos != nil {
		res.TitleMatches = mergeIndexes(res.TitleMatches, scatteredIndexes(it.Title, best.pos, bestTerm.cased))
	}
	switch {
	case bestTerm == nil || best.field == FieldID || best.field == FieldTitle:
		res.Snippet = oneLine(it.Summary, 0)
		res.SnippetMatches = rangesToIndexes(MatchRanges(res.Snippet, words))
	case best.field == FieldAlias || best.field == FieldName:
		v := valueAt(r, vals, best)
		prefix := ""
		if best.field == FieldAlias {
			prefix = "also: "
		}
		res.Snippet = prefix + v
		idx := rangesToIndexes(MatchRanges(v, words))
		if best.pos != nil {
			idx = mergeIndexes(idx, scatteredIndexes(v, best.pos, bestTerm.cased))
		}
		shift := utf8.RuneCountInString(prefix)
		for i := range idx {
			idx[i] += shift
		}
		res.SnippetMatches = idx
	default:
		v := valueAt(r, vals, best)
		at := matchRune(v, bestTerm)
		res.Snippet = oneLine(v, at)
		res.SnippetMatches = rangesToIndexes(MatchRanges(res.Snippet, words))
	}
	labelNote(&res)
	if res.TitleMatches == nil {
		res.TitleMatches = []int{}
	}
	if res.SnippetMatches == nil {
		res.SnippetMatches = []int{}
	}
	return res
}

// valueAt is the original text of the value a hit fell in.
func valueAt(r *record, vals [numFields][]string, h hit) string {
	start := int(r.fieldStart(h.field))
	n := strings.Count(r.text[start:h.start], "\x00")
	if list := vals[h.field]; n < len(list) {
		return list[n]
	}
	return ""
}

// matchRune finds where a word first occurs in a value, in runes of the
// original value.
func matchRune(v string, tm *term) int {
	rs := MatchRanges(v, []string{tm.text})
	if len(rs) == 0 {
		return 0
	}
	return rs[0][0]
}

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

// scatteredIndexes turns a scattered match's byte offsets (in the folded,
// possibly lower-cased value) into rune indexes of the original value.
func scatteredIndexes(orig string, pos []int, cased bool) []int {
	folded, at := FoldMap(orig)
	if !cased {
		folded = strings.Map(unicode.ToLower, folded)
	}
	idx := runeOffsets(folded, pos)
	if at != nil {
		for i, r := range idx {
			if r < len(at) {
				idx[i] = at[r]
			}
		}
	}
	return idx
}

// MatchRanges finds the words in text as search does (accents folded, case
// ignored unless a word has a capital) and returns the matches as
// half-open ranges of rune (character) indexes into text, in order and
// merged where they touch. Use it to highlight a detail and for find in
// document.
func MatchRanges(text string, words []string) [][2]int {
	if text == "" || len(words) == 0 {
		return nil
	}
	folded, at := FoldMap(text)
	origRunes := 0
	if at != nil {
		origRunes = utf8.RuneCountInString(text)
	}
	lower := ""
	var out [][2]int
	for _, w := range words {
		w = Fold(w)
		if w == "" {
			continue
		}
		hay := folded
		if strings.ToLower(w) == w {
			if lower == "" {
				lower = strings.Map(unicode.ToLower, folded)
			}
			hay = lower
		}
		runeAt, byteAt := 0, 0
		for off := 0; ; {
			i := strings.Index(hay[off:], w)
			if i < 0 {
				break
			}
			i += off
			runeAt += utf8.RuneCountInString(hay[byteAt:i])
			byteAt = i
			n := utf8.RuneCountInString(w)
			lo, hi := runeAt, runeAt+n
			if at != nil {
				end := origRunes
				if hi < len(at) {
					end = max(at[hi], at[hi-1]+1)
				}
				lo, hi = at[lo], end
			}
			out = append(out, [2]int{lo, hi})
			off = i + len(w)
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

// rangesToIndexes lists every rune index the ranges cover.
func rangesToIndexes(rs [][2]int) []int {
	var out []int
	for _, r := range rs {
		for i := r[0]; i < r[1]; i++ {
			out = append(out, i)
		}
	}
	return out
}

func mergeIndexes(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
