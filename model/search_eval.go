package model

import (
	"cmp"
	"slices"
	"sync"
	"unicode/utf8"
)

// Searching with the word index. A query is evaluated group by group, the
// group expected to match the fewest items first; each next group looks
// only among what the groups before it matched (its domain). A term finds
// its items in one of three ways, whichever is exact for it and cheapest:
//
//   - postings: a word of letters and digits, fuzzy or 'exact, is scored
//     from the posting lists of the vocabulary words containing it; then,
//     if fuzzy, the items of the domain it did not occur in are tried for
//     its letters scattered through a short field;
//   - candidates: any other word with letters or digits (a punctuated
//     word, an anchored one) is checked with the text matchers on the items
//     whose text holds each of its runs of letters and digits (and, if
//     fuzzy, scattered on the others);
//   - records: a scope, or a word without letters and digits, or any word
//     when the domain is small, is checked on each item of the domain.
//
// Whatever the way, an item's score is what matchTerm gives it on its
// text: TestIndexMatchesScan compares them on many queries.

// matchSet is the items a term, a group or a query matched, in ascending
// order, with their scores.
type matchSet struct {
	recs   []int32
	scores []int32
}

// evalState is the scratch of one search: per-item marks, reused across
// searches through a pool (an item count of int32s and uint32s each).
type evalState struct {
	ix      *Index
	wi      *wordIndex
	mark    []uint32 // per item: gen when the current term matched it
	val     []int32  // its score
	dom     []uint32 // per item: domGen when it is in the current domain
	cnt     []uint32 // per item: run-intersection counter
	workers int
	// lazyLimit > 0: scattered matches need no score once the current
	// term has matched as a whole word in this many items.
	lazyLimit int
	gen       uint32
	domGen    uint32
	cntGen    uint32
	touched   []int32
}

var evalPool sync.Pool

func (ix *Index) getState(wi *wordIndex, workers int) *evalState {
	n := len(ix.recs)
	st, _ := evalPool.Get().(*evalState)
	if st == nil || len(st.mark) != n || st.ix != ix {
		st = &evalState{ix: ix, mark: make([]uint32, n), val: make([]int32, n), dom: make([]uint32, n), cnt: make([]uint32, n)}
	}
	st.wi, st.workers = wi, workers
	return st
}

func (ix *Index) putState(st *evalState) {
	st.wi = nil
	evalPool.Put(st)
}

// nextGen starts a new set of marks, clearing them when the counter wraps.
func (st *evalState) nextGen() uint32 {
	st.gen++
	if st.gen == 0 {
		clear(st.mark)
		st.gen = 1
	}
	st.touched = st.touched[:0]
	return st.gen
}

// setDomain marks the items of d (nil: every item) as the domain.
func (st *evalState) setDomain(d []int32) {
	if d == nil {
		return
	}
	st.domGen++
	if st.domGen == 0 {
		clear(st.dom)
		st.domGen = 1
	}
	for _, r := range d {
		st.dom[r] = st.domGen
	}
}

func (st *evalState) inDomain(d []int32, r int32) bool { return d == nil || st.dom[r] == st.domGen }

// hit records a match of the current term, keeping the better score.
func (st *evalState) hit(r int32, s int32, gen uint32) {
	if st.mark[r] != gen {
		st.mark[r] = gen
		st.val[r] = s
		st.touched = append(st.touched, r)
		return
	}
	if s > st.val[r] {
		st.val[r] = s
	}
}

// collect turns the current term's marks into a sorted set.
func (st *evalState) collect(gen uint32) matchSet {
	n := len(st.mark)
	var out matchSet
	if len(st.touched) > n/16 {
		out.recs = make([]int32, 0, len(st.touched))
		for r := range n {
			if st.mark[r] == gen {
				out.recs = append(out.recs, int32(r))
			}
		}
	} else {
		out.recs = slices.Clone(st.touched)
		slices.Sort(out.recs)
	}
	out.scores = make([]int32, len(out.recs))
	for i, r := range out.recs {
		out.scores[i] = st.val[r]
	}
	return out
}

// termPlan is how one term will be evaluated.
type termPlan struct {
	tm   *term
	way  int      // wayPostings, wayCandidates, wayRecords
	q    string   // the word as the vocabulary holds it (lower case, or as written)
	voc  *vocab   // the vocabulary its words come from
	toks []uint32 // wayPostings: the vocabulary words holding it
	runs []runPlan
	cost int // estimated postings read
}

