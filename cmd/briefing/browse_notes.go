package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model/personal"
)

// searchNotes is the user's notes for `briefing search`, which finds items
// by their words and labels those hits "your note". Notes that cannot be
// read are a warning, never a failed search.
func (a *app) searchNotes(cmd *cobra.Command) map[string]string {
	s, err := a.notes()
	var ro *personal.ReadOnlyError
	if err != nil && !errors.As(err, &ro) { // read-only notes are still searched
		warn(cmd.ErrOrStderr(), "%v", err)
	}
	if s == nil {
		return nil
	}
	notes := map[string]string{}
	for _, it := range s.Items() {
		notes[it.ID] = it.Note
	}
	return notes
}
