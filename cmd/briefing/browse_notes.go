package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model/personal"
)

// browserStore opens the notes for the browser. Unlike the note verbs it
// never stops the program: a notes file that could not be read (kept
// aside), a data directory that cannot be written or cannot be found all
// come back as the error the browser shows in its status bar, with the
// built-in content and whatever notes could be read.
func browserStore(cmd *cobra.Command) (*personal.Store, error) {
	flag, _ := cmd.Flags().GetString("data")
	dir, err := dataDir(flag)
	if err != nil {
		return nil, err
	}
	return personal.Open(dir)
}

// searchNotes is the user's notes for `briefing search`, which finds items
// by their words and labels those hits "your note". Notes that cannot be
// read are a warning, never a failed search.
func searchNotes(cmd *cobra.Command) map[string]string {
	s, err := browserStore(cmd)
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
