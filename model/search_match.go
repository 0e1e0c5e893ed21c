package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// The tiers of a match, before the field bonus (at most 90) is added: a
// value equal to the word, the word as a whole word, the start of a word,
// inside a word, then letters scattered through a short field. A tier always
// beats the one below it, whatever the field.
const (
	tierEqual      = 1000
	tierWord       = 800
	tierPrefixOp   = 700 // ^word: a short value starts with it
	tierWordStart  = 600
	tierSuffixOp   = 500 // word$: a short value ends with it
	tierInner      = 400
	tierScattered  = 150 // plus sahilm's score, kept within 1..299
	maxOccurrences = 24  // occurrences of a word looked at per item
)

// hit is where one query word matched in one item.
type hit struct {
	score      int32
	field      Field
	start, end int   // byte range in the searched text (contiguous match), or the value's range (scattered)
	pos        []int // scattered match: byte offsets in the value
}

// haystack is a record's text in one case form, with its field ends.
type haystack struct {
	text string
	ends [numFields]uint32
}

func (h *haystack) fieldAt(off int) Field {
	for f := Field(0); f < numFields; f++ {
		if uint32(off) < h.ends[f] {
			return f
		}
	}
	return FieldBody
}

// casedHaystack folds a record's fields without lower-casing them, for
// words with a capital letter (smart case). Built only for such words, and
// only for items that already matched in lower case.
func casedHaystack(e Entry) haystack {
	var h haystack
	var buf []byte
	vals := fieldValues(e)
	for f := Field(0); f < numFields; f++ {
		if f > 0 {
			buf = append(buf, 0)
		}
		for j, v := range vals[f] {
			if j > 0 {
				buf = append(buf, 0)
			}
			buf = append(buf, Fold(v)...)
		}
		h.ends[f] = uint32(len(buf))
	}
	h.text = string(buf)
	return h
}

// matchTerm matches one word (not a scope) against a record. wantPos asks
// for the positions of a scattered match.
func (ix *Index) matchTerm(r *record, tm *term, wantPos bool) (hit, bool) {
	if !ix.noMask && tm.mask&r.mask != tm.mask {
		return hit{}, false
	}
	lower := haystack{text: r.text, ends: r.ends}
	h, ok := matchIn(&lower, tm.lower, tm.runes, tm.mode, tm.mask&r.shortMask == tm.mask || ix.noMask, wantPos)
	if !ok || !tm.cased {
		return h, ok
	}
	cased := casedHaystack(r.entry)
	return matchIn(&cased, tm.text, []rune(tm.text), tm.mode, true, wantPos)
}

// matchIn finds the best match of a word in a haystack.
func matchIn(h *haystack, word string, runes []rune, mode matchMode, shortMayHold, wantPos bool) (hit, bool) {
	switch mode {
	case modePrefix, modeSuffix, modeEqual:
		return matchAnchored(h, word, mode)
	}
	if best, ok := matchContiguous(h, word); ok {
		return best, true
	}
	if mode != modeFuzzy || !shortMayHold {
		return hit{}, false
	}
	return matchScattered(h, word, runes, wantPos)
}

// matchContiguous looks at the occurrences of word and keeps the best.
func matchContiguous(h *haystack, word string) (hit, bool) {
	text := h.text
	i := strings.Index(text, word)
	if i < 0 {
		return hit{}, false
	}
	best := hit{score: -1}
	for n := 0; i >= 0 && n < maxOccurrences; n++ {
		end := i + len(word)
		f := h.fieldAt(i)
		var tier int32
		switch {
		case f.short() && (i == 0 || text[i-1] == 0) && (end == len(text) || text[end] == 0):
			tier = tierEqual
		case wordBoundaryBefore(text, i):
			tier = tierWordStart
			if wordBoundaryAfter(text, end) || pluralEnd(text, end) {
				tier = tierWord
			}
		default:
			tier = tierInner
		}
		if s := tier + fieldBonus[f]; s > best.score {
			best = hit{score: s, field: f, start: i, end: end}
			if s == tierEqual+fieldBonus[0] {
				break
			}
		}
		next := strings.Index(text[end:], word)
		if next < 0 {
			break
		}
		i = end + next
	}
	return best, true
}

