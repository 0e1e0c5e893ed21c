package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
)

const searchHelp = `Type words, half-words or a whole question. Each word finds the word itself, then
its beginning, its stem (chaired: chair), a synonym from the content's vocabulary
(chips: semiconductors, 반도체), a typo in a long word, and last its letters close
together. Items with every word come first; when none has them all, the items
with the most are shown, with what they lack. Question words (what, did, on…) are
left out; "third Council" and "next Council" name a Council; who, when and where
prefer people, dated items and places. Accents and case are ignored.

  "a phrase"  these words in this order
  'word       as written, anywhere, also inside a word
  ^word       an id, title, alias or name starts with it
  word$       an id, title, alias or name ends with it
  !word       leave out items that contain it
  a | b       either

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
		Short: "Find items by words or a whole question, best first",
		Long:  "Search every item of the briefing, and your notes: ids, titles, aliases, names, summaries and bodies.\n\n" + searchHelp,
		Example: "  briefing search codeweek\n  briefing search what did korea promise on semiconductors\n" +
			"  briefing search who co-chaired the third council\n  briefing search 'kind:action status:overdue'\n" +
			"  briefing search digital identity wallet --json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("search needs a query, for example: briefing search codeweek"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var opts search.Options
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
			query := strings.Join(args, " ")
			if strings.TrimSpace(query) == "" {
				return usageErr(errors.New("search needs a query, for example: briefing search codeweek"))
			}
			start := time.Now()
			b, today, err := a.loadToday()
			if err != nil {
				return err
			}
			notes := a.searchNotes(cmd)
			loaded := time.Now()
			ix := search.New(b, today, notes)
			indexed := time.Now()
			res, err := ix.Search(context.Background(), query, opts)
			if timing {
				fmt.Fprintf(cmd.ErrOrStderr(), "load %v, index %v, search %v (%d items)\n",
					loaded.Sub(start).Round(time.Microsecond), indexed.Sub(loaded).Round(time.Microsecond),
					time.Since(indexed).Round(time.Microsecond), ix.Len())
			}
			if err != nil {
				return usageErr(err)
			}
			if note := searchNote(res); note != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), note)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := writeJSON(out, res); err != nil {
					return err
				}
			} else if err := searchTable(out, res); err != nil {
				return err
			}
			if res.Total == 0 {
				return silent(exitFailure)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: each hit with its score and why it was found (each word: what it matched, how, in which field)")
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "show at most `N` results; 0 for all")
	cmd.Flags().BoolVar(&timing, "timing", false, "print how long loading, indexing and searching took, to stderr")
	cmd.Flags().StringVar(&kind, "kind", "", "only items of this `KIND` (area, action, council, outcome, event, term, context, source, overview)")
	return cmd
}

// caretLine draws the query with a caret line under the problem. The query
// is shown through model.Sanitize: whatever was typed or pasted, its
// control characters show and do not act; the caret is placed by display
// width, so it stands under the problem after wide characters.
func caretLine(e *search.QueryError) string {
	rs := []rune(e.Query)
	lo := min(e.Pos, len(rs))
	hi := min(lo+max(e.Len, 1), len(rs))
	before := ansi.StringWidth(model.Sanitize(string(rs[:lo])))
	under := max(ansi.StringWidth(model.Sanitize(string(rs[lo:hi]))), 1)
	return model.Sanitize(e.Query) + "\n" + strings.Repeat(" ", before) + strings.Repeat("^", under)
}

// searchNote says what the search made of the query, on stderr: the words
// left out, and, when no item has them all, what the items shown lack;
// when no word matches anything, it says so.
func searchNote(res search.Results) string {
	var lines []string
	if len(res.Dropped) > 0 && len(res.Words) > 0 {
		lines = append(lines, fmt.Sprintf("searched for: %s (left out: %s)", strings.Join(res.Words, " "), strings.Join(res.Dropped, ", ")))
	}
	switch {
	case res.Nothing():
		lines = append(lines, "briefing search: no item has any of: "+strings.Join(res.Words, ", "))
	case res.Total == 0:
		lines = append(lines, "briefing search: no item matches "+res.Query)
	case res.Partial:
		line := fmt.Sprintf("no item has all %d words; these have %d", len(res.Words), res.Matched)
		if missing := sameMissing(res.Hits); missing != nil {
			line += " — missing: " + strings.Join(missing, ", ")
		}
		lines = append(lines, line)
	}
	return model.Sanitize(strings.Join(lines, "\n"))
}

// sameMissing is the words every hit lacks, when they all lack the same.
func sameMissing(hits []search.Hit) []string {
	for _, h := range hits {
		if !slices.Equal(h.Missing, hits[0].Missing) {
			return nil
		}
	}
	if len(hits) == 0 {
		return nil
	}
	return hits[0].Missing
}

// searchTable prints the hits, one a row: id, kind, title and snippet, and
// what a hit lacks when the hits lack different words.
func searchTable(out io.Writer, res search.Results) error {
	same := sameMissing(res.Hits) != nil
	rows := make([][]string, len(res.Hits))
	for i, h := range res.Hits {
		text := h.Title + "  — " + h.Snippet
		if len(h.Missing) > 0 && !same {
			text += "  (missing: " + strings.Join(h.Missing, ", ") + ")"
		}
		rows[i] = []string{h.ID, string(h.Kind), text}
	}
	width, _ := terminalWidth(out)
	return table(out, rows, width)
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
