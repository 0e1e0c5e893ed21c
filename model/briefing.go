package model

import (
	"cmp"
	"slices"
	"sync"
)

// Briefing is the whole loaded content, checked and linked. It is read-only
// once Load returns it, so the CLI, the TUI and searches can share it.
type Briefing struct {
	Overview []*Overview
	Areas    []*Area
	Actions  []*Action
	Councils []*Council
	Outcomes []*Outcome
	Events   []*Event
	Terms    []*Term
	Contexts []*Context
	Sources  []*Source
	// Synonyms is the search vocabulary (content/vocabulary): words that
	// mean the same thing to a reader.
	Synonyms []SynonymGroup

	byID     map[string]Entry
	all      []Entry
	linksOut map[string][]Link
	linksIn  map[string][]Link
}

// Link is one reference between two items: From's field Field names To, or
// with Part set, one part of To ("CYBER-1a" is To CYBER-1, Part a).
type Link struct {
	From  string `json:"from"`
	Field string `json:"field"`
	To    string `json:"to"`
	Part  string `json:"part,omitempty"`
}

func newBriefing() *Briefing {
	return &Briefing{byID: map[string]Entry{}, linksOut: map[string][]Link{}, linksIn: map[string][]Link{}}
}

// add files an entry under its kind.
func (b *Briefing) add(e Entry) {
	b.byID[IDKey(e.Base().ID)] = e
	switch v := e.(type) {
	case *Overview:
		b.Overview = append(b.Overview, v)
	case *Area:
		b.Areas = append(b.Areas, v)
	case *Action:
		b.Actions = append(b.Actions, v)
	case *Council:
		b.Councils = append(b.Councils, v)
	case *Outcome:
		b.Outcomes = append(b.Outcomes, v)
	case *Event:
		b.Events = append(b.Events, v)
	case *Term:
		b.Terms = append(b.Terms, v)
	case *Context:
		b.Contexts = append(b.Contexts, v)
	case *Source:
		b.Sources = append(b.Sources, v)
	}
}

// index puts every list in reading order and builds the list of all items.
func (b *Briefing) index() {
	slices.SortStableFunc(b.Overview, func(x, y *Overview) int { return cmp.Compare(x.Order, y.Order) })
	slices.SortStableFunc(b.Areas, func(x, y *Area) int { return cmp.Compare(x.Order, y.Order) })
	areaOrder := map[string]int{}
	for i, a := range b.Areas {
		areaOrder[IDKey(a.ID)] = i
	}
	// Each kind's list is sorted on its own: side by side.
	var wg sync.WaitGroup
	wg.Go(func() {
		slices.SortStableFunc(b.Actions, func(x, y *Action) int {
			if c := cmp.Compare(areaOrder[IDKey(x.Area)], areaOrder[IDKey(y.Area)]); c != 0 {
				return c
			}
			return CompareIDs(x.ID, y.ID)
		})
		slices.SortStableFunc(b.Councils, func(x, y *Council) int { return cmp.Compare(x.Number, y.Number) })
		slices.SortStableFunc(b.Outcomes, func(x, y *Outcome) int { return CompareIDs(x.ID, y.ID) })
	})
	wg.Go(func() {
		// Date.Compare orders by the start, then the end: worked out once
		// each.
		type span struct{ start, end int64 }
		sortStableKeyed(b.Events, func(e *Event) span { return span{e.Date.Start().Unix(), e.Date.End().Unix()} },
			func(x, y *Event, kx, ky span) int {
				if c := cmp.Or(cmp.Compare(kx.start, ky.start), cmp.Compare(kx.end, ky.end)); c != 0 {
					return c
				}
				return CompareIDs(x.ID, y.ID)
			})
	})
	wg.Go(func() {
		sortStableByKey(b.Terms, func(t *Term) string { return IDKey(t.Title) })
		slices.SortStableFunc(b.Contexts, func(x, y *Context) int {
			return cmp.Or(cmp.Compare(x.Category, y.Category), CompareIDs(x.ID, y.ID))
		})
		slices.SortStableFunc(b.Sources, func(x, y *Source) int {
			return cmp.Or(cmp.Compare(y.Type, x.Type), CompareIDs(x.ID, y.ID)) // seeds first
		})
	})
	wg.Wait()
	b.all = b.all[:0]
	for _, list := range [][]Entry{entries(b.Overview), entries(b.Areas), entries(b.Actions), entries(b.Councils),
		entries(b.Outcomes), entries(b.Events), entries(b.Terms), entries(b.Contexts), entries(b.Sources)} {
		b.all = append(b.all, list...)
	}
}

// sortStableByKey sorts xs stably by key(x), computing each key once.
func sortStableByKey[T any](xs []T, key func(T) string) {
	sortStableKeyed(xs, key, func(_, _ T, a, b string) int { return cmp.Compare(a, b) })
}

// sortStableKeyed sorts xs stably by compare, given each x with its key,
// computed once. Ties keep their order by comparing positions last, which
// sorts as a stable sort does, with fewer moves.
func sortStableKeyed[T, K any](xs []T, key func(T) K, compare func(x, y T, kx, ky K) int) {
	type keyed struct {
		key K
		x   T
		at  int
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{key(x), x, i}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := compare(a.x, b.x, a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	for i := range ks {
		xs[i] = ks[i].x
	}
}

func entries[T Entry](xs []T) []Entry {
	out := make([]Entry, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// Get finds an item by id, in any case.
func (b *Briefing) Get(id string) (Entry, bool) {
	e, ok := b.byID[IDKey(id)]
	return e, ok
}

// All lists every item in reading order: overview, areas, actions, Councils,
// outcomes, events, glossary, context, sources.
func (b *Briefing) All() []Entry { return b.all }

// LinksFrom lists what an item points at, in the order it was written.
func (b *Briefing) LinksFrom(id string) []Link { return b.linksOut[IDKey(id)] }

// LinksTo lists what points at an item.
func (b *Briefing) LinksTo(id string) []Link { return b.linksIn[IDKey(id)] }

// Area finds an area by id.
func (b *Briefing) Area(id string) *Area {
	a, _ := b.byID[IDKey(id)].(*Area)
	return a
}

// Council finds a Council meeting by id.
func (b *Briefing) Council(id string) *Council {
	c, _ := b.byID[IDKey(id)].(*Council)
	return c
}

// Source finds a source by id.
func (b *Briefing) Source(id string) *Source {
	s, _ := b.byID[IDKey(id)].(*Source)
	return s
}

// ActionsOf lists the joint actions of an area.
func (b *Briefing) ActionsOf(areaID string) []*Action {
	var out []*Action
	for _, a := range b.Actions {
		if IDKey(a.Area) == IDKey(areaID) {
			out = append(out, a)
		}
	}
	return out
}

// OutcomesOf lists the outcomes of a Council meeting.
func (b *Briefing) OutcomesOf(councilID string) []*Outcome {
	var out []*Outcome
	for _, o := range b.Outcomes {
		if IDKey(o.Council) == IDKey(councilID) {
			out = append(out, o)
		}
	}
	return out
}