// matchAnchored serves ^prefix, suffix$ and ^equal$ on the short values.
func matchAnchored(h *haystack, word string, mode matchMode) (hit, bool) {
	best := hit{score: -1}
	forShortValues(h, func(f Field, start int, v string) {
		var tier int32
		switch {
		case v == word:
			tier = tierEqual
		case mode == modePrefix && strings.HasPrefix(v, word):
			tier = tierPrefixOp
		case mode == modeSuffix && strings.HasSuffix(v, word):
			tier = tierSuffixOp
		default:
			return
		}
		if s := tier + fieldBonus[f]; s > best.score {
			at := start
			if mode == modeSuffix {
				at = start + len(v) - len(word)
			}
			best = hit{score: s, field: f, start: at, end: at + len(word)}
		}
	})
	return best, best.score >= 0
}

// matchScattered finds the word's letters in order within one short value,
// scored by sahilm/fuzzy.
func matchScattered(h *haystack, word string, runes []rune, wantPos bool) (hit, bool) {
	best := hit{score: -1}
	forShortValues(h, func(f Field, start int, v string) {
		if len(v) < len(word) || !hasSubsequence(v, runes) {
			return
		}
		ms := fuzzy.FindNoSort(word, []string{v})
		if len(ms) == 0 {
			return
		}
		s := int32(tierScattered+min(max(ms[0].Score, -149), 149)) + fieldBonus[f]
		if s > best.score {
			best = hit{score: s, field: f, start: start, end: start + len(v)}
			if wantPos {
				best.pos = ms[0].MatchedIndexes
			}
		}
	})
	return best, best.score >= 0
}

// forShortValues calls fn for each value of the short fields: the id, the
// title, each alias and each name.
func forShortValues(h *haystack, fn func(f Field, start int, v string)) {
	end := int(h.ends[FieldName])
	start := 0
	for start <= end {
		n := strings.IndexByte(h.text[start:end], 0)
		stop := end
		if n >= 0 {
			stop = start + n
		}
		if stop > start {
			fn(h.fieldAt(start), start, h.text[start:stop])
		}
		start = stop + 1
	}
}

// hasSubsequence reports whether the runes occur in s in order.
func hasSubsequence(s string, runes []rune) bool {
	for _, r := range runes {
		var i int
		if r < utf8.RuneSelf {
			i = strings.IndexByte(s, byte(r))
		} else {
			i = strings.IndexRune(s, r)
		}
		if i < 0 {
			return false
		}
		s = s[i+utf8.RuneLen(r):]
	}
	return true
}

// pluralEnd reports whether the word ends at i but for a plural "s" or
// "es", so that "cable" counts as the whole word in "cables".
func pluralEnd(s string, i int) bool {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "es"):
		return wordBoundaryAfter(s, i+2)
	case strings.HasPrefix(rest, "s"):
		return wordBoundaryAfter(s, i+1)
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func wordBoundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !isWordByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

func wordBoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if c := s[i]; c < utf8.RuneSelf {
		return !isWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// matchScope reports whether a record is within a scope.
func (ix *Index) matchScope(r *record, tm *term) bool {
	switch tm.scope {
	case scopeKind:
		return slices.Contains(tm.kinds, r.entry.Base().Kind)
	case scopeArea:
		for _, a := range r.areas {
			if slices.Contains(tm.areas, int(a)) {
				return true
			}
		}
	case scopeCouncil:
		for _, c := range r.councils {
			if slices.Contains(tm.council, int(c)) {
				return true
			}
		}
	case scopeYear:
		return r.yearLo != 0 && int(r.yearLo) <= tm.year && tm.year <= int(r.yearHi)
	case scopeStatus:
		return r.status != 0 && slices.Contains(tm.status, Statuses()[r.status-1])
	}
	return false
}

// evalTerm says whether a record satisfies one alternative, and how well.
func (ix *Index) evalTerm(r *record, tm *term, wantPos bool) (hit, bool) {
	var h hit
	var ok bool
	if tm.scope != scopeNone {
		ok = ix.matchScope(r, tm)
		h = hit{score: 0, field: numFields}
	} else {
		h, ok = ix.matchTerm(r, tm, wantPos)
	}
	if tm.negate {
		return hit{score: 0, field: numFields}, !ok
	}
	return h, ok
}
