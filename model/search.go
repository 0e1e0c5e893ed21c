package model

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// SearchOptions narrows and bounds a search.
type SearchOptions struct {
	Limit   int  // at most this many hits, best first; 0 for all
	Kind    Kind // only items of this kind; "" for all
	Workers int  // goroutines for a large index: 0 picks by the machine, 1 searches on one
}

// Result is one item found, with what to show of it.
type Result struct {
	ID      string `json:"id"`
	Kind    Kind   `json:"kind"`
	Title   string `json:"title"`
	Score   int    `json:"score"`
	Field   Field  `json:"field"`   // where the best-matching word matched
	Snippet string `json:"snippet"` // one line around the match, or the summary
	// TitleMatches and SnippetMatches are the matched characters, as rune
	// (character) indexes into Title and Snippet, ascending.
	TitleMatches   []int `json:"title_matches"`
	SnippetMatches []int `json:"snippet_matches"`
	Entry          Entry `json:"-"`
}

// Results is what a search found.
type Results struct {
	Query string   `json:"query"`
	Total int      `json:"total"` // items that match, before Limit
	Terms []string `json:"terms"` // the plain words, for highlighting a detail
	Hits  []Result `json:"hits"`
}

// scored is a record that matched, before its details are worked out.
type scored struct {
	rec   int32
	score int32
}

// Search runs one query against the whole index.
func (ix *Index) Search(q string, opts SearchOptions) (Results, error) {
	parsed, err := parse(q, ix)
	if err != nil {
		return Results{Query: q}, err
	}
	res, _ := ix.run(parsed, q, nil, opts)
	return res, nil
}

// run scores the candidates (all records when cands is nil) and returns the
// results and every record that matched, for narrowing.
func (ix *Index) run(q *query, raw string, cands []int32, opts SearchOptions) (Results, []int32) {
	res := Results{Query: raw, Terms: queryWords(q), Hits: []Result{}}
	if len(q.groups) == 0 {
		return res, nil
	}
	if needsScopes(q) {
		ix.ensureScopes()
	}
	n := len(ix.recs)
	if cands != nil {
		n = len(cands)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = ix.workers
	}
	var matched []scored
	if wi := ix.words(); wi != nil && !ix.noWords {
		if opts.Kind != "" && cands == nil {
			cands = []int32{}
			for i := range ix.recs {
				if ix.recs[i].entry.Base().Kind == opts.Kind {
					cands = append(cands, int32(i))
				}
			}
		}
		st := ix.getState(wi, workers)
		matched = st.evalQuery(q, cands, opts.Limit)
		ix.putState(st)
		if opts.Kind != "" {
			matched = slices.DeleteFunc(matched, func(m scored) bool { return ix.recs[m.rec].entry.Base().Kind != opts.Kind })
		}
	} else if workers == 1 || n < parallelMin {
		matched = ix.scan(q, cands, 0, n, opts.Kind, nil)
	} else {
		parts := make([][]scored, workers)
		var wg sync.WaitGroup
		for w := range workers {
			lo, hi := n*w/workers, n*(w+1)/workers
			wg.Go(func() { parts[w] = ix.scan(q, cands, lo, hi, opts.Kind, nil) })
		}
		wg.Wait()
		matched = slices.Concat(parts...)
	}
	res.Total = len(matched)
	pass := make([]int32, len(matched))
	for i, m := range matched {
		pass[i] = m.rec
	}
	top := ix.best(matched, opts.Limit)
	res.Hits = make([]Result, len(top))
	for i, m := range top {
		res.Hits[i] = ix.result(q, m)
	}
	return res, pass
}

// parallelMin is the number of candidates from which a search is split
// across cores; below it, starting goroutines costs more than it saves.
const parallelMin = 4096

// scan scores candidates lo..hi (indexes into cands, or into the records).
func (ix *Index) scan(q *query, cands []int32, lo, hi int, kind Kind, out []scored) []scored {
next:
	for k := lo; k < hi; k++ {
		i := int32(k)
		if cands != nil {
			i = cands[k]
		}
		r := &ix.recs[i]
		if kind != "" && r.entry.Base().Kind != kind {
			continue
		}
		var total int32
		for _, g := range q.groups {
			best, any := int32(0), false
			for _, tm := range g {
				if h, ok := ix.evalTerm(r, tm, false); ok {
					any = true
					best = max(best, h.score)
				}
			}
			if !any {
				continue next
			}
			total += best
		}
		out = append(out, scored{rec: i, score: total})
	}
	return out
}