type runPlan struct {
	voc  *vocab
	toks []uint32
	df   int
}

const (
	wayRecords = iota
	wayPostings
	wayCandidates
	wayChar // a single letter or digit: the chars table
)

// wordRuns splits s into its maximal runs of letters and digits.
func wordRuns(s string) []string {
	var out []string
	eachWord(s, func(w string, _ bool) { out = append(out, w) })
	return out
}

// plan decides how to find a term's items with the word index.
func (st *evalState) plan(tm *term) termPlan {
	p := termPlan{tm: tm, way: wayRecords}
	if tm.scope != scopeNone {
		return p
	}
	q, voc := tm.lower, &st.wi.lower
	if tm.cased {
		q, voc = tm.text, &st.wi.cased
	}
	runs := wordRuns(q)
	if len(runs) == 0 {
		return p
	}
	if len(q) == 1 && charSlot(q[0]) >= 0 && (tm.mode == modeFuzzy || tm.mode == modeExact) {
		p.way, p.q = wayChar, q
		return p
	}
	if len(runs) == 1 && runs[0] == q && (tm.mode == modeFuzzy || tm.mode == modeExact) {
		p.way, p.q, p.voc = wayPostings, q, voc
		p.toks = voc.containing(q, nil)
		for _, t := range p.toks {
			p.cost += int(voc.df[t])
		}
		return p
	}
	p.way = wayCandidates
	for _, run := range runs {
		// A run of a word with a capital is looked up as written if it
		// has a capital itself, else it is in lower case already.
		rv := &st.wi.lower
		if tm.cased && hasUpper(run) {
			rv = &st.wi.cased
		}
		rp := runPlan{voc: rv, toks: rv.containing(run, nil)}
		for _, t := range rp.toks {
			rp.df += int(rv.df[t])
		}
		p.cost += rp.df
		p.runs = append(p.runs, rp)
	}
	// The rarest run first: it bounds the candidates.
	slices.SortStableFunc(p.runs, func(a, b runPlan) int { return cmp.Compare(a.df, b.df) })
	return p
}

// evalQuery finds every item matching q among cands (nil: all), with its
// total score, in ascending item order.
//
// With limit > 0 and a query of one word, the letters scattered through a
// short field are not scored once the word itself occurs in limit items:
// those outrank any scattered match, so the scattered ones only count.
func (st *evalState) evalQuery(q *query, cands []int32, limit int) []scored {
	st.lazyLimit = 0
	if limit > 0 && len(q.groups) == 1 && len(q.groups[0]) == 1 {
		st.lazyLimit = limit
	}
	type groupPlan struct {
		g     group
		plans []termPlan
		cost  int
		order int
	}
	n := len(st.ix.recs)
	gps := make([]groupPlan, len(q.groups))
	for i, g := range q.groups {
		gp := groupPlan{g: g, order: i}
		for _, tm := range g {
			p := st.plan(tm)
			c := p.cost
			if p.way == wayRecords || tm.negate {
				c = n // scopes, negations and unindexed words look at every item
			}
			gp.cost += c
			gp.plans = append(gp.plans, p)
		}
		gps[i] = gp
	}
	slices.SortStableFunc(gps, func(a, b groupPlan) int { return cmp.Compare(a.cost, b.cost) })
	var cur matchSet
	domain := cands
	for gi, gp := range gps {
		var gs matchSet
		for ti, p := range gp.plans {
			ts := st.evalTerm(p, domain)
			if ti == 0 {
				gs = ts
			} else {
				gs = unionMax(gs, ts)
			}
		}
		if gi == 0 {
			cur = gs
		} else {
			cur = intersectAdd(cur, gs)
		}
		domain = cur.recs
		if len(domain) == 0 {
			break
		}
	}
	out := make([]scored, len(cur.recs))
	for i, r := range cur.recs {
		out[i] = scored{rec: r, score: cur.scores[i]}
	}
	return out
}

