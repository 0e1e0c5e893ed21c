package ui

import (
	"strings"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// relatedItems lists what an item points at and what points at it, under
// divider rows. Citations of an item as a source are grouped last: on a
// source they are the point, elsewhere they would drown the real links.
func relatedItems(b *model.Briefing, id string) []list.Item {
	var out, points, pointed, cited []list.Item
	seen := map[string]bool{}
	add := func(dst *[]list.Item, other, section string) {
		k := section + "\x00" + strings.ToUpper(other)
		if seen[k] || strings.EqualFold(other, id) {
			return
		}
		seen[k] = true
		e, ok := b.Get(other)
		if !ok {
			return
		}
		it := e.Base()
		*dst = append(*dst, list.Item{ID: it.ID, Prefix: it.ID, Title: it.Title, Suffix: it.Kind.Label()})
	}
	for _, l := range b.LinksFrom(id) {
		add(&points, l.To, "to")
	}
	for _, l := range b.LinksTo(id) {
		if l.Field == "sources" {
			add(&cited, l.From, "cited")
			continue
		}
		add(&pointed, l.From, "from")
	}
	for _, g := range []struct {
		label string
		items []list.Item
	}{{"points to", points}, {"pointed at by", pointed}, {"cited by", cited}} {
		if len(g.items) == 0 {
			continue
		}
		out = append(out, list.Item{Divider: true, Title: g.label + " (" + itoa(len(g.items)) + ")"})
		out = append(out, g.items...)
	}
	return out
}
