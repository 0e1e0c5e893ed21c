package export

import (
	"errors"
	"fmt"

	"github.com/eu-rok/briefing/model"
)

// Selection is what to export, as `briefing export` and the browser choose
// it.
type Selection struct {
	IDs    []string // items, each alone
	Areas  []string // areas, each with its joint actions
	Agenda []string // the agenda's ids, in its order
}

// Of is the selection that exports one item as the browser does: an area
// with its joint actions (as --area does), anything else alone.
func Of(e model.Entry) Selection {
	if _, ok := e.(*model.Area); ok {
		return Selection{Areas: []string{e.Base().ID}}
	}
	return Selection{IDs: []string{e.Base().ID}}
}

// NotAnAreaError says that an id given as an area names another kind of
// item.
type NotAnAreaError struct {
	ID   string
	Kind model.Kind
}

func (e *NotAnAreaError) Error() string {
	return fmt.Sprintf("%s is a %s, not an area", e.ID, e.Kind.Label())
}

// ErrNothing says a selection holds no item of the briefing.
var ErrNothing = errors.New("nothing to export")

// Select gathers the items a selection names, in order and each once: the
// ids, then each area with its joint actions, then the agenda. An id of
// the agenda that the briefing does not have (a note kept on a renamed
// item) is left out and returned in missing; any other unknown id is a
// *model.UnknownIDError, an area that is not one a *NotAnAreaError, and a
// selection of nothing ErrNothing.
func Select(b *model.Briefing, sel Selection) (items []model.Entry, missing []string, err error) {
	seen := map[string]bool{}
	add := func(e model.Entry) {
		if k := model.IDKey(e.Base().ID); !seen[k] {
			seen[k] = true
			items = append(items, e)
		}
	}
	for _, id := range sel.IDs {
		e, err := b.Lookup(id)
		if err != nil {
			return nil, nil, err
		}
		add(e)
	}
	for _, id := range sel.Areas {
		e, err := b.Lookup(id)
		if err != nil {
			return nil, nil, err
		}
		area, ok := e.(*model.Area)
		if !ok {
			return nil, nil, &NotAnAreaError{ID: e.Base().ID, Kind: e.Base().Kind}
		}
		add(area)
		for _, a := range b.ActionsOf(area.ID) {
			add(a)
		}
	}
	for _, id := range sel.Agenda {
		if e, ok := b.Get(id); ok {
			add(e)
		} else {
			missing = append(missing, id)
		}
	}
	if len(items) == 0 {
		return nil, missing, ErrNothing
	}
	return items, missing, nil
}
