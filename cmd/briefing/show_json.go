package main

import (
	"time"

	"github.com/eu-rok/briefing/model"
)

// itemJSON is what `show --json` prints: the item and everything derived
// about it.
type itemJSON struct {
	Item     model.Entry     `json:"item"`
	LinksTo  []model.Link    `json:"links_to"`
	LinkedBy []model.Link    `json:"linked_by"`
	Progress *model.Progress `json:"progress,omitempty"`
}

func showJSON(b *model.Briefing, e model.Entry, today time.Time) itemJSON {
	out := itemJSON{Item: e, LinksTo: b.LinksFrom(e.Base().ID), LinkedBy: b.LinksTo(e.Base().ID)}
	if out.LinksTo == nil {
		out.LinksTo = []model.Link{}
	}
	if out.LinkedBy == nil {
		out.LinkedBy = []model.Link{}
	}
	if a, ok := e.(*model.Action); ok {
		p := b.ProgressOf(a, today)
		out.Progress = &p
	}
	return out
}