// unionMax joins two sorted sets, keeping the better score of an item in
// both.
func unionMax(a, b matchSet) matchSet {
	out := matchSet{recs: make([]int32, 0, len(a.recs)+len(b.recs)), scores: make([]int32, 0, len(a.recs)+len(b.recs))}
	i, j := 0, 0
	for i < len(a.recs) || j < len(b.recs) {
		switch {
		case j == len(b.recs) || i < len(a.recs) && a.recs[i] < b.recs[j]:
			out.recs, out.scores = append(out.recs, a.recs[i]), append(out.scores, a.scores[i])
			i++
		case i == len(a.recs) || b.recs[j] < a.recs[i]:
			out.recs, out.scores = append(out.recs, b.recs[j]), append(out.scores, b.scores[j])
			j++
		default:
			out.recs, out.scores = append(out.recs, a.recs[i]), append(out.scores, max(a.scores[i], b.scores[j]))
			i++
			j++
		}
	}
	return out
}

// intersectAdd keeps the items of a that are in b (b is a subset of a's
// items as a group evaluated within a's domain), adding b's scores.
func intersectAdd(a, b matchSet) matchSet {
	out := matchSet{recs: b.recs, scores: b.scores}
	j := 0
	for i, r := range b.recs {
		for a.recs[j] != r {
			j++
		}
		out.scores[i] = b.scores[i] + a.scores[j]
	}
	return out
}

// perRecordCost is how many postings reading one item's text is worth:
// below it, a term looks at the domain's items rather than its postings.
const perRecordCost = 256

// evalTerm finds the items of the domain (nil: all) a term holds for.
func (st *evalState) evalTerm(p termPlan, domain []int32) matchSet {
	tm := p.tm
	n := len(st.ix.recs)
	if tm.negate {
		// The items the word is not in: every item of the domain less the
		// ones it is in.
		pos := *tm
		pos.negate = false
		pp := p
		pp.tm = &pos
		in := st.evalTerm(pp, domain)
		var out matchSet
		j := 0
		each(domain, n, func(r int32) {
			for j < len(in.recs) && in.recs[j] < r {
				j++
			}
			if j < len(in.recs) && in.recs[j] == r {
				return
			}
			out.recs = append(out.recs, r)
			out.scores = append(out.scores, 0)
		})
		return out
	}
	way := p.way
	if domain != nil && (way == wayPostings || way == wayCandidates) && len(domain)*perRecordCost < p.cost {
		way = wayRecords
	}
	gen := st.nextGen()
	switch way {
	case wayChar:
		// A letter or digit alone is never scattered: it is in a short
		// value only where it occurs.
		chars, k := st.wi.chars, charSlot(p.q[0])
		return st.filter(domain, func(r int32) (int32, bool) {
			c := chars[int(r)*charSlots+k]
			if c == 0 {
				return 0, false
			}
			return charScore(c), true
		})
	case wayRecords:
		return st.filter(domain, func(r int32) (int32, bool) {
			h, ok := st.ix.evalTerm(&st.ix.recs[r], tm, false)
			return h.score, ok
		})
	case wayPostings:
		st.setDomain(domain)
		for _, t := range p.toks {
			w := p.voc.word(t)
			tier := wordTier(p.q, w)
			same := w == p.q
			post := p.voc.postings(t)
			rec := int32(0)
			var info uint8
			for at := 0; at < len(post); {
				rec, info, at = nextPosting(post, at, rec)
				if domain != nil && st.dom[rec] != st.domGen {
					continue
				}
				st.hit(rec, postingScore(tier, same, info), gen)
			}
		}
		if tm.mode == modeFuzzy && utf8.RuneCountInString(tm.lower) > 1 {
			st.scatterRest(tm, domain, gen, st.lazyLimit == 0 || len(st.touched) < st.lazyLimit)
		}
	case wayCandidates:
		st.setDomain(domain)
		cands := st.runCandidates(p, domain)
		if cands == nil {
			cands = []int32{} // none: not every record, as a nil domain is
		}
		found := st.filter(cands, func(r int32) (int32, bool) {
			h, ok := st.ix.matchTerm(&st.ix.recs[r], tm, false)
			return h.score, ok
		})
		whole := 0 // candidates matched by the word itself, not scattered
		for _, r := range cands {
			// Tried: not to be tried again for scattered letters.
			st.mark[r] = gen
			st.val[r] = -1
		}
		for i, r := range found.recs {
			st.val[r] = found.scores[i]
			st.touched = append(st.touched, r)
			if found.scores[i] >= tierInner {
				whole++
			}
		}
		if tm.mode == modeFuzzy && utf8.RuneCountInString(tm.lower) > 1 {
			st.scatterRest(tm, domain, gen, st.lazyLimit == 0 || whole < st.lazyLimit)
		}
	}
	set := st.collect(gen)
	if way == wayCandidates {
		// Drop the candidates that were tried and failed.
		k := 0
		for i, r := range set.recs {
			if set.scores[i] >= 0 {
				set.recs[k], set.scores[k] = r, set.scores[i]
				k++
			}
		}
		set.recs, set.scores = set.recs[:k], set.scores[:k]
	}
	return set
}

