package ui

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// relatedItems lists what an item points at and what points at it
// (model.Briefing.Related), under divider rows. Citations of an item as a
// source are grouped last: on a source they are the point, elsewhere they
// would drown the real links.
func relatedItems(b *model.Briefing, id string) []list.Item {
	r := b.Related(id)
	points := make([]model.Entry, len(r.PointsTo))
	for i, x := range r.PointsTo {
		points[i] = x.Entry
	}
	var out []list.Item
	for _, g := range []struct {
		label string
		items []model.Entry
	}{{"points to", points}, {"pointed at by", r.PointedAtBy}, {"cited by", r.CitedBy}} {
		if len(g.items) == 0 {
			continue
		}
		out = append(out, list.Item{Divider: true, Title: g.label + " (" + itoa(len(g.items)) + ")"})
		for _, e := range g.items {
			it := e.Base()
			out = append(out, list.Item{ID: it.ID, Prefix: it.ID, Title: it.Title, Suffix: it.Kind.Label()})
		}
	}
	return out
}
