package search

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// How says how a query word found a word of the text, best first.
type How string

// The ways a word matches. Words come before letters: the word itself, then
// its beginning, its stem, a synonym, a typo, and only last its letters
// scattered in order.
const (
	HowExact    How = "exact"    // the word itself, or a phrase word for word
	HowPrefix   How = "prefix"   // the start of a word: "semicond"
	HowStem     How = "stem"     // the same English stem: "chaired", "chair"
	HowSynonym  How = "synonym"  // a word or phrase of the vocabulary: "chips" for "semiconductors"
	HowTypo     How = "typo"     // one or two letters off in a long word: "virkunen"
	HowLetters  How = "letters"  // its letters in order, close together: "smcndctr"
	HowContains How = "contains" // 'word inside a longer word
	HowCouncil  How = "council"  // "third Council": that Council and what it did
	HowOperator How = "operator" // ^prefix, suffix$, ^exact$ on a name
)

// expansion is one word (or phrase) of the index that a query term finds,
// and how well.
type expansion struct {
	word   int32 // vocab entry; -1 when post is computed for the query
	post   []posting
	how    How
	weight float64
}

// The weight of each way of matching, on an item's score for the word.
const (
	weightExact   = 1.0
	weightStem    = 0.7
	weightSynonym = 0.65
	weightLetters = 0.3
)

// typoWeight is the weight of a word one or two edits away.
var typoWeight = [...]float64{1: 0.45, 2: 0.35}

// prefixWeight is between a stem and the word itself, more as more of the
// word is typed.
func prefixWeight(typed, word string) float64 {
	return 0.55 + 0.35*float64(len(typed))/float64(len(word))
}

// minLetters is the shortest word tried as scattered letters, minPrefix
// the shortest ASCII word taken as the start of longer ones.
const (
	minLetters = 3
	minPrefix  = 2
)

// expandWord finds what one query word (or vocabulary phrase) matches in
// the vocabulary.
func (ix *Index) expandWord(ctx context.Context, tm *term) []expansion {
	best := map[int32]expansion{}
	add := func(id int32, how How, w float64) {
		if old, ok := best[id]; !ok || w > old.weight {
			best[id] = expansion{word: id, how: how, weight: w}
		}
	}
	w := tm.text
	exact, hasExact := ix.ids[w]
	if hasExact {
		add(exact, HowExact, weightExact)
	}
	phrase := strings.ContainsRune(w, ' ')
	number := !strings.ContainsFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if !phrase && !number && !hasExact && (len(w) >= minPrefix || !isASCII(w)) {
		// A word of its own ("act", "ran") is not also the start of longer
		// ones ("action", "random"); a half-word ("semicond") is. One Latin
		// letter starts too many words to say anything; one Hangul
		// syllable ("반") does not.
		for _, id := range ix.withPrefix(w) {
			if id != exact {
				add(id, HowPrefix, prefixWeight(w, ix.vocab[id]))
			}
		}
	}
	stemmed := false
	if st := stem(w); st != "" {
		for _, id := range ix.byStem[st] {
			add(id, HowStem, weightStem)
			stemmed = true
		}
	}
	for _, o := range sameOrdinal(w) {
		if id, ok := ix.ids[o]; ok {
			add(id, HowExact, weightExact) // "third" is "3rd"
		}
	}
	for _, s := range ix.syn.of(w) {
		if id, ok := ix.ids[s]; ok {
			add(id, HowSynonym, weightSynonym)
		}
		if st := stem(s); st != "" {
			for _, id := range ix.byStem[st] {
				add(id, HowSynonym, weightSynonym*0.95)
			}
		}
	}
	if phrase || tm.caps || ctx.Err() != nil {
		return ix.finishExpansions(best)
	}
	if !hasExact && !stemmed {
		for id, d := range ix.typos(ctx, w) {
			add(id, HowTypo, typoWeight[d])
		}
	}
	var split []expansion
	for _, words := range ix.splits(w) {
		// "codeweek" is "Code Week" written as one word.
		split = append(split, ix.expandTerm(ctx, &term{text: strings.Join(words, " "), words: words, mode: modePhrase})...)
	}
	if len(best) == 0 && len(split) == 0 && utf8.RuneCountInString(w) >= minLetters {
		for id, density := range ix.scattered(w) {
			add(id, HowLetters, weightLetters*density)
		}
	}
	return append(ix.finishExpansions(best), split...)
}

