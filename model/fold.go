package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces text to the form search compares: accents and other
// combining marks are dropped (so "știri" and "stiri" meet, and ş with a
// cedilla meets ș with a comma below), decomposed and precomposed forms meet,
// Hangul stays in whole syllables (jamo sequences are composed), and curly
// quotes, dashes and no-break spaces become their plain forms. Case is kept:
// smart case decides per query word whether it matters.
func Fold(s string) string {
	if isPlainASCII(s) {
		return s
	}
	out, _ := foldMap(s, false)
	return out
}

// FoldMap is Fold that also says where each rune of the result came from:
// at[i] is the index of the rune of s (counted in runes) that rune i of the
// folded text stands for. It is nil when the folded text is s itself.
func FoldMap(s string) (string, []int) {
	if isPlainASCII(s) {
		return s, nil
	}
	return foldMap(s, true)
}

// foldLower is Fold followed by lower case, rune for rune, so that positions
// in the result are positions in Fold(s).
func foldLower(s string) string {
	if isPlainASCII(s) {
		if !hasUpperASCII(s) {
			return s
		}
		return strings.ToLower(s)
	}
	return strings.Map(unicode.ToLower, Fold(s))
}

// isPlainASCII reports whether s holds only printable ASCII, spaces and
// newlines: text that folding leaves as it is.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func foldMap(s string, wantMap bool) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	var at []int
	if wantMap {
		at = make([]int, 0, utf8.RuneCountInString(s))
	}
	runeIndex := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// A following combining mark belongs to this letter's segment.
			if i+1 == len(s) || s[i+1] < utf8.RuneSelf {
				b.WriteByte(c)
				if wantMap {
					at = append(at, runeIndex)
				}
				i++
				runeIndex++
				continue
			}
		}
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		for _, r := range foldSegment(seg) {
			b.WriteRune(r)
			if wantMap {
				at = append(at, runeIndex)
			}
		}
		runeIndex += utf8.RuneCountInString(seg)
		i += n
	}
	return b.String(), at
}

// foldSegment folds one normalisation segment: a starter and the marks that
// go with it.
func foldSegment(seg string) []rune {
	composed := norm.NFC.String(seg)
	if r, _ := utf8.DecodeRuneInString(composed); isHangulSyllable(r) {
		return []rune(composed)
	}
	var out []rune
	for _, r := range norm.NFD.String(seg) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		out = append(out, plainRune(r))
	}
	return out
}

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// plainRune maps typographic variants to the character people type.
func plainRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02BC', '\u2032':
		return '\''
	case '\u201C', '\u201D', '\u201E':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	case '\u00A0', '\u2007', '\u202F', '\u2009':
		return ' '
	case 'ı':
		return 'i'
	case 'ł':
		return 'l'
	case 'Ł':
		return 'L'
	case 'ø':
		return 'o'
	case 'Ø':
		return 'O'
	case 'đ':
		return 'd'
	case 'Đ':
		return 'D'
	}
	return r
}

// runeOffsets converts byte offsets into s to rune (character) indexes.
// Offsets must be ascending; an offset inside a rune counts as that rune.
func runeOffsets(s string, bytePos []int) []int {
	out := make([]int, len(bytePos))
	r, b := 0, 0
	for k, p := range bytePos {
		for b < p && b < len(s) {
			_, size := utf8.DecodeRuneInString(s[b:])
			if b+size > p {
				break
			}
			b += size
			r++
		}
		out[k] = r
	}
	return out
}
