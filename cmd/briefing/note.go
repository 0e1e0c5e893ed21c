package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

// notes opens the user's notes in --data DIR or the default place: the
// one way every verb and the browser open them. What Open said is for the
// caller to judge: a verb goes on after a warning (storeErr), the browser
// shows it in its status bar, the search only warns.
func (a *app) notes() (*personal.Store, error) {
	dir, err := dataDir(a.data)
	if err != nil {
		return nil, err
	}
	return personal.Open(dir)
}

// openStore opens the notes for a verb of the personal layer: a notes file
// that could not be read has been kept aside, so it says where and goes on
// with what could be read, as the browser does.
func (a *app) openStore(cmd *cobra.Command) (*personal.Store, error) {
	s, err := a.notes()
	if s == nil && err != nil {
		return nil, failure(err)
	}
	if err := a.storeErr(cmd, err); err != nil {
		return nil, err
	}
	return s, nil
}

// loadWithStore loads the briefing and opens the user's notes: what every
// verb of the personal layer starts with.
func (a *app) loadWithStore(cmd *cobra.Command) (loaded, *personal.Store, error) {
	l, err := a.loadFrom(a.contentDir)
	if err != nil {
		return loaded{}, nil, err
	}
	s, err := a.openStore(cmd)
	if err != nil {
		return loaded{}, nil, err
	}
	return l, s, nil
}

// storeErr reports a notes file kept aside, or notes that can only be
// read, as a warning and lets the command go on; any other error ends it.
func (a *app) storeErr(cmd *cobra.Command, err error) error {
	var readOnly *personal.ReadOnlyError // the notes can be read; a change will say why it fails
	if personal.Repaired(err) || errors.As(err, &readOnly) {
		warn(cmd.ErrOrStderr(), "%v", err)
		return nil
	}
	if err != nil {
		return failure(err)
	}
	return nil
}

// personalID resolves an id for the personal commands: an item of the
// briefing (any case, its own spelling), or an id the notes already hold
// though the content no longer has it, so orphans can be read and cleared.
func personalID(b *model.Briefing, s *personal.Store, id string, allowOrphan bool) (string, error) {
	e, err := lookup(b, id)
	if err == nil {
		return e.Base().ID, nil
	}
	if allowOrphan {
		for _, it := range s.Items() {
			if model.SameID(it.ID, id) {
				return it.ID, nil
			}
		}
		for _, x := range s.Agenda() {
			if model.SameID(x, id) {
				return x, nil
			}
		}
	}
	return "", err
}

