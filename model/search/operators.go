package search

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Quoted phrases and fzf's operators ('exact, ^prefix, suffix$, ^exact$)
// are checked against the text of the items that can hold them: those
// with the rarest of their words, found in the index.

// expandTerm finds what a term matches: words through the vocabulary, the
// rest checked against the text.
func (ix *Index) expandTerm(ctx context.Context, tm *term) []expansion {
	switch tm.mode {
	case modeWord:
		return ix.expandWord(ctx, tm)
	case modePhrase:
		if len(tm.words) == 1 {
			if id, ok := ix.ids[tm.words[0]]; ok {
				return []expansion{{word: id, post: ix.postings[id], how: HowExact, weight: weightExact}}
			}
			return nil
		}
		return ix.checked(ctx, tm, ix.wordDocs(tm.words), HowExact, weightExact, func(v string) int {
			return countPhrase(simpleWords(v), tm.words)
		})
	case modeExact:
		if len(tm.words) == 1 && tm.words[0] == tm.text {
			return ix.containing(tm.text)
		}
		return ix.checked(ctx, tm, ix.containingDocs(tm.words), HowExact, weightExact, func(v string) int {
			return strings.Count(foldLower(v), tm.text)
		})
	case modePrefix, modeSuffix, modeEqual:
		test := map[mode]func(string, string) bool{modePrefix: strings.HasPrefix, modeSuffix: strings.HasSuffix, modeEqual: func(a, b string) bool { return a == b }}[tm.mode]
		return ix.checked(ctx, tm, ix.containingDocs(tm.words), HowOperator, weightExact, func(v string) int {
			if test(foldLower(v), tm.text) {
				return 1
			}
			return 0
		})
	}
	return nil
}

// containing lists the words that hold s: s itself first.
func (ix *Index) containing(s string) []expansion {
	var out []expansion
	for _, id := range ix.sorted {
		v := ix.vocab[id]
		if !strings.Contains(v, s) {
			continue
		}
		e := expansion{word: id, post: ix.postings[id], how: HowExact, weight: weightExact}
		if v != s {
			e.how, e.weight = HowContains, prefixWeight(s, v)
		}
		out = append(out, e)
	}
	return out
}

// wordDocs is the postings of the rarest of words, each as it is: the
// items that can hold them all. Nil when one of them is nowhere.
func (ix *Index) wordDocs(words []string) []posting {
	var rarest []posting
	for i, w := range words {
		id, ok := ix.ids[w]
		if !ok {
			return nil
		}
		if i == 0 || len(ix.postings[id]) < len(rarest) {
			rarest = ix.postings[id]
		}
	}
	return rarest
}

// containingDocs is the postings of the words holding the rarest of words:
// the items that can hold the text they come from. With no word to go by
// ("^-"), every field of every item.
func (ix *Index) containingDocs(words []string) []posting {
	if len(words) == 0 {
		out := make([]posting, 0, len(ix.docs)*int(numFields))
		for d := range ix.docs {
			for f := range numFields {
				out = append(out, newPosting(int32(d), f, 0))
			}
		}
		return out
	}
	var rarest []posting
	for i, w := range words {
		var ps []posting
		for _, e := range ix.containing(w) {
			ps = append(ps, e.post...)
		}
		if i == 0 || len(ps) < len(rarest) {
			rarest = ps
		}
	}
	// In item and field order; the times do not matter here.
	slices.SortFunc(rarest, func(a, b posting) int { return cmp.Compare(a>>5, b>>5) })
	return slices.CompactFunc(rarest, func(a, b posting) bool { return a>>5 == b>>5 })
}

// checked counts, in each candidate field, how often the term occurs in
// its text, and makes postings of it.
func (ix *Index) checked(ctx context.Context, tm *term, cands []posting, how How, weight float64, count func(string) int) []expansion {
	var post []posting
	valsOf := int32(-1)
	var vals [numFields][]string
	for i, c := range cands {
		if i%256 == 0 && ctx.Err() != nil {
			return nil
		}
		doc, field := c.doc(), c.field()
		if tm.mode >= modePrefix && tm.mode <= modeEqual && !field.short() {
			continue
		}
		d := &ix.docs[doc]
		if doc != valsOf {
			vals, valsOf = values(ix.b, d.entry, d.note), doc
		}
		n := 0
		for _, v := range vals[field] {
			n += count(v)
		}
		if n == 0 {
			continue
		}
		post = append(post, newPosting(doc, field, n))
	}
	if len(post) == 0 {
		return nil
	}
	return []expansion{{word: -1, post: post, how: how, weight: weight}}
}

// countPhrase counts the places where want occurs word for word in words.
func countPhrase(words, want []string) int {
	n := 0
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			n++
		}
	}
	return n
}
