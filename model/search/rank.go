package search

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"github.com/eu-rok/briefing/model"
)

// A word found in more than 1/commonShare of the items ("Korea",
// "digital", "partnership" in this briefing) says little: it adds to the
// score but an item need not have it. In a briefing of fewer than
// minCommon items every word counts.
const (
	commonShare = 3
	minCommon   = 30
)

// required is the word groups an item must have: all but the common
// ones, unless all are common.
func (e *evaluation) required() uint64 {
	all := uint64(1)<<len(e.words) - 1
	if len(e.words) == maxWordGroups {
		all = ^uint64(0)
	}
	if all&^e.common == 0 {
		return all
	}
	return all &^ e.common
}

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

// nameBoost raises an item that the query names: its id or title is the
// query ("ENISA", "Semiconductors"); an alias or a fact, a little less
// ("AI Act", "6G").
const (
	nameBoost  = 0.5
	otherNames = 0.6
)

// nameWeight is how much a name in field f names its item.
func nameWeight(f Field) float64 {
	if f <= FieldTitle {
		return 1
	}
	return otherNames
}

// named lists the items the query names, with how well (the weight of the
// match: a typo names less than the word itself).
func (e *evaluation) named() map[int32]float64 {
	out := map[int32]float64{}
	if len(e.words) == 1 {
		ge := e.words[0]
		for _, exps := range ge.exps {
			for _, x := range exps {
				if x.word < 0 {
					continue
				}
				for _, r := range e.ix.names[nameKey(e.ix.vocab[x.word], stem)] {
					out[r.doc] = max(out[r.doc], x.weight*nameWeight(r.field))
				}
			}
		}
		return out
	}
	words := make([]string, len(e.words))
	for i, ge := range e.words {
		words[i] = ge.g[0].text
	}
	for _, r := range e.ix.names[nameKey(strings.Join(words, " "), stem)] {
		out[r.doc] = max(out[r.doc], nameWeight(r.field))
	}
	return out
}

// found is an item that matched, with its score and what breaks ties: its
// kind's place in kindOrder, then the most recent.
type found struct {
	doc   int32
	rank  uint8
	day   int32
	score float64
}

// better orders found items, best first.
func better(a, b found) int {
	switch {
	case a.score != b.score:
		return cmp.Compare(b.score, a.score)
	case a.rank != b.rank:
		return cmp.Compare(a.rank, b.rank)
	case a.day != b.day:
		return cmp.Compare(b.day, a.day)
	}
	return cmp.Compare(a.doc, b.doc)
}

// pick lists the items to show, best first: those with every required
// word, or, if there are none, those with the most. matched is how many
// required words they have.
func (e *evaluation) pick(opts Options) ([]found, int) {
	ix := e.ix
	req := e.required()
	most := 0
	for d := range ix.docs {
		if e.pass[d] {
			most = max(most, bits.OnesCount64(e.has[d]&req))
		}
	}
	if most == 0 && len(e.words) > 0 {
		return nil, 0
	}
	named := e.named()
	var out []found
	for d := range ix.docs {
		if e.pass[d] && bits.OnesCount64(e.has[d]&req) == most {
			dc := &ix.docs[d]
			score := e.score[d] * ix.prior(int32(d), e.q.intent) * (1 + nameBoost*named[int32(d)])
			out = append(out, found{doc: int32(d), rank: dc.rank, day: dc.scope.day, score: score})
		}
	}
	slices.SortFunc(out, better)
	return out, most
}
