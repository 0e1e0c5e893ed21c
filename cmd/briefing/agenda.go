package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

// agendaCommand is `briefing agenda` and its verbs list, add, rm and mv.
// Each verb prints the agenda as it then is.
func (a *app) agendaCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "agenda",
		Short: "Keep an ordered list of items for the next meeting",
		Long: "agenda prints the agenda (as does agenda list); add puts items at its end, rm takes them off, " +
			"mv moves one to a position counted from 1. It is kept in notes.md in the data directory (see --data).",
		Example: "  briefing agenda add SEMI-1 HPCQ-4 AI-1\n  briefing agenda mv AI-1 1\n  briefing agenda rm HPCQ-4\n" +
			"  briefing agenda --json\n  briefing export --agenda --notes --format html -o agenda.html",
		Args: cobra.NoArgs,
	}
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print the agenda as JSON")
	// verb builds one of the verbs: change edits the store (nil for list),
	// then the agenda is printed.
	verb := func(use, short string, args cobra.PositionalArgs, change func(*model.Briefing, *personal.Store, *cobra.Command, []string) error) *cobra.Command {
		return &cobra.Command{Use: use, Short: short, Args: args, RunE: func(c *cobra.Command, args []string) error {
			l, s, err := a.loadWithStore(c)
			if err != nil {
				return err
			}
			if change != nil {
				if err := change(l.b, s, c, args); err != nil {
					return err
				}
			}
			return printAgenda(c, l, s, asJSON)
		}}
	}
	list := verb("list", "Print the agenda", cobra.NoArgs, nil)
	cmd.RunE = list.RunE
	cmd.AddCommand(list,
		verb("add ID...", "Put items at the end of the agenda", cobra.MinimumNArgs(1), a.agendaAdd),
		verb("rm ID...", "Take items off the agenda", cobra.MinimumNArgs(1), a.agendaRemove),
		verb("mv ID POS", "Move an item to a position on the agenda, counted from 1", cobra.ExactArgs(2), a.agendaMove))
	return cmd
}

func (a *app) agendaAdd(b *model.Briefing, s *personal.Store, cmd *cobra.Command, ids []string) error {
	for _, arg := range ids {
		e, err := lookup(b, arg)
		if err != nil {
			return err
		}
		if err := a.storeErr(cmd, s.AgendaAdd(e.Base().ID)); err != nil {
			return err
		}
	}
	return nil
}

func (a *app) agendaRemove(b *model.Briefing, s *personal.Store, cmd *cobra.Command, ids []string) error {
	for _, arg := range ids {
		id, err := personalID(b, s, arg, true)
		if err != nil {
			return err
		}
		if !s.OnAgenda(id) {
			return usageErr(fmt.Errorf("%s is not on the agenda", id))
		}
		if err := a.storeErr(cmd, s.AgendaRemove(id)); err != nil {
			return err
		}
	}
	return nil
}

func (a *app) agendaMove(b *model.Briefing, s *personal.Store, cmd *cobra.Command, args []string) error {
	id, err := personalID(b, s, args[0], true)
	if err != nil {
		return err
	}
	pos, err := strconv.Atoi(args[1])
	if err != nil || pos < 1 {
		return usageErr(fmt.Errorf("POS %q: a position on the agenda, counted from 1", args[1]))
	}
	if !s.OnAgenda(id) {
		return usageErr(fmt.Errorf("%s is not on the agenda; add it with: briefing agenda add %s", id, id))
	}
	return a.storeErr(cmd, s.AgendaMove(id, pos))
}

// printAgenda prints the agenda as a table or as JSON. An empty agenda is
// said on standard error: a fresh install is not a failure.
func printAgenda(cmd *cobra.Command, l loaded, s *personal.Store, asJSON bool) error {
	list := []noteJSON{}
	rows := [][]string{}
	for i, id := range s.Agenda() {
		n := describe(l, s, id)
		n.Position = i + 1
		list = append(list, n)
		title := n.Title
		if n.ItemChanged {
			title += " (" + personal.ItemChanged + ")"
		}
		rows = append(rows, []string{strconv.Itoa(i+1) + ".", n.ID, marks(n), title})
	}
	out := cmd.OutOrStdout()
	if asJSON {
		return writeJSON(out, list)
	}
	if len(rows) == 0 {
		fmt.Fprintln(cmd.ErrOrStderr(), "The agenda is empty; add items with: briefing agenda add ID...")
		return nil
	}
	width, _ := terminalWidth(out)
	return table(out, rows, width)
}

// marks is ★ for a flag and ✎ for a note, blanks where there is none, so
// the column lines up.
func marks(n noteJSON) string {
	mark := " "
	if n.Flag {
		mark = personal.FlagMark
	}
	if n.Note != "" {
		return mark + personal.NoteMark
	}
	return mark + " "
}
