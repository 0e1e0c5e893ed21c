package search

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/eu-rok/briefing/model"
)

// kindPrior is, in kindOrder, how likely an item of each kind answers a
// meeting's question, other things equal: what was committed and decided
// first, the background after, the sources last (their titles name
// Councils and areas, but their text is about the page, not the topic).
var kindPrior = [...]float64{1.15, 1.1, 1.05, 1, 0.95, 0.95, 0.85, 0.85, 0.6}

// keptPlan lowers a plan that was carried out: the item that carried it
// out is the answer.
const keptPlan = 0.8

// prior is what an item's score is multiplied by: its kind, and what the
// question asks for.
func (ix *Index) prior(d int32, in intent) float64 {
	dc := &ix.docs[d]
	p := kindPrior[dc.rank]
	switch e := dc.entry.(type) {
	case *model.Term:
		switch {
		case in == intentWho && e.Category == "person":
			p *= 1.6
		case in == intentDefine:
			p *= 1.4
		}
	case *model.Council:
		switch in {
		case intentWho:
			p *= 1.4 // its co-chairs
		case intentWhen, intentWhere:
			p *= 1.3
		}
	case *model.Event:
		if in == intentWhen || in == intentWhere {
			p *= 1.3
		}
		if e.FulfilledBy != "" {
			p *= keptPlan
		}
	case *model.Outcome:
		switch in {
		case intentWhen:
			p *= 1.1
		case intentPromise:
			p *= 1.2
		}
	case *model.Action:
		if in == intentPromise {
			p *= 1.3
		}
	}
	return p
}

// hit works out what to show of one item found, and why it was found.
func (e *evaluation) hit(f found) Hit {
	ix := e.ix
	dc := &ix.docs[f.doc]
	it := dc.entry.Base()
	h := Hit{ID: it.ID, Kind: it.Kind, Title: it.Title, Score: round2(f.score), Field: FieldSummary, Why: []Match{}, Terms: []string{}, Entry: dc.entry}
	req := e.required()
	for gi, ge := range e.words {
		m, ok := e.explain(ge, f.doc)
		if !ok {
			if req&(1<<gi) != 0 {
				h.Missing = append(h.Missing, ge.g[0].raw)
			}
			continue
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

// lineWith is the first line of text that holds one of the words found,
// and where in it (in runes), or the first line. Lines without a word's
// letters are skipped unread.
func lineWith(text string, terms []string) (string, int) {
	want := map[string]bool{}
	var words []string
	for _, t := range terms {
		want[t] = true
		for _, w := range strings.Fields(t) {
			want[w] = true
			words = append(words, w)
		}
	}
	first := ""
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if first == "" {
			first = line
		}
		if lower := foldLower(line); !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, w) }) {
			continue
		}
		if spans := wordSpans(line, want); len(spans) > 0 {
			return line, spans[0].lo
		}
	}
	return first, 0
}

// snippet is one line to show under a hit: from the field its best word
// matched in (the summary when that is the id or the title), cut round the
// first word found, with the words found highlighted.
func (ix *Index) snippet(dc *doc, f Field, terms []string) (string, []int) {
	it := dc.entry.Base()
	var text, prefix string
	switch f {
	case FieldID, FieldTitle, FieldSummary:
		text = it.Summary
	case FieldAlias, FieldFacts:
		prefix = "also: "
		if f == FieldFacts {
			prefix = ""
		}
		vals := values(ix.b, dc.entry, dc.note)[f]
		text = strings.Join(vals, ", ")
		for _, v := range vals {
			if len(highlight(v, terms)) > 0 {
				text = v
				break
			}
		}
	case FieldBody:
		text = it.Body
	case FieldNote:
		prefix, text = NoteLabel, dc.note
	}
	at := 0
	if f != FieldID && f != FieldTitle {
		text, at = lineWith(text, terms)
	}
	line := plainLine(oneLine(text, at))
	idx := highlight(line, terms)
	shift := utf8.RuneCountInString(prefix)
	for i := range idx {
		idx[i] += shift
	}
	return prefix + line, idx
}
