package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scattered-letter score is github.com/sahilm/fuzzy's, computed here
// for one value at a time without allocating: fuzzy.FindNoSort builds a
// slice of matches and of matched indexes for every call, and a search
// over many items calls it for each. fuzzyScore follows fuzzy v0.1.3's
// FindFromIterNoSort step for step (TestFuzzyScoreIsSahilms compares them
// on many strings), so scores and matched positions are the same.
const (
	fzFirstCharMatchBonus            = 10
	fzMatchFollowingSeparatorBonus   = 20
	fzCamelCaseMatchBonus            = 20
	fzAdjacentMatchBonus             = 5
	fzUnmatchedLeadingCharPenalty    = -5
	fzMaxUnmatchedLeadingCharPenalty = -15
)

// fuzzyScore scores pattern's runes scattered through s as sahilm/fuzzy
// does. pos, when not nil, receives the matched byte offsets (its length is
// reset); ok is false when s does not hold every rune in order.
func fuzzyScore(runes []rune, s string, pos []int) (score int, outPos []int, ok bool) {
	if len(runes) == 0 {
		return 0, pos, false
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	pos = pos[:0]
	matched := 0
	lastMatch := -1
	var sc int
	patternIndex := 0
	bestScore := -1
	matchedIndex := -1
	currAdjacentMatchBonus := 0
	var last rune
	var lastIndex int
	nextc, nextSize := utf8.DecodeRuneInString(s)
	var candidate rune
	var candidateSize int
	for j := 0; j < len(s); j += candidateSize {
		candidate, candidateSize = nextc, nextSize
		if fzEqualFold(candidate, runes[patternIndex]) {
			sc = 0
			if j == 0 {
				sc += fzFirstCharMatchBonus
			}
			if unicode.IsLower(last) && unicode.IsUpper(candidate) {
				sc += fzCamelCaseMatchBonus
			}
			if j != 0 && fzIsSeparator(last) {
				sc += fzMatchFollowingSeparatorBonus
			}
			if matched > 0 {
				bonus := 0
				if lastMatch == lastIndex {
					bonus = currAdjacentMatchBonus*2 + fzAdjacentMatchBonus
				}
				sc += bonus
				currAdjacentMatchBonus += bonus
			}
			if sc > bestScore {
				bestScore = sc
				matchedIndex = j
			}
		}
		var nextp rune
		if patternIndex < len(runes)-1 {
			nextp = runes[patternIndex+1]
		}
		if j+candidateSize < len(s) {
			if s[j+candidateSize] < utf8.RuneSelf {
				nextc, nextSize = rune(s[j+candidateSize]), 1
			} else {
				nextc, nextSize = utf8.DecodeRuneInString(s[j+candidateSize:])
			}
		} else {
			nextc, nextSize = 0, 0
		}
		if fzEqualFold(nextp, nextc) || nextc == 0 {
			if matchedIndex > -1 {
				if matched == 0 {
					bestScore += max(matchedIndex*fzUnmatchedLeadingCharPenalty, fzMaxUnmatchedLeadingCharPenalty)
				}
				score += bestScore
				matched++
				lastMatch = matchedIndex
				if pos != nil {
					pos = append(pos, matchedIndex)
				}
				sc = 0
				bestScore = -1
				patternIndex++
			}
		}
		lastIndex = j
		last = candidate
	}
	score += matched - len(s)
	return score, pos, matched == len(runes)
}

// fzEqualFold is sahilm/fuzzy's equalFold (taken from strings.EqualFold).
func fzEqualFold(tr, sr rune) bool {
	if tr == sr {
		return true
	}
	if tr < sr {
		tr, sr = sr, tr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

func fzIsSeparator(r rune) bool {
	switch r {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}

// fuzzyScoreASCII is fuzzyScore for an ASCII pattern and value, byte by
// byte; ok is false when the value does not hold the pattern in order.
// ascii is false, and nothing else is meaningful, when s has a byte
// outside ASCII: then fuzzyScore must be used.
func fuzzyScoreASCII(p, s string) (score int, ok, ascii bool) {
	matched := 0
	lastMatch := -1
	patternIndex := 0
	bestScore := -1
	matchedIndex := -1
	currAdjacentMatchBonus := 0
	var last byte
	lastIndex := 0
	pc := p[0]
	var nextp byte
	if len(p) > 1 {
		nextp = p[1]
	}
	for j := 0; j < len(s); j++ {
		c := s[j]
		if c >= utf8.RuneSelf {
			return 0, false, false
		}
		if asciiEqualFold(c, pc) {
			sc := 0
			if j == 0 {
				sc += fzFirstCharMatchBonus
			}
			if 'a' <= last && last <= 'z' && 'A' <= c && c <= 'Z' {
				sc += fzCamelCaseMatchBonus
			}
			if j != 0 && fzIsSeparator(rune(last)) {
				sc += fzMatchFollowingSeparatorBonus
			}
			if matched > 0 {
				bonus := 0
				if lastMatch == lastIndex {
					bonus = currAdjacentMatchBonus*2 + fzAdjacentMatchBonus
				}
				sc += bonus
				currAdjacentMatchBonus += bonus
			}
			if sc > bestScore {
				bestScore = sc
				matchedIndex = j
			}
		}
		var nextc byte
		if j+1 < len(s) {
			nextc = s[j+1]
			if nextc >= utf8.RuneSelf {
				return 0, false, false
			}
		}
		if nextc == 0 || asciiEqualFold(nextp, nextc) {
			if matchedIndex > -1 {
				if matched == 0 {
					bestScore += max(matchedIndex*fzUnmatchedLeadingCharPenalty, fzMaxUnmatchedLeadingCharPenalty)
				}
				score += bestScore
				matched++
				lastMatch = matchedIndex
				bestScore = -1
				patternIndex++
				if patternIndex < len(p) {
					pc = p[patternIndex]
				} else {
					pc = 0 // nothing left to match: sahilm compares with a rune past the end only when the value ends
				}
				nextp = 0
				if patternIndex+1 < len(p) {
					nextp = p[patternIndex+1]
				}
			}
		}
		lastIndex = j
		last = c
	}
	score += matched - len(s)
	return score, matched == len(p), true
}

func asciiEqualFold(a, b byte) bool {
	if a == b {
		return true
	}
	a |= 0x20
	return a == b|0x20 && 'a' <= a && a <= 'z'
}

// fuzzyScoreLower is fuzzyScore for a pattern and a value that are both
// ASCII without capitals (the lower-cased text): there sahilm's equalFold
// is equality and there are no camel-case bonuses, so it is a plain loop
// over the bytes.
func fuzzyScoreLower(p, s string) (score int, ok bool) {
	m := len(p)
	matched := 0
	lastMatch := -1
	bestScore := -1
	matchedIndex := -1
	currAdj := 0
	pi := 0
	pc, nextp := p[0], byte(0)
	if m > 1 {
		nextp = p[1]
	}
	for j := 0; j < len(s); j++ {
		if s[j] == pc {
			sc := 0
			if j == 0 {
				sc = fzFirstCharMatchBonus
			} else if fzIsSeparator(rune(s[j-1])) {
				sc = fzMatchFollowingSeparatorBonus
			}
			if matched > 0 && lastMatch == j-1 {
				bonus := currAdj*2 + fzAdjacentMatchBonus
				sc += bonus
				currAdj += bonus
			}
			if sc > bestScore {
				bestScore, matchedIndex = sc, j
			}
		}
		if (j+1 == len(s) || s[j+1] == nextp) && matchedIndex > -1 {
			if matched == 0 {
				bestScore += max(matchedIndex*fzUnmatchedLeadingCharPenalty, fzMaxUnmatchedLeadingCharPenalty)
			}
			score += bestScore
			matched++
			lastMatch = matchedIndex
			bestScore = -1
			pi++
			if pi == m {
				break
			}
			pc, nextp = p[pi], 0
			if pi+1 < m {
				nextp = p[pi+1]
			}
		}
	}
	score += matched - len(s)
	return score, matched == m
}
