package search

import (
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/eu-rok/briefing/model"
)

// synonyms is the content's vocabulary (model.SynonymGroup), keyed for
// lookup: each entry folded, lower case, its words joined by one space.
type synonyms struct {
	groups [][]string
	byKey  map[string][]int // an entry, or "~" and a one-word entry's stem, to its groups
}

func newSynonyms(gs []model.SynonymGroup) synonyms {
	s := synonyms{byKey: map[string][]int{}}
	for _, g := range gs {
		i := len(s.groups)
		var entries []string
		for _, w := range g.Words {
			key := entryKey(w)
			if key == "" {
				continue
			}
			entries = append(entries, key)
			s.byKey[key] = append(s.byKey[key], i)
			if st := stem(key); st != "" {
				s.byKey["~"+st] = append(s.byKey["~"+st], i)
			}
		}
		s.groups = append(s.groups, entries)
	}
	return s
}

// entryKey is how an entry is looked up: one word or compound as it is
// ("6g", "co-chair"), a phrase as its words ("beyond 5g").
func entryKey(w string) string {
	lower := foldLower(strings.TrimSpace(w))
	return keyOf(lower, splitWords(lower, nil))
}

// keyOf is entryKey of folded, lower-case text from its words.
func keyOf(lower string, spans []span) string {
	switch {
	case len(spans) == 0:
		return ""
	case len(spans) == 1:
		return spans[0].word
	}
	if last := spans[len(spans)-1]; last.compound && last.lo == spans[0].lo && last.hi == len(lower) {
		return last.word
	}
	var b strings.Builder
	for _, sp := range spans {
		if !sp.compound {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sp.word)
		}
	}
	return b.String()
}

// phrases lists the entries of more than one word: the index gives each
// its own postings.
func (s synonyms) phrases() []string {
	var out []string
	for _, g := range s.groups {
		for _, e := range g {
			if strings.ContainsRune(e, ' ') {
				out = append(out, e)
			}
		}
	}
	return out
}

// of lists the other entries of every group that has key, or a one-word
// entry with key's stem.
func (s synonyms) of(key string) []string {
	groups := s.byKey[key]
	if st := stem(key); st != "" {
		groups = append(groups[:len(groups):len(groups)], s.byKey["~"+st]...)
	}
	var out []string
	seen := map[string]bool{key: true}
	for _, g := range groups {
		for _, e := range s.groups[g] {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// stem is a word's English stem ("chaired" → "chair"), or "" for what is
// not an English word: digits, other scripts, compounds, short words.
func stem(w string) string {
	if len(w) < 3 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	return english.Stem(w, true)
}
