package model

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
		folded, n := nextFolded(s, i)
		for _, r := range folded {
			b.WriteRune(r)
			if wantMap {
				at = append(at, runeIndex)
			}
		}
		runeIndex += utf8.RuneCountInString(s[i : i+n])
		i += n
	}
	return b.String(), at
}

// appendFold appends Fold(s) to buf.
func appendFold(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		// A run of ASCII is copied as it is, but for its last character
		// when a mark may follow it.
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		if j > i {
			if j < len(s) {
				j-- // the character before non-ASCII goes with what follows
			}
			buf = append(buf, s[i:j]...)
			i = j
			if i == len(s) {
				break
			}
		}
		folded, n := nextFolded(s, i)
		for _, r := range folded {
			buf = utf8.AppendRune(buf, r)
		}
		i += n
	}
	return buf
}

// appendFoldLowerText appends foldLower(s) to buf without building Fold(s)
// and its lower-case copy: foldMap's steps, each rune lower-cased as it is
// written.
func appendFoldLowerText(buf []byte, s string) []byte {
	buf, _ = appendFoldLowerMask(buf, s)
	return buf
}

// appendFoldLowerMask is appendFoldLowerText that also returns charMask of
// what it appended, worked out in the same pass.
func appendFoldLowerMask(buf []byte, s string) ([]byte, uint64) {
	buf = slices.Grow(buf, len(s))
	var m uint64
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			m |= 1 << asciiBit[c]
			buf = append(buf, c)
			i++
			continue
		}
		folded, n := nextFolded(s, i)
		for _, r := range folded {
			r = unicode.ToLower(r)
			if !utf8.ValidRune(r) {
				r = utf8.RuneError // as AppendRune writes it, and charMask reads it
			}
			buf = utf8.AppendRune(buf, r)
			if r < utf8.RuneSelf {
				m |= 1 << asciiBit[r]
			} else {
				m |= 1 << (36 + uint(r)%27)
			}
		}
		i += n
	}
	return buf, m
}

// foldRune is foldSegment of one character, cached: Latin letters with
// accents are most of the text that folding changes.
func foldRune(r rune) []rune {
	if isHangulSyllable(r) {
		hangulOnce.Do(func() {
			hangul = make([]rune, 0xD7A4-0xAC00)
			for i := range hangul {
				hangul[i] = 0xAC00 + rune(i)
			}
		})
		return hangul[r-0xAC00 : r-0xAC00+1] // a syllable stays whole
	}
	if r < foldTableSize {
		// Filled as characters are met: two goroutines may both fold one,
		// to the same result.
		if p := foldTable[r].Load(); p != nil {
			return *p
		}
		out := foldSegment(string(r))
		foldTable[r].Store(&out)
		return out
	}
	if v, ok := foldCache.Load(r); ok {
		return v.([]rune)
	}
	out := foldSegment(string(r))
	foldCache.Store(r, out)
	return out
}

const foldTableSize = 0x800 // Latin, Greek, Cyrillic, Hebrew, Arabic

var (
	foldTable  [foldTableSize]atomic.Pointer[[]rune]
	hangulOnce sync.Once
	hangul     []rune   // every Hangul syllable, each its own fold
	foldCache  sync.Map // rune -> []rune, for the rest
)

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

// nextFolded folds the segment of s that starts at byte i: one character
// with the marks that belong to it (an NFC boundary to the next). It
// returns the folded runes and the segment's length in bytes.
func nextFolded(s string, i int) ([]rune, int) {
	n := norm.NFC.NextBoundaryInString(s[i:], true)
	if n <= 0 {
		n = len(s) - i
	}
	seg := s[i : i+n]
	if r, size := utf8.DecodeRuneInString(seg); size == n && r >= utf8.RuneSelf && r != utf8.RuneError {
		return foldRune(r), n // a character alone, as most are: cached
	}
	return foldSegment(seg), n
}
