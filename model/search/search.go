package search

import (
	"context"
	"math"
	"math/bits"
	"slices"

	"github.com/eu-rok/briefing/model"
)

// Ranking is BM25F: a word scores by how rare it is (idf) and how often it
// occurs in an item, each field weighted (fieldWeight) and measured against
// its usual length, so that a word in a short title counts for more than
// the same word in a long list of aliases. A word's score is its best
// match's, scaled by how it matched (exact, prefix …); an item's is the
// sum over the query's words, times what the question asks for (who,
// when). Items with every word come first; ties go to commitments, then
// the most recent.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// A Council named by a question ("third Council") scores as a rare word
// in a title would, its outcomes and what else belongs to it less.
const (
	councilScore     = 5.0
	outcomeShare     = 0.5
	outcomeShareAmid = 0.9
	memberShare      = 0.3
	narrowScore      = 1e-6 // what "!b" in "a | !b" gives an item without b
	maxWordGroups    = 64   // the words a query may have; more are left out
)

// Search runs a query. It returns a *QueryError when the query cannot be
// read, and ctx's error when ctx is cancelled first (a newer query in a
// search box).
func (ix *Index) Search(ctx context.Context, q string, opts Options) (Results, error) {
	parsed, err := ix.parse(q)
	if err != nil {
		return Results{Query: q, Hits: []Hit{}}, err
	}
	res := Results{Query: q, Words: []string{}, Hits: []Hit{}}
	slices.SortFunc(parsed.dropped, func(a, b *term) int { return a.pos - b.pos })
	for _, tm := range parsed.dropped {
		res.Dropped = append(res.Dropped, tm.raw)
	}
	e := &evaluation{ix: ix, q: parsed}
	for _, g := range parsed.groups {
		if isFilter(g) {
			e.filters = append(e.filters, g)
		} else if len(e.words) < maxWordGroups {
			e.words = append(e.words, groupEval{g: g})
			res.Words = append(res.Words, g[0].raw)
		}
	}
	if len(e.words) == 0 && len(e.filters) == 0 {
		return res, nil
	}
	if err := e.run(ctx, opts); err != nil {
		return res, err
	}
	found, matched := e.pick(opts)
	res.Total, res.Matched = len(found), matched
	res.Partial = matched < bits.OnesCount64(e.required()) && len(found) > 0
	if opts.Limit > 0 && len(found) > opts.Limit {
		found = found[:opts.Limit]
	}
	res.Hits = make([]Hit, len(found))
	for i, f := range found {
		res.Hits[i] = e.hit(f)
	}
	return res, nil
}

// isFilter reports whether a group only narrows (scopes, left-out words)
// and adds nothing to the score.
func isFilter(g group) bool {
	for _, tm := range g {
		if !tm.negate && tm.mode != modeScope {
			return false
		}
	}
	return true
}

// evaluation is one search under way.
type evaluation struct {
	ix      *Index
	q       *query
	words   []groupEval
	filters []group
	score   []float64 // per item: the sum of its words' scores
	has     []uint64  // per item: the word groups it matched, a bit each
	pass    []bool    // per item: it passes every filter
	common  uint64    // the word groups found in most items
}

// groupEval is one group of words with what its terms matched.
type groupEval struct {
	g    group
	exps [][]expansion // per term
	idf  []float64     // per term
}

