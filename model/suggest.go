package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// UnknownIDError says that no item has an id, and which ids look like it.
type UnknownIDError struct {
	ID   string
	Near []string // the ids that look most like it, best first; maybe none
}

func (e *UnknownIDError) Error() string {
	msg := fmt.Sprintf("no item has the id %q", e.ID)
	if len(e.Near) > 0 {
		msg += "; did you mean " + strings.Join(e.Near, ", ") + "?"
	}
	return msg
}

// nearIDs is how many ids an UnknownIDError suggests.
const nearIDs = 3

// Lookup finds an item by id, in any case, or says which ids look like the
// one typed (*UnknownIDError): the command line's and the browser's "no
// item has the id" come from here.
func (b *Briefing) Lookup(id string) (Entry, error) {
	if e, ok := b.Get(id); ok {
		return e, nil
	}
	return nil, &UnknownIDError{ID: id, Near: suggest(b, id, nearIDs)}
}

// suggest returns up to n ids that look most like what was typed: ids
// that start with it first, then the closest by edit distance.
func suggest(b *Briefing, typed string, n int) []string {
	want := IDKey(strings.TrimSpace(typed))
	if want == "" {
		return nil
	}
	type scored struct {
		id   string
		cost int
	}
	var cands []scored
	limit := max(2, len(want)/2)
	for key, e := range b.byID {
		id := e.Base().ID
		cost := editDistance(want, key)
		if strings.HasPrefix(key, want) || strings.HasPrefix(want, key) {
			cost = min(cost, 1)
		}
		if cost <= limit {
			cands = append(cands, scored{id, cost})
		}
	}
	slices.SortFunc(cands, func(x, y scored) int { return cmp.Or(cmp.Compare(x.cost, y.cost), CompareIDs(x.id, y.id)) })
	out := make([]string, 0, n)
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.id)
	}
	return out
}

// editDistance is the Levenshtein distance between two strings, by rune.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
