package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces text to the form search compares. Accents and other
// combining marks are dropped, so "știri" and "stiri" meet, and ş with a
// cedilla meets ș with a comma below; decomposed and precomposed forms
// meet; Hangul stays in whole syllables (jamo typed one by one are
// composed); curly quotes, dashes and no-break spaces become the plain
// characters people type. Case is kept. These are the only folding rules:
// the index, the query, highlighting and find in document all use them.
func Fold(s string) string {
	out, _ := fold(s, false, false)
	return out
}

// FoldMap is Fold that also says where each character of the result came
// from: at[i] is the index, in runes, of the character of s that rune i of
// the folded text stands for. It is nil for ASCII, which folding leaves as
// it is.
func FoldMap(s string) (string, []int) { return fold(s, true, false) }

// foldLower is Fold then lower case, rune for rune, so positions in it are
// positions in Fold(s).
func foldLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	out, _ := fold(s, false, true)
	return out
}

// fold folds s, in lower case too if lower, with the map if wantMap.
func fold(s string, wantMap, lower bool) (string, []int) {
	if isASCII(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var at []int
	if wantMap {
		at = make([]int, 0, len(s))
	}
	var seg []rune
	from := 0 // rune index in s of the segment
	for i := 0; i < len(s); {
		// ASCII stays as it is, unless a combining mark follows it.
		if c := s[i]; c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			if lower && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			if wantMap {
				at = append(at, from)
			}
			from++
			i++
			continue
		}
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg = foldSegment(seg[:0], s[i:i+n])
		for _, r := range seg {
			if lower {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
			if wantMap {
				at = append(at, from)
			}
		}
		from += utf8.RuneCountInString(s[i : i+n])
		i += n
	}
	return b.String(), at
}

// foldSegment appends the folded form of one normalisation segment: a
// character and the marks that belong to it.
func foldSegment(dst []rune, seg string) []rune {
	if len(seg) == 1 {
		return append(dst, rune(seg[0]))
	}
	if r, size := utf8.DecodeRuneInString(seg); size == len(seg) && norm.NFD.PropertiesString(seg).Decomposition() == nil {
		// One character that does not decompose, as most are ("–", "’",
		// a Hangul syllable): no need to normalise.
		if unicode.Is(unicode.Mn, r) {
			return dst
		}
		return append(dst, plainRune(r))
	}
	start := len(dst)
	for _, r := range norm.NFD.String(seg) {
		if !unicode.Is(unicode.Mn, r) {
			dst = append(dst, plainRune(r))
		}
	}
	// Hangul decomposes into jamo, which are not marks: compose them back.
	if slices.ContainsFunc(dst[start:], isJamo) {
		composed := []rune(norm.NFC.String(string(dst[start:])))
		dst = append(dst[:start], composed...)
	}
	return dst
}

func isJamo(r rune) bool { return r >= 0x1100 && r <= 0x11FF }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

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
