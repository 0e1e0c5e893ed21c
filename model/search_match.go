package model

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The tiers of a match, before the field bonus (at most 90) is added: a
// value equal to the word, the word as a whole word, the start of a word,
// inside a word, then letters scattered through a short field. A tier always
// beats the one below it, whatever the field.
const (
	tierEqual     = 1000
	tierWord      = 800
	tierPrefixOp  = 700 // ^word: a short value starts with it
	tierWordStart = 600
	tierSuffixOp  = 500 // word$: a short value ends with it
	tierInner     = 400
	tierScattered = 150 // plus sahilm's score, kept within 1..299
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
func casedHaystack(vals [numFields][]string) haystack {
	h, buf := casedHaystackInto(vals, nil)
	h.text = string(buf)
	return h
}

// casedHaystackInto builds casedHaystack's text in buf, which the text
// refers to (so it is only good until buf is written again).
func casedHaystackInto(vals [numFields][]string, buf []byte) (haystack, []byte) {
	var h haystack
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
	h.text = unsafe.String(unsafe.SliceData(buf), len(buf))
	return h, buf
}

// matchTerm matches one word (not a scope) against a record. wantPos asks
// for the positions of a scattered match.
func (ix *Index) matchTerm(r *record, tm *term, wantPos bool) (hit, bool) {
	if tm.mask&r.mask != tm.mask {
		return hit{}, false
	}
	if !tm.cased {
		lower := haystack{text: r.text, ends: r.ends}
		return matchIn(&lower, tm.lower, tm.runes, tm.mode, tm.mask&r.shortMask == tm.mask, wantPos)
	}
	// A word with a capital: it must match in lower case, then as written.
	// Whatever matches as written matches in lower case too, so the
	// lower-case step only needs to be a quick rejection: the word
	// somewhere, or its letters in order in the short fields.
	// The fields whose lower-case text holds the word, in one pass.
	var in uint32
	for off := 0; off < len(r.text); {
		i := indexWord(r.text[off:], tm.lower)
		if i < 0 {
			break
		}
		f := r.fieldAt(off + i)
		in |= 1 << f
		off = int(r.ends[f]) // on to the next field
	}
	if in == 0 && !(tm.mode == modeFuzzy && tm.mask&r.shortMask == tm.mask &&
		bytesInOrder(r.text[:r.ends[FieldName]], tm.lower)) {
		return hit{}, false
	}
	// The haystack is built in a pooled buffer: a search may check many
	// records for a word with a capital, and nothing keeps the text.
	// Without positions to report, the summary, body and note are folded
	// only where their lower-case text holds the word: the others cannot
	// hold it as written, and the scores do not depend on their text.
	bp := casedBufs.Get().(*[]byte)
	keep := ^uint32(0)
	if !wantPos {
		keep = in
	}
	cased, buf := casedHaystackOf(r, keep, (*bp)[:0])
	h, ok := matchIn(&cased, tm.text, tm.textRunes, tm.mode, true, wantPos)
	*bp = buf
	casedBufs.Put(bp)
	return h, ok
}

var casedBufs = sync.Pool{New: func() any { return new([]byte) }}

// casedHaystackOf is casedHaystack(r.values()) built in buf (the text
// refers to it), except that a summary, body or note not in the set keep
// (bit f for field f) is left empty.
func casedHaystackOf(r *record, keep uint32, buf []byte) (haystack, []byte) {
	var h haystack
	f := Field(0)
	first := true
	eachValue(r, func(vf Field, v string) {
		for f < vf {
			h.ends[f] = uint32(len(buf))
			buf = append(buf, 0)
			f++
			first = true
		}
		if !first {
			buf = append(buf, 0)
		}
		first = false
		if vf >= FieldSummary && keep&(1<<vf) == 0 {
			return
		}
		if isPlainASCII(v) {
			buf = append(buf, v...)
		} else {
			buf = appendFold(buf, v)
		}
	})
	for ; f < numFields; f++ {
		h.ends[f] = uint32(len(buf))
		if f < numFields-1 {
			buf = append(buf, 0)
		}
	}
	h.text = unsafe.String(unsafe.SliceData(buf), len(buf))
	return h, buf
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

// matchContiguous looks at every occurrence of word and keeps the best (the
// word index scores the same way: see wordTier).
func matchContiguous(h *haystack, word string) (hit, bool) {
	text := h.text
	i := indexWord(text, word)
	if i < 0 {
		return hit{}, false
	}
	best := hit{score: -1}
	for i >= 0 {
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
		next := indexWord(text[end:], word)
		if next < 0 {
			break
		}
		i = end + next
	}
	return best, true
}

// indexWord is strings.Index(s, w) for a query word in a record's text:
// it looks for the word's least common byte (by how often it is in
// English text) and checks around each, where strings.Index starts from
// the first byte, often an "e" or a "t", found every few bytes.
func indexWord(s, w string) int {
	if len(w) < 2 || len(w) > len(s) {
		return strings.Index(s, w)
	}
	k := 0
	for j := 1; j < len(w); j++ {
		if byteCommonness[w[j]] < byteCommonness[w[k]] {
			k = j
		}
	}
	c := w[k]
	for off := k; off < len(s); {
		i := strings.IndexByte(s[off:], c)
		if i < 0 {
			return -1
		}
		at := off + i - k
		if at+len(w) > len(s) {
			return -1
		}
		if s[at:at+len(w)] == w {
			return at
		}
		off += i + 1
	}
	return -1
}

// byteCommonness ranks bytes by how often they are in (lower-case,
// folded) English text: higher is more common.
var byteCommonness = func() (t [256]uint8) {
	for c := range t {
		t[c] = 2
	}
	for i, c := range []byte("zqxjkvbpygfwmucldrhsnioate ") {
		t[c] = uint8(10 + 3*i)
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = 6
	}
	return t
}()

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
// scored as sahilm/fuzzy scores them (see fuzzyScore).
func matchScattered(h *haystack, word string, runes []rune, wantPos bool) (hit, bool) {
	best := hit{score: -1}
	forShortValues(h, func(f Field, start int, v string) {
		if s, ok := scatteredScore(v, f, word, runes); ok && s > best.score {
			best = hit{score: s, field: f, start: start, end: start + len(v)}
			if wantPos {
				_, best.pos, _ = fuzzyScore(runes, v, make([]int, 0, len(runes)))
			}
		}
	})
	return best, best.score >= 0
}

// scatteredScore scores word's letters scattered through one short value.
func scatteredScore(v string, f Field, word string, runes []rune) (int32, bool) {
	if len(runes) == len(word) && !hasUpperASCII(word) {
		// A lower-case ASCII word: in a lower-case value sahilm matches
		// exactly when the letters are there in order, byte for byte.
		if sc, ok, ascii := fuzzyScoreASCII(word, v); ascii {
			if !ok || hasUpperASCII(v) && !hasSubsequence(v, runes) {
				return 0, false
			}
			return int32(tierScattered+min(max(sc, -149), 149)) + fieldBonus[f], true
		}
	}
	if len(v) < len(word) || !hasSubsequence(v, runes) {
		return 0, false
	}
	sc, _, ok := fuzzyScore(runes, v, nil)
	if !ok {
		return 0, false
	}
	return int32(tierScattered+min(max(sc, -149), 149)) + fieldBonus[f], true
}

// scatteredOnly is matchTerm for a fuzzy word that occurs nowhere in the
// record's text as a whole (as written, for a word with a capital): only
// its letters scattered through a short value can match it. The caller
// has checked the short fields' character mask.
//
// Without score, it only says whether the word matches, and returns 1.
func (ix *Index) scatteredOnly(r *record, tm *term, score bool) (int32, bool) {
	if !tm.cased {
		return scatteredInValues(r.text[:r.ends[FieldName]], &r.ends, tm.lower, tm.runes, score)
	}
	// As written: the short values folded but not lower-cased, as
	// casedHaystack has them, without building the rest. A word with a
	// capital scattered there is in lower case in the lower-cased text
	// too, so matchTerm's first step holds.
	best := int32(-1)
	bp := casedBufs.Get().(*[]byte)
	buf := *bp
	ascii := len(tm.text) == len(tm.textRunes)
	eachShortValue(r.entry, func(f Field, v string) {
		if !score && best >= 0 {
			return
		}
		if !isPlainASCII(v) {
			// Folded in the pooled buffer, looked at, then forgotten.
			buf = appendFold(buf[:0], v)
			v = unsafe.String(unsafe.SliceData(buf), len(buf))
		}
		if len(v) < len(tm.text) || !hasSubsequence(v, tm.textRunes) {
			return
		}
		if !score {
			best = 1 // in order: sahilm/fuzzy matches it
			return
		}
		sc, ok := 0, false
		if ascii && isPlainASCII(v) {
			sc, ok, _ = fuzzyScoreASCII(tm.text, v)
		} else {
			sc, _, ok = fuzzyScore(tm.textRunes, v, nil)
		}
		if s := int32(tierScattered+min(max(sc, -149), 149)) + fieldBonus[f]; ok && s > best {
			best = s
		}
	})
	*bp = buf
	casedBufs.Put(bp)
	return best, best >= 0
}

// scatteredInValues is matchScattered's score over the short values at
// the start of a record's text (short, up to the end of the names), value
// by value. Without score, it only says whether some value holds the
// word's characters in order (which is when sahilm/fuzzy finds a match),
// and returns 1.
func scatteredInValues(short string, ends *[numFields]uint32, word string, runes []rune, score bool) (int32, bool) {
	best := int32(-1)
	ascii := len(runes) == len(word)
	f := Field(0)
	for start := 0; start < len(short); {
		stop := len(short)
		if k := strings.IndexByte(short[start:], 0); k >= 0 {
			stop = start + k
		}
		for f < FieldName && uint32(start) >= ends[f] {
			f++
		}
		if v := short[start:stop]; len(v) >= len(word) {
			if !score {
				if ascii && bytesInOrder(v, word) || !ascii && hasSubsequence(v, runes) {
					return 1, true
				}
			} else if s, ok := scatteredScore(v, f, word, runes); ok && s > best {
				best = s
			}
		}
		start = stop + 1
	}
	return best, best >= 0
}

// scatteredLowerASCII is scatteredInValues with scores, for an ASCII word
// and short values that are all ASCII: fuzzyScoreLower on each value.
func scatteredLowerASCII(short string, ends *[numFields]uint32, word string) (int32, bool) {
	best := int32(-1)
	f := Field(0)
	for start := 0; start < len(short); {
		stop := len(short)
		if k := strings.IndexByte(short[start:], 0); k >= 0 {
			stop = start + k
		}
		for f < FieldName && uint32(start) >= ends[f] {
			f++
		}
		if v := short[start:stop]; len(v) >= len(word) {
			if sc, ok := fuzzyScoreLower(word, v); ok {
				best = max(best, int32(tierScattered+min(max(sc, -149), 149))+fieldBonus[f])
			}
		}
		start = stop + 1
	}
	return best, best >= 0
}

// bytesInOrder reports whether the bytes of p occur in s in order. For an
// ASCII p that is its characters occurring in order; for any p, it is true
// whenever they do, so a quick rejection.
func bytesInOrder(s, p string) bool {
	for i := 0; i < len(p); i++ {
		k := strings.IndexByte(s, p[i])
		if k < 0 {
			return false
		}
		s = s[k+1:]
	}
	return true
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