// better orders hits: score, then kind in reading order, then the most
// recent, then reading order (so the sort is stable).
func (ix *Index) better(a, b scored) int {
	ra, rb := &ix.recs[a.rec], &ix.recs[b.rec]
	return cmp.Or(
		cmp.Compare(b.score, a.score),
		cmp.Compare(ra.kindRank, rb.kindRank),
		cmp.Compare(rb.day, ra.day),
		cmp.Compare(a.rec, b.rec),
	)
}

// best sorts the matches and keeps the first limit of them. With many
// matches and a small limit it keeps a bounded heap instead of sorting all.
func (ix *Index) best(ms []scored, limit int) []scored {
	if limit <= 0 || len(ms) <= 4*limit {
		slices.SortFunc(ms, ix.better)
		if limit > 0 && len(ms) > limit {
			ms = ms[:limit]
		}
		return ms
	}
	// A max-heap on "worse" of size limit: its root is the worst kept.
	h := make([]scored, 0, limit)
	worse := func(i, j int) bool { return ix.better(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && worse(r, l) {
				m = r
			}
			if !worse(m, i) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, m := range ms {
		if len(h) < limit {
			h = append(h, m)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !worse(i, p) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		// Scores first, without looking at the records: most matches score
		// below the worst kept once the heap is full.
		if m.score > h[0].score || m.score == h[0].score && ix.better(m, h[0]) < 0 {
			h[0] = m
			down(0)
		}
	}
	slices.SortFunc(h, ix.better)
	return h
}

// queryWords lists the plain words of a parsed query.
func queryWords(q *query) []string {
	out := []string{}
	for _, g := range q.groups {
		for _, tm := range g {
			if tm.scope == scopeNone && !tm.negate {
				out = append(out, tm.text)
			}
		}
	}
	return out
}

// Searcher runs the searches of one search box: when a query extends the
// previous one (a letter or a word more), it looks only among what the
// previous one matched. It is safe for use from several goroutines.
type Searcher struct {
	ix   *Index
	mu   sync.Mutex
	last *query
	opts SearchOptions
	pass []int32
}

// NewSearcher starts a search box over the index. It starts building the
// word index in the background, if it is not built yet; until it is, the
// box's searches read the records' text (the same results, slower on a
// large briefing).
func (ix *Index) NewSearcher() *Searcher {
	ix.startWords()
	return &Searcher{ix: ix}
}

// Index is the index the searcher reads.
func (s *Searcher) Index() *Index { return s.ix }

// Search runs a query, narrowing from the previous one when it can.
func (s *Searcher) Search(q string, opts SearchOptions) (Results, error) {
	parsed, err := parse(q, s.ix)
	if err != nil {
		return Results{Query: q}, err
	}
	s.mu.Lock()
	var cands []int32
	if s.last != nil && sameFilter(s.opts, opts) && narrows(parsed, s.last) {
		cands = s.pass
		if cands == nil {
			cands = []int32{}
		}
	}
	s.mu.Unlock()
	res, pass := s.ix.run(parsed, q, cands, opts)
	s.mu.Lock()
	if len(parsed.groups) > 0 {
		s.last, s.opts, s.pass = parsed, opts, pass
	} else {
		s.last, s.pass = nil, nil
	}
	s.mu.Unlock()
	return res, nil
}

func sameFilter(a, b SearchOptions) bool { return a.Kind == b.Kind }

// narrows reports whether everything that matches next also matches prev,
// so that next can search among prev's matches only: each group of prev
// must be implied by a group of next.
func narrows(next, prev *query) bool {
	for _, pg := range prev.groups {
		if !slices.ContainsFunc(next.groups, func(ng group) bool { return groupImplies(ng, pg) }) {
			return false
		}
	}
	return true
}

func groupImplies(ng, pg group) bool {
	if len(ng) == 1 && len(pg) == 1 {
		return termImplies(ng[0], pg[0])
	}
	if len(ng) != len(pg) {
		return false
	}
	for i := range ng {
		if ng[i].raw != pg[i].raw {
			return false
		}
	}
	return true
}

// termImplies reports whether an item matching n surely matches p.
func termImplies(n, p *term) bool {
	if n.raw == p.raw {
		return true
	}
	if n.negate || p.negate || n.scope != scopeNone || p.scope != scopeNone {
		return false
	}
	if p.cased && !n.cased {
		return false
	}
	nt, pt := n.lower, p.lower
	if p.cased {
		nt, pt = n.text, p.text
	}
	switch p.mode {
	case modeFuzzy:
		return strings.Contains(nt, pt)
	case modeExact:
		return n.mode != modeFuzzy && strings.Contains(nt, pt)
	case modePrefix:
		return (n.mode == modePrefix || n.mode == modeEqual) && strings.HasPrefix(nt, pt)
	case modeSuffix:
		return (n.mode == modeSuffix || n.mode == modeEqual) && strings.HasSuffix(nt, pt)
	}
	return false
}
