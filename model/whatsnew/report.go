package whatsnew

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/eu-rok/briefing/model"
)

// Report is what changed from one version to another, kind by kind in
// reading order; kinds with no change are left out.
type Report struct {
	From  string       `json:"from"`
	To    string       `json:"to"`
	Kinds []KindReport `json:"kinds"`
}

// KindReport is what changed among the items of one kind.
type KindReport struct {
	Kind    model.Kind `json:"kind"`
	Added   []Change   `json:"added,omitempty"`
	Changed []Change   `json:"changed,omitempty"`
	Removed []Change   `json:"removed,omitempty"`
}

// Change is one item that was added, changed or removed. A changed item
// carries the word-level diff of its text, or, when the earlier text could
// not be read, why not.
type Change struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Diff   []Span `json:"diff,omitempty"`
	NoDiff string `json:"no_diff,omitempty"`
}

// Counts is how many items were added, changed and removed in all.
func (r Report) Counts() (added, changed, removed int) {
	for _, k := range r.Kinds {
		added += len(k.Added)
		changed += len(k.Changed)
		removed += len(k.Removed)
	}
	return added, changed, removed
}

// Summary says in words how many items were added, changed and removed,
// leaving out what did not happen: "1 changed", "2 added, 1 removed",
// "nothing changed". Both the browser and `briefing whatsnew` print it.
func (r Report) Summary() string {
	added, changed, removed := r.Counts()
	var parts []string
	for _, p := range []struct {
		n    int
		mark Mark
	}{{added, New}, {changed, Changed}, {removed, Removed}} {
		if p.n > 0 {
			parts = append(parts, strconv.Itoa(p.n)+" "+p.mark.Word())
		}
	}
	if len(parts) == 0 {
		return "nothing changed"
	}
	return strings.Join(parts, ", ")
}

// Empty says whether nothing changed.
func (r Report) Empty() bool { return len(r.Kinds) == 0 }

// Compare lists what was added, changed and removed from old to new.
// Items are matched by id; added and changed ones come in new's reading
// order, removed ones in old's. It reads no text: WithDiffs adds the diffs.
func Compare(old, new Side) Report {
	before := index(old.Items)
	after := index(new.Items)
	byKind := map[model.Kind]*KindReport{}
	at := func(k model.Kind) *KindReport {
		if byKind[k] == nil {
			byKind[k] = &KindReport{Kind: k}
		}
		return byKind[k]
	}
	for _, it := range new.Items {
		was, ok := before[it.ID]
		switch {
		case !ok:
			at(it.Kind).Added = append(at(it.Kind).Added, Change{ID: it.ID, Title: it.Title})
		case was.Hash != it.Hash:
			at(it.Kind).Changed = append(at(it.Kind).Changed, Change{ID: it.ID, Title: it.Title})
		}
	}
	for _, it := range old.Items {
		if _, ok := after[it.ID]; !ok {
			at(it.Kind).Removed = append(at(it.Kind).Removed, Change{ID: it.ID, Title: it.Title})
		}
	}
	r := Report{From: old.Version, To: new.Version}
	for _, k := range model.Kinds() {
		if byKind[k] != nil {
			r.Kinds = append(r.Kinds, *byKind[k])
		}
	}
	return r
}

// WithDiffs gives the report with the word-level diff of every changed
// item, or why there is none, from the sides it was made from.
func (r Report) WithDiffs(old, new Side) Report {
	before := index(old.Items)
	after := index(new.Items)
	out := r
	out.Kinds = make([]KindReport, len(r.Kinds))
	for i, k := range r.Kinds {
		k.Changed = append([]Change(nil), k.Changed...)
		for j := range k.Changed {
			c := &k.Changed[j]
			spans, err := DiffItem(old, before[c.ID], new, after[c.ID])
			if err != nil {
				c.NoDiff = err.Error()
			}
			c.Diff = spans
		}
		out.Kinds[i] = k
	}
	return out
}

// DiffItem diffs one item's text in two versions.
func DiffItem(old Side, was Item, new Side, is Item) ([]Span, error) {
	before, err := old.Text(was)
	if err != nil {
		return nil, errors.New("the earlier text is not on this machine")
	}
	after, err := new.Text(is)
	if err != nil {
		return nil, fmt.Errorf("the text could not be read: %w", err)
	}
	return Words(before, after), nil
}

func index(items []Item) map[string]Item {
	m := make(map[string]Item, len(items))
	for _, it := range items {
		m[it.ID] = it
	}
	return m
}
