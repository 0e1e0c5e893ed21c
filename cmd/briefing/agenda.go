package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
)

func (a *app) agendaCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "agenda [list | add ID... | rm ID... | mv ID POS]",
		Short: "Keep an ordered list of items for the next meeting",
		Long: "agenda prints the agenda (as does agenda list); add puts items at its end, rm takes them off, " +
			"mv moves one to a position counted from 1. It is kept in notes.md in the data directory (see --data).",
		Example: "  briefing agenda add SEMI-1 HPCQ-4 AI-1\n  briefing agenda mv AI-1 1\n  briefing agenda rm HPCQ-4\n" +
			"  briefing agenda --json\n  briefing export --agenda --notes --format html -o agenda.html",
		ValidArgs: []string{"list", "add", "rm", "mv"},
		Args: func(_ *cobra.Command, args []string) error {
			verb := "list"
			if len(args) > 0 {
				verb = args[0]
			}
			switch {
			case verb == "list" && len(args) <= 1:
			case (verb == "add" || verb == "rm") && len(args) >= 2:
			case verb == "mv" && len(args) == 3:
			default:
				return usageErr(fmt.Errorf("agenda takes: list, add ID..., rm ID... or mv ID POS"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			b, s, err := a.loadWithStore(cmd)
			if err != nil {
				return err
			}
			verb := "list"
			if len(args) > 0 {
				verb = args[0]
			}
			switch verb {
			case "add":
				for _, arg := range args[1:] {
					e, err := lookup(b, arg)
					if err != nil {
						return err
					}
					if err := a.storeErr(cmd, s.AgendaAdd(e.Base().ID)); err != nil {
						return err
					}
				}
			case "rm":
				for _, arg := range args[1:] {
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
			case "mv":
				id, err := personalID(b, s, args[1], true)
				if err != nil {
					return err
				}
				pos, err := strconv.Atoi(args[2])
				if err != nil || pos < 1 {
					return usageErr(fmt.Errorf("POS %q: a position on the agenda, counted from 1", args[2]))
				}
				if !s.OnAgenda(id) {
					return usageErr(fmt.Errorf("%s is not on the agenda; add it with: briefing agenda add %s", id, id))
				}
				if err := a.storeErr(cmd, s.AgendaMove(id, pos)); err != nil {
					return err
				}
			}
			list := []noteJSON{}
			rows := [][]string{}
			for i, id := range s.Agenda() {
				n := describe(b, s, id)
				n.Position = i + 1
				list = append(list, n)
				mark := " "
				if n.Flag {
					mark = "★"
				}
				if n.Note != "" {
					mark += "✎"
				} else {
					mark += " "
				}
				rows = append(rows, []string{strconv.Itoa(i+1) + ".", n.ID, mark, n.Title})
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, list)
			}
			if len(rows) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "The agenda is empty; add items with: briefing agenda add ID...")
				if verb == "list" {
					return silent(exitFailure)
				}
				return nil
			}
			width, _ := terminalWidth(out)
			return table(out, rows, width)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the agenda as JSON")
	return cmd
}
