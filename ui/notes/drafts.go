package notes

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/common"
)

// A note being written when the program is ended (a signal, a closed
// terminal, a crash) is kept in the data directory as a draft (see
// personal.Store.KeepDraft). The next start says so, and the editor opens
// on the draft; saving it or throwing it away forgets the draft.

// Draft is the kept draft of a note, if there is one.
func (n *Notes) Draft(id string) (string, bool) {
	if n.store == nil {
		return "", false
	}
	return n.store.Draft(id)
}

// KeepDraft keeps text as the draft of a note, and reports whether it was
// kept.
func (n *Notes) KeepDraft(id, text string) bool {
	return n.store != nil && n.store.KeepDraft(id, text) == nil
}

// DropDraft forgets a kept draft, in a command.
func (n *Notes) DropDraft(id string) tea.Cmd {
	s := n.store
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		if err := s.DropDraft(id); err != nil {
			return common.StatusMsg{Err: fmt.Errorf("forgetting the draft of %s: %w", id, err)}
		}
		return nil
	}
}

// DraftsOffer says which notes have a kept draft, for the start-up, with
// the key that opens the editor on one; "" when none has.
func (n *Notes) DraftsOffer(editKey string) string {
	if n.store == nil {
		return ""
	}
	switch ids := n.store.Drafts(); len(ids) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("the note you were writing on %s when briefing stopped was kept: press %s on %s to go on with it", ids[0], editKey, ids[0])
	default:
		return fmt.Sprintf("%d notes you were writing when briefing stopped were kept (%s and others): press %s on each to go on", len(ids), ids[0], editKey)
	}
}