func (a *app) noteCommand() *cobra.Command {
	var clear bool
	cmd := &cobra.Command{
		Use:   "note ID [TEXT|-]",
		Short: "Show the note on an item, or set it (from TEXT, or from stdin with -)",
		Long: "note prints your note on an item. With TEXT it replaces the note; with - it reads the note " +
			"from standard input; with --clear it removes it. Notes are Markdown, kept in notes.md in the data " +
			"directory (see --data).",
		Example: "  briefing note SEMI-1\n  briefing note SEMI-1 'Raise the timetable; they said March.'\n" +
			"  $EDITOR draft.md && briefing note SEMI-1 - < draft.md\n  briefing note SEMI-1 --clear",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usageErr(fmt.Errorf("note takes an id, for example: briefing note SEMI-1"))
			}
			if clear && len(args) > 1 {
				return usageErr(fmt.Errorf("--clear takes no text"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			l, s, err := a.loadWithStore(cmd)
			if err != nil {
				return err
			}
			id, err := personalID(l.b, s, args[0], len(args) == 1)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			switch {
			case clear:
				if err := a.storeErr(cmd, s.SetNote(id, "", "")); err != nil {
					return err
				}
				_, err = fmt.Fprintf(out, "Removed the note on %s.\n", id)
				return err
			case len(args) == 1:
				note := s.Note(id)
				if note == "" {
					return failure(fmt.Errorf("%s has no note; add one with: briefing note %s TEXT", id, id))
				}
				if l.noteOutdated(s, id) {
					// Beside the note, never in it: the note as printed can be
					// edited and set again.
					warn(cmd.ErrOrStderr(), "%s: %s; `briefing whatsnew` shows what changed, and setting the note again clears this", id, personal.ItemChanged)
				}
				_, err = fmt.Fprintln(out, model.Sanitize(note))
				return err
			}
			text := strings.Join(args[1:], " ")
			if text == "-" {
				data, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), 1<<20+1))
				if err != nil {
					return failure(fmt.Errorf("reading the note from stdin: %w", err))
				}
				if len(data) > 1<<20 {
					return usageErr(fmt.Errorf("the note is over 1 MiB"))
				}
				text = string(data)
			}
			if strings.TrimSpace(text) == "" {
				return usageErr(fmt.Errorf("the note is empty; to remove a note use: briefing note %s --clear", id))
			}
			if fixed, changed := personal.RepairUTF8(text); changed {
				warn(cmd.ErrOrStderr(), "the note is not UTF-8 text; it was read as Windows-1252 (Latin-1): check it with: briefing note %s", id)
				text = fixed
			}
			if err := a.storeErr(cmd, s.SetNote(id, text, l.news.Hash(id))); err != nil {
				return err
			}
			_, err = fmt.Fprintf(out, "Saved the note on %s in %s.\n", id, model.SanitizeLine(s.Path()))
			return err
		},
	}
	cmd.Flags().BoolVar(&clear, "clear", false, "remove the note")
	return cmd
}

// noteJSON is one line of `notes --json` and `agenda --json`.
type noteJSON struct {
	Position int    `json:"position,omitempty"`
	ID       string `json:"id"`
	Title    string `json:"title"`
	Kind     string `json:"kind,omitempty"`
	Flag     bool   `json:"flag"`
	Agenda   bool   `json:"agenda"`
	Note     string `json:"note"`
	Orphan   bool   `json:"orphan"` // the content no longer has this id
	// ItemChanged says the item changed since the note was written.
	ItemChanged bool `json:"item_changed"`
}

// noteOutdated says whether the item changed since the note on it was
// written (personal.ItemChanged), in the briefing in use.
func (l loaded) noteOutdated(s *personal.Store, id string) bool {
	return l.news.ChangedFrom(id, s.ItemHash(id))
}

func describe(l loaded, s *personal.Store, id string) noteJSON {
	n := noteJSON{ID: id, Flag: s.Flagged(id), Agenda: s.OnAgenda(id), Note: s.Note(id),
		ItemChanged: l.noteOutdated(s, id)}
	if e, ok := l.b.Get(id); ok {
		n.Title, n.Kind = e.Base().Title, string(e.Base().Kind)
	} else {
		n.Orphan = true
		n.Title = "(not in the briefing: kept)"
	}
	return n
}

func (a *app) notesCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "notes",
		Short:   "List your notes and flags, with the items' titles",
		Example: "  briefing notes\n  briefing notes --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, s, err := a.loadWithStore(cmd)
			if err != nil {
				return err
			}
			list := []noteJSON{}
			rows := [][]string{}
			for _, it := range s.Items() {
				n := describe(l, s, it.ID)
				list = append(list, n)
				first, _, _ := strings.Cut(model.Sanitize(n.Note), "\n")
				first = model.PlainLine(first)
				if n.ItemChanged {
					first = "(" + personal.ItemChanged + ") " + first
				}
				rows = append(rows, []string{marks(n), n.ID, n.Title, first})
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, list)
			}
			if len(rows) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "No notes or flags yet in %s; add one with: briefing note ID TEXT\n", model.SanitizeLine(s.Dir()))
				return nil
			}
			width, _ := terminalWidth(out)
			return table(out, rows, width)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: id, title, flag, agenda, note and orphan for each")
	return cmd
}
