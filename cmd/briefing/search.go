package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
)

const searchHelp = `Words narrow together (AND); accents and case are ignored unless a word has a capital.

  word      fuzzy: the word anywhere, or its letters in order in an id, title or alias
  'word     exact: the word as written, anywhere
  ^word     an id, title, alias or name starts with it
  word$     an id, title, alias or name ends with it
  !word     leave out items that contain it
  a | b     either

Scopes: kind:action  area:SEMI  council:2  year:2024  status:overdue (none, planned,
under-way, delivered, late); several values with commas: kind:action,outcome.`

func (a *app) searchCommand() *cobra.Command {
	var (
		asJSON bool
		limit  int
		kind   string
		timing bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Find items by words, ids, aliases and scopes, best first",
		Long:  "Search every item of the briefing: ids, titles, aliases, names, summaries and bodies.\n\n" + searchHelp,
		Example: "  briefing search codeweek\n  briefing search undersea cable\n  briefing search 'kind:action status:overdue'\n" +
			"  briefing search \"^GL- virk\" --json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("search needs a query, for example: briefing search codeweek"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var opts model.SearchOptions
			if kind != "" {
				k, ok := model.ParseKind(kind)
				if !ok {
					return usageErr(fmt.Errorf("--kind %q is not a kind: %s", kind, kindList()))
				}
				opts.Kind = k
			}
			if limit < 0 {
				return usageErr(fmt.Errorf("--limit %d: give a number of results, or 0 for all", limit))
			}
			opts.Limit = limit
			start := time.Now()
			b, today, err := a.loadToday()
			if err != nil {
				return err
			}
			loaded := time.Now()
			query := strings.Join(args, " ")
			ix := model.NewIndexWithNotes(b, today, searchNotes(cmd))
			indexed := time.Now()
			res, err := ix.Search(query, opts)
			if timing {
				fmt.Fprintf(cmd.ErrOrStderr(), "load %v, index %v, search %v (%d items)\n",
					loaded.Sub(start).Round(time.Microsecond), indexed.Sub(loaded).Round(time.Microsecond),
					time.Since(indexed).Round(time.Microsecond), ix.Len())
			}
			if err != nil {
				var qe *model.QueryError
				if errors.As(err, &qe) {
					// Printed here, not by fang, which would reflow the caret line.
					fmt.Fprintf(cmd.ErrOrStderr(), "briefing search: %s\n%s\n", qe.Msg, indent(qe.Pointer()))
					return silent(exitUsage)
				}
				return usageErr(err)
			}
			if strings.TrimSpace(query) == "" {
				return usageErr(errors.New("search needs a query, for example: briefing search codeweek"))
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := writeJSON(out, res); err != nil {
					return err
				}
			} else {
				rows := make([][]string, len(res.Hits))
				for i, h := range res.Hits {
					rows[i] = []string{h.ID, string(h.Kind), h.Title + "  — " + h.Snippet}
				}
				width, _ := terminalWidth(out)
				if err := table(out, rows, width); err != nil {
					return err
				}
			}
			if res.Total == 0 {
				return silent(exitFailure)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: each hit with its score, the field it matched and the matched character positions")
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "show at most `N` results; 0 for all")
	cmd.Flags().BoolVar(&timing, "timing", false, "print how long loading, indexing and searching took, to stderr")
	cmd.Flags().StringVar(&kind, "kind", "", "only items of this `KIND` (area, action, council, outcome, event, term, context, source, overview)")
	return cmd
}

func kindList() string {
	var names []string
	for _, k := range model.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
