package search

import (
	"math"
	"slices"
	"sort"
)

// hit works out what to show of one item found, and why it was found.
func (e *evaluation) hit(f found) Hit {
	ix := e.ix
	dc := &ix.docs[f.doc]
	it := dc.entry.Base()
	h := Hit{ID: it.ID, Kind: it.Kind, Title: it.Title, Score: round2(f.score), Field: FieldSummary, Why: []Match{}, Terms: []string{}, Entry: dc.entry}
	req := e.required()
	for gi, ge := range e.words {
		if e.has[f.doc]&(1<<gi) == 0 {
			if req&(1<<gi) != 0 {
				h.Missing = append(h.Missing, ge.g[0].raw)
			}
			continue
		}
		m, ok := e.explain(ge, f.doc)
		if !ok {
			continue // only through an alternative that narrows ("!b")
		}
		h.Why = append(h.Why, m)
		if m.How != HowCouncil && !slices.Contains(h.Terms, m.Found) {
			h.Terms = append(h.Terms, m.Found)
		}
	}
	// The best match outside the id and title says where the snippet comes
	// from; the title is shown anyway.
	var at *Match
	for i := range h.Why {
		m := &h.Why[i]
		if m.How == HowCouncil {
			continue
		}
		if at == nil || m.Score > at.Score {
			at = m
		}
	}
	if at != nil {
		h.Field = at.Field
	}
	h.TitleMatches = highlight(it.Title, h.Terms)
	h.Snippet, h.SnippetMatches = ix.snippet(dc, h.Field, h.Terms)
	return h
}

// explain finds what a group's best term found in an item, if anything.
func (e *evaluation) explain(ge groupEval, d int32) (Match, bool) {
	ix := e.ix
	var best Match
	ok := false
	for ti, tm := range ge.g {
		if tm.mode == modeCouncil {
			if s := ix.councilShare(tm.council, d, len(e.words) > 1); s > best.Score {
				best, ok = Match{Word: tm.raw, Found: ix.b.Councils[tm.council].ID, How: HowCouncil, Field: FieldID, Score: round2(s)}, true
			}
			continue
		}
		for _, x := range ge.exps[ti] {
			run := runOf(x.post, d)
			if len(run) == 0 {
				continue
			}
			s := ix.bm25(d, run) * x.weight * ge.idf[ti]
			if s <= best.Score {
				continue
			}
			found := tm.text
			if x.word >= 0 {
				found = ix.vocab[x.word]
			}
			best, ok = Match{Word: tm.raw, Found: found, How: x.how, Field: ix.strongestField(d, run), Score: round2(s)}, true
		}
	}
	return best, ok
}

// runOf is the postings of item d in a posting list.
func runOf(post []posting, d int32) []posting {
	i := sort.Search(len(post), func(i int) bool { return post[i].doc() >= d })
	j := i
	for j < len(post) && post[j].doc() == d {
		j++
	}
	return post[i:j]
}

// strongestField is the field that gives a word most of its score in an item.
func (ix *Index) strongestField(d int32, run []posting) Field {
	best, bestW := run[0].field(), -1.0
	for _, p := range run {
		f := p.field()
		norm := 1 - bm25B + bm25B*float64(ix.docs[d].lens[f])/ix.avgLen[f]
		if w := fieldWeight[f] * float64(p.tf()) / norm; w > bestW {
			best, bestW = f, w
		}
	}
	return best
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
