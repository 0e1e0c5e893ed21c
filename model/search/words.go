package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word is a run of letters and digits ("6g", "반도체를", "2024"). Words
// joined by a hyphen, a dot, an apostrophe, an ampersand or an underscore
// also make a compound ("co-chair", "dpc-2.13", "r&d", "itu-t"), searched
// as a whole too, so that an id or a hyphenated word can be typed as it is
// written.

// maxCompound bounds a compound: longer runs are addresses or file names,
// and their words are enough.
const maxCompound = 48

// span is one word of a text: its folded, lower-case form and where it is.
// For text that was given folded and lower-cased, lo and hi are byte
// offsets in it; wordSpans gives rune indexes of the original instead.
type span struct {
	word     string
	lo, hi   int
	compound bool
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool { return r == '-' || r == '.' || r == '\'' || r == '&' || r == '_' }

// splitWords lists the words of folded, lower-case text in order, each run
// of letters and digits, then after each compound's last word the compound
// itself.
func splitWords(s string, out []span) []span {
	compStart, compWords := -1, 0
	endCompound := func(end int) {
		if compWords > 1 && end-compStart <= maxCompound {
			out = append(out, span{word: s[compStart:end], lo: compStart, hi: end, compound: true})
		}
		compStart, compWords = -1, 0
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			// A joiner between two words keeps a compound going.
			if compStart >= 0 && isJoiner(r) && i+size < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(next) {
					i += size
					continue
				}
			}
			if compStart >= 0 {
				endCompound(i)
			}
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			i += size
		}
		out = append(out, span{word: s[start:i], lo: start, hi: i})
		if compStart < 0 {
			compStart = start
		}
		compWords++
	}
	if compStart >= 0 {
		endCompound(len(s))
	}
	return out
}

// wordSpans lists the words of any text that are in want, as splitWords
// finds them, with their places as rune indexes of s: what highlighting
// needs.
func wordSpans(s string, want map[string]bool) []span {
	folded, at := FoldMap(s)
	lower := strings.Map(unicode.ToLower, folded)
	var spans []span
	for _, sp := range splitWords(lower, nil) {
		if want[sp.word] {
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		return nil
	}
	// Byte offsets in lower to rune indexes of lower, then of s.
	runes := func(b int) int { return utf8.RuneCountInString(lower[:b]) }
	origRunes := 0
	if at != nil {
		origRunes = utf8.RuneCountInString(s)
	}
	for i := range spans {
		lo, hi := runes(spans[i].lo), runes(spans[i].hi)
		if at != nil {
			end := origRunes
			if hi < len(at) {
				end = max(at[hi], at[hi-1]+1)
			}
			lo, hi = at[lo], end
		}
		spans[i].lo, spans[i].hi = lo, hi
	}
	return spans
}

// simpleWords lists the words of a phrase that are not compounds: what a
// phrase is matched word by word on.
func simpleWords(s string) []string {
	var out []string
	for _, sp := range splitWords(foldLower(s), nil) {
		if !sp.compound {
			out = append(out, sp.word)
		}
	}
	return out
}
