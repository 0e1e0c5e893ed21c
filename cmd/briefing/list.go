package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
)

// listNames are the lists `briefing list` knows, in the order help shows.
var listNames = []string{"areas", "actions", "councils", "outcomes", "timeline", "glossary", "context", "sources", "overview"}

func (a *app) listCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		// KIND, not the nine names, which would widen the first column of
		// the verbs' help past half a terminal.
		Use:       "list KIND",
		Short:     "List the items of one kind",
		Long:      "list prints the items of one kind, one a line: " + strings.Join(listNames, ", ") + ".",
		Example:   "  briefing list areas\n  briefing list actions --json\n  briefing list timeline",
		ValidArgs: listNames,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr(fmt.Errorf("list takes one of: %s", strings.Join(listNames, ", ")))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			b, today, err := a.loadToday()
			if err != nil {
				return err
			}
			entries, rows, err := listRows(b, args[0], today)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, entries)
			}
			width, _ := terminalWidth(out)
			return table(out, rows, width)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}

// listRows gives the entries of one list and their table rows.
func listRows(b *model.Briefing, name string, today time.Time) ([]model.Entry, [][]string, error) {
	var entries []model.Entry
	var rows [][]string
	switch name {
	case "areas":
		for _, x := range b.Areas {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, model.Plural(len(b.ActionsOf(x.ID)), "action", "actions"), x.Short + " — " + x.Summary})
		}
	case "actions":
		for _, x := range b.Actions {
			entries = append(entries, x)
			p := b.ProgressOf(x, today)
			rows = append(rows, []string{x.ID, string(x.Modality), string(p.Status), x.Title})
		}
	case "councils":
		for _, x := range b.Councils {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, x.Date.String(), x.Place, b.StateOf(x, today).String(), x.Title})
		}
	case "outcomes":
		for _, x := range b.Outcomes {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, strings.Join(x.Actions, " "), x.Title})
		}
	case "timeline":
		for _, t := range b.Timeline() {
			entries = append(entries, t.Entry)
			rows = append(rows, []string{t.Date.String(), t.Entry.Base().ID, b.StateOf(t.Entry, today).String(), t.Entry.Base().Title})
		}
	case "glossary":
		for _, x := range b.Terms {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, x.Title, x.Summary})
		}
	case "context":
		for _, x := range b.Contexts {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, x.Category, x.Title})
		}
	case "sources":
		for _, x := range b.Sources {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, x.Language, x.Title})
		}
	case "overview":
		for _, x := range b.Overview {
			entries = append(entries, x)
			rows = append(rows, []string{x.ID, x.Title})
		}
	default:
		return nil, nil, usageErr(fmt.Errorf("there is no list %q: choose one of %s", name, strings.Join(listNames, ", ")))
	}
	return entries, rows, nil
}