// minSplit is the shortest part of a word read as two ("code" "week").
const minSplit = 3

// splits lists the ways a word is two words of the index run together.
func (ix *Index) splits(w string) [][]string {
	var out [][]string
	for i := minSplit; i <= len(w)-minSplit; i++ {
		a, b := w[:i], w[i:]
		if !utf8.RuneStart(w[i]) {
			continue
		}
		if _, ok := ix.ids[a]; !ok {
			continue
		}
		if _, ok := ix.ids[b]; ok {
			out = append(out, []string{a, b})
		}
	}
	return out
}

// finishExpansions lists the expansions with their postings.
func (ix *Index) finishExpansions(best map[int32]expansion) []expansion {
	out := make([]expansion, 0, len(best))
	for id, e := range best {
		e.post = ix.postings[id]
		out = append(out, e)
	}
	// In vocabulary order, so a search gives the same result every time.
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

// withPrefix lists the words that start with p, longer than p.
func (ix *Index) withPrefix(p string) []int32 {
	lo := sort.Search(len(ix.sorted), func(i int) bool { return ix.vocab[ix.sorted[i]] >= p })
	hi := lo
	for hi < len(ix.sorted) && strings.HasPrefix(ix.vocab[ix.sorted[hi]], p) {
		hi++
	}
	return ix.sorted[lo:hi]
}

// typos finds the words one edit away from a word of five letters or more,
// or two from one of eight or more (an edit: a letter added, left out,
// changed, or two swapped), with the edits each is away.
func (ix *Index) typos(ctx context.Context, w string) map[int32]int {
	rw := []rune(w)
	if len(rw) < 5 {
		return nil
	}
	maxEdits := 1
	if len(rw) >= 8 {
		maxEdits = 2
	}
	out := map[int32]int{}
	var buf []rune
	rows := newEditRows(len(rw) + 2*maxEdits + 1)
	for i, id := range ix.sorted {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil
		}
		v := ix.vocab[id]
		if n := len(v); n < len(w)-2*maxEdits || n > len(w)+4*maxEdits {
			continue // too short or too long, whatever its letters
		}
		buf = buf[:0]
		for _, r := range v {
			buf = append(buf, r)
		}
		if abs(len(buf)-len(rw)) > maxEdits || len(buf) < 4 {
			continue
		}
		if d := rows.distance(rw, buf, maxEdits); d > 0 && d <= maxEdits {
			out[id] = d
		}
	}
	return out
}

// scattered finds the words holding w's letters in order and close
// together, starting where the word starts (sahilm/fuzzy finds them among
// the words that start with w's first letter), with how densely: len(w)
// over the span its letters cover.
func (ix *Index) scattered(w string) map[int32]float64 {
	n := utf8.RuneCountInString(w)
	_, size := utf8.DecodeRuneInString(w)
	words := ix.withPrefix(w[:size])
	out := map[int32]float64{}
	for _, m := range fuzzy.FindFromNoSort(w, vocabSource{ix, words}) {
		idxs := m.MatchedIndexes
		if len(idxs) == 0 || idxs[0] != 0 {
			continue // the first letter typed is the word's first
		}
		last := idxs[len(idxs)-1]
		_, size := utf8.DecodeRuneInString(m.Str[last:])
		span := utf8.RuneCountInString(m.Str[:last+size])
		if span > 2*n {
			continue // sparse: letters found in almost any long word
		}
		out[words[m.Index]] = float64(n) / float64(span)
	}
	return out
}

// vocabSource gives sahilm/fuzzy some words of the index.
type vocabSource struct {
	ix    *Index
	words []int32
}

func (s vocabSource) String(i int) string { return s.ix.vocab[s.words[i]] }
func (s vocabSource) Len() int            { return len(s.words) }

// editRows are the rows editDistance works in, made once for many words.
type editRows struct{ prev2, prev, cur []int }

func newEditRows(n int) *editRows {
	return &editRows{make([]int, n+1), make([]int, n+1), make([]int, n+1)}
}

// distance is the optimal string alignment distance between a and b
// (Levenshtein with swaps of two neighbours), or limit+1 once it must
// exceed limit. b is at most the rows' length.
func (e *editRows) distance(a, b []rune, limit int) int {
	prev2, prev, cur := e.prev2[:len(b)+1], e.prev[:len(b)+1], e.cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
