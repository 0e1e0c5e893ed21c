// Package views holds the browser's views, one file each, and the table
// that lists them in tab order. A view says what its lists hold and what
// its own keys do (page.View); the page gives it everything else.
package views

import (
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/page"
)

// Deps is what the views read: the shared context, the user's notes, the
// joint actions' statuses, and what's new since the user last read the
// briefing (nil when the content is not the one in use: --content).
type Deps struct {
	C        *common.Common
	Notes    *notes.Notes
	Statuses *Statuses
	News     *updates.Tracker
}

// Table lists the views in tab order. A new view is one file of this
// package and one line here.
func Table(d Deps) []page.View {
	return []page.View{
		&areas{d: d},
		&timeline{d: d},
		&catalogue{d: d, name: "Overview", tab: page.Tab{Short: "Over", Keep: 3}, kind: model.KindOverview},
		&catalogue{d: d, name: "Glossary", tab: page.Tab{Short: "Gloss", Keep: 2}, kind: model.KindTerm},
		&catalogue{d: d, name: "Context", tab: page.Tab{Short: "Ctx", Keep: 0}, kind: model.KindContext},
		&catalogue{d: d, name: "Sources", tab: page.Tab{Short: "Src", Keep: 1}, kind: model.KindSource},
		&tracker{d: d},
		&councils{d: d},
		&agenda{d: d},
		&whatsNew{d: d},
	}
}