// run scores every item.
func (e *evaluation) run(ctx context.Context, opts Options) error {
	ix := e.ix
	n := len(ix.docs)
	e.score, e.has, e.pass = make([]float64, n), make([]uint64, n), make([]bool, n)
	for d := range ix.docs {
		e.pass[d] = opts.Kind == "" || ix.docs[d].entry.Base().Kind == opts.Kind
	}
	for _, g := range e.filters {
		keep := e.filterDocs(ctx, g)
		for d := range e.pass {
			e.pass[d] = e.pass[d] && keep[d]
		}
	}
	best := make([]float64, n)     // per item: the group's best term score
	termBest := make([]float64, n) // per item: the term's best expansion, before idf
	var touched, termTouched []int32
	for gi := range e.words {
		ge := &e.words[gi]
		for _, tm := range ge.g {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var exps []expansion
			switch {
			case tm.mode == modeCouncil:
				for d := range ix.docs {
					if s := ix.councilShare(tm.council, int32(d), len(e.words) > 1); s > 0 {
						termTouched = append(termTouched, int32(d))
						termBest[d] = s
					}
				}
			case tm.negate || tm.mode == modeScope:
				// An alternative that only narrows ("a | !b"): the items it
				// lets through have the group, and score next to nothing.
				for d, ok := range e.filterDocs(ctx, group{tm}) {
					if ok {
						termTouched = append(termTouched, int32(d))
						termBest[d] = narrowScore
					}
				}
			default:
				exps = ix.expandTerm(ctx, tm)
				for _, x := range exps {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					eachDoc(x.post, func(d int32, run []posting) {
						if termBest[d] == 0 {
							termTouched = append(termTouched, d)
						}
						termBest[d] = max(termBest[d], ix.bm25(d, run)*x.weight)
					})
				}
			}
			// A word is as rare as the items it finds, in whatever form:
			// "councils" is no rarer than "council".
			idf := 1.0
			if tm.mode != modeCouncil {
				idf = ix.idf(len(termTouched))
			}
			ge.exps, ge.idf = append(ge.exps, exps), append(ge.idf, idf)
			for _, d := range termTouched {
				if s := termBest[d] * idf; e.pass[d] && s > best[d] {
					if best[d] == 0 {
						touched = append(touched, d)
					}
					best[d] = s
				}
				termBest[d] = 0
			}
			termTouched = termTouched[:0]
		}
		for _, d := range touched {
			e.score[d] += best[d]
			e.has[d] |= 1 << gi
			best[d] = 0
		}
		if len(touched) > n/commonShare && n >= minCommon {
			e.common |= 1 << gi
		}
		touched = touched[:0]
	}
	return ctx.Err()
}

// filterDocs lists the items a filter group lets through.
func (e *evaluation) filterDocs(ctx context.Context, g group) []bool {
	keep := make([]bool, len(e.ix.docs))
	for _, tm := range g {
		var in []bool
		if tm.mode == modeScope {
			in = make([]bool, len(keep))
			for d := range e.ix.docs {
				in[d] = tm.scope.holds(&e.ix.docs[d])
			}
		} else {
			positive := *tm
			positive.negate = false
			in = make([]bool, len(keep))
			for _, x := range e.ix.expandTerm(ctx, &positive) {
				for _, p := range x.post {
					in[p.doc()] = true
				}
			}
		}
		for d := range keep {
			keep[d] = keep[d] || in[d] != tm.negate
		}
	}
	return keep
}

// eachDoc calls fn with each item's run of postings, in order.
func eachDoc(post []posting, fn func(d int32, run []posting)) {
	for i := 0; i < len(post); {
		j := i + 1
		for j < len(post) && post[j].doc() == post[i].doc() {
			j++
		}
		fn(post[i].doc(), post[i:j])
		i = j
	}
}

// idf is how much finding a word says, the rarer the more.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.docs))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// bm25 scores one word in one item from its postings there, but for its
// idf.
func (ix *Index) bm25(d int32, run []posting) float64 {
	tf := 0.0
	for _, p := range run {
		f := p.field()
		norm := 1 - bm25B + bm25B*float64(ix.docs[d].lens[f])/ix.avgLen[f]
		tf += fieldWeight[f] * float64(p.tf()) / norm
	}
	return tf / (bm25K1 + tf)
}

// councilShare is what a Council named by a question gives an item: all
// of it to the Council, part to what belongs to it. With other words
// ("what did the third Council say about chips") the answer is among its
// outcomes, which then get nearly all of it.
func (ix *Index) councilShare(council int, d int32, otherWords bool) float64 {
	dc := &ix.docs[d]
	if !slices.Contains(dc.scope.councils, uint16(council)) {
		return 0
	}
	switch dc.entry.(type) {
	case *model.Council:
		return councilScore
	case *model.Outcome:
		if otherWords {
			return councilScore * outcomeShareAmid
		}
		return councilScore * outcomeShare
	}
	return councilScore * memberShare
}
