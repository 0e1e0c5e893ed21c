package model

import (
	"cmp"
	"slices"
	"strings"
)

// Suggest returns up to n ids that look most like what was typed, for "did
// you mean" messages: ids that start with it first, then the closest by edit
// distance.
func (b *Briefing) Suggest(typed string, n int) []string { return suggest(b, typed, n) }

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
