package model

// Related is what an item points to and what points to it: the browser's
// Related pane, the document's "Points to" and "Pointed at by" sections
// and the accessible mode's choices are all made from it. Each group holds
// an item once, in the order the links were written, and never the item
// itself; ids that name nothing are left out.
type Related struct {
	PointsTo    []Relation // what the item names, its sources among them
	PointedAtBy []Entry    // what names it, other than as a source
	CitedBy     []Entry    // what cites it as a source
}

// Relation is an item that another names.
type Relation struct {
	Entry Entry
	// Cited says the item is named only as a source: a document lists it
	// with its citation, under sources, rather than as a link.
	Cited bool
}

// Related gathers the items related to id.
func (b *Briefing) Related(id string) Related {
	var r Related
	at := map[string]int{} // a target's place in PointsTo
	for _, l := range b.LinksFrom(id) {
		k := IDKey(l.To)
		if k == IDKey(id) {
			continue
		}
		cited := l.Field == "sources"
		if i, ok := at[k]; ok {
			r.PointsTo[i].Cited = r.PointsTo[i].Cited && cited
			continue
		}
		if e, ok := b.byID[k]; ok {
			at[k] = len(r.PointsTo)
			r.PointsTo = append(r.PointsTo, Relation{Entry: e, Cited: cited})
		}
	}
	pointed, cited := map[string]bool{}, map[string]bool{}
	for _, l := range b.LinksTo(id) {
		group, seen := &r.PointedAtBy, pointed
		if l.Field == "sources" {
			group, seen = &r.CitedBy, cited
		}
		k := IDKey(l.From)
		if k == IDKey(id) || seen[k] {
			continue
		}
		seen[k] = true
		if e, ok := b.byID[k]; ok {
			*group = append(*group, e)
		}
	}
	return r
}

// All lists every related item once: what the item points to, then what
// points to it, then what cites it.
func (r Related) All() []Entry {
	seen := map[string]bool{}
	var out []Entry
	add := func(e Entry) {
		if k := IDKey(e.Base().ID); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	for _, x := range r.PointsTo {
		add(x.Entry)
	}
	for _, e := range r.PointedAtBy {
		add(e)
	}
	for _, e := range r.CitedBy {
		add(e)
	}
	return out
}