// each calls fn for each item of the domain, or for every item.
func each(domain []int32, n int, fn func(r int32)) {
	if domain != nil {
		for _, r := range domain {
			fn(r)
		}
		return
	}
	for r := range n {
		fn(int32(r))
	}
}

// runCandidates lists the items of the domain whose text holds every run
// of letters and digits of the term, in ascending order.
func (st *evalState) runCandidates(p termPlan, domain []int32) []int32 {
	n := len(st.ix.recs)
	base := st.cntGen
	if uint64(base)+uint64(len(p.runs))+2 >= 1<<32 {
		clear(st.cnt)
		base = 0
	}
	st.cntGen = base + uint32(len(p.runs)) + 1
	var out []int32
	for k, rp := range p.runs {
		want, next := base+uint32(k), base+uint32(k)+1
		for _, t := range rp.toks {
			post := rp.voc.postings(t)
			rec := int32(0)
			for at := 0; at < len(post); {
				rec, _, at = nextPosting(post, at, rec)
				if domain != nil && st.dom[rec] != st.domGen {
					continue
				}
				c := st.cnt[rec]
				if k == 0 && c <= base {
					st.cnt[rec] = next
				} else if k > 0 && c == want {
					st.cnt[rec] = next
				}
			}
		}
	}
	last := base + uint32(len(p.runs))
	if len(p.runs) > 0 {
		each(domain, n, func(r int32) {
			if st.cnt[r] == last {
				out = append(out, r)
			}
		})
	}
	return out
}

// scatterRest tries the items of the domain the term has not matched (or
// been tried on) for its letters scattered through a short field. Without
// score, a match counts with the lowest score (1), below any score that
// ranks.
func (st *evalState) scatterRest(tm *term, domain []int32, gen uint32, score bool) {
	ix, wi := st.ix, st.wi
	lowerASCII := isPlainASCII(tm.lower)
	upper := upperLetters(tm.text)
	found := st.filter(domain, func(r int32) (int32, bool) {
		if st.mark[r] == gen || tm.mask&wi.shortMask[r] != tm.mask {
			return 0, false
		}
		if !tm.cased {
			short := wi.shortOf(r)
			if !bytesInOrder(short, tm.lower) {
				return 0, false
			}
			if score && lowerASCII && wi.shortASCII[r/64]&(1<<(r%64)) != 0 {
				return scatteredLowerASCII(short, &ix.recs[r].ends, tm.lower)
			}
			return scatteredInValues(short, &ix.recs[r].ends, tm.lower, tm.runes, score)
		}
		// With a capital: the record's short fields must have its
		// capitals, and its letters in order in lower case.
		if wi.shortUpper[r]&upper != upper || !bytesInOrder(wi.shortOf(r), tm.lower) {
			return 0, false
		}
		return ix.scatteredOnly(&ix.recs[r], tm, score)
	})
	for i, r := range found.recs {
		st.hit(r, found.scores[i], gen)
	}
}

// filter calls fn on each item of the domain (nil: every item) and
// returns those it accepts, in order. A large domain is split across the
// search's workers; fn must only read.
func (st *evalState) filter(domain []int32, fn func(r int32) (int32, bool)) matchSet {
	n := len(st.ix.recs)
	size := n
	if domain != nil {
		size = len(domain)
	}
	workers := st.workers
	if size < parallelMin {
		workers = 1
	}
	run := func(lo, hi int) matchSet {
		var out matchSet
		for k := lo; k < hi; k++ {
			r := int32(k)
			if domain != nil {
				r = domain[k]
			}
			if s, ok := fn(r); ok {
				out.recs = append(out.recs, r)
				out.scores = append(out.scores, s)
			}
		}
		return out
	}
	if workers <= 1 {
		return run(0, size)
	}
	parts := make([]matchSet, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := size*w/workers, size*(w+1)/workers
		wg.Go(func() { parts[w] = run(lo, hi) })
	}
	wg.Wait()
	var out matchSet
	for _, p := range parts {
		out.recs = append(out.recs, p.recs...)
		out.scores = append(out.scores, p.scores...)
	}
	return out
}
