package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/export"
	"github.com/eu-rok/briefing/model/personal"
)

func (a *app) exportCommand() *cobra.Command {
	var (
		areas           []string
		agenda, notes   bool
		format, outFile string
		title           string
		force           bool
	)
	cmd := &cobra.Command{
		Use:   "export [ID...]",
		Short: "Write a printable briefing note (Markdown or HTML) of chosen items",
		Long: "export writes a briefing note: for each item its title, id, kind, summary, status and strength, " +
			"your note with --notes, and at the end every source cited, with its address. Choose items by id, " +
			"by area (the area and its joint actions) and with --agenda (the agenda, in order). HTML is one " +
			"self-contained file laid out for A4.",
		Example: "  briefing export --agenda --notes --format html -o agenda.html\n" +
			"  briefing export SEMI-1 HPCQ-4 --format md\n  briefing export --area AI -o ai.md",
		RunE: func(cmd *cobra.Command, args []string) error {
			format = strings.ToLower(format)
			if format == "" {
				format = "md"
				if ext := strings.ToLower(filepath.Ext(outFile)); ext == ".html" || ext == ".htm" {
					format = "html"
				}
			}
			if format != "md" && format != "html" {
				return usageErr(fmt.Errorf("--format %q: choose md or html", format))
			}
			l, err := a.loadFrom(a.contentDir)
			if err != nil {
				return err
			}
			b := l.b
			today, err := a.now()
			if err != nil {
				return err
			}
			var store *personal.Store
			if agenda || notes {
				if store, err = a.openStore(cmd); err != nil {
					return err
				}
			}
			items, err := exportItems(cmd, b, store, args, areas, agenda)
			if err != nil {
				return err
			}
			opts := export.Options{Title: title, Today: today}
			if notes {
				opts.Note = store.Note
				opts.ItemChanged = func(id string) bool { return l.noteOutdated(store, id) }
			}
			var data []byte
			if format == "html" {
				if data, err = export.HTML(b, items, opts); err != nil {
					return failure(err)
				}
			} else {
				data = export.Markdown(b, items, opts)
			}
			if outFile == "" || outFile == "-" {
				_, err = cmd.OutOrStdout().Write(data)
				return err
			}
			switch err := export.WriteFile(outFile, data, notes, force); {
			case errors.Is(err, export.ErrExists):
				return usageErr(fmt.Errorf("%s exists: add --force to replace it, or give another name", outFile))
			case errors.Is(err, export.ErrNotAFile):
				return usageErr(err)
			case err != nil:
				return failure(fmt.Errorf("writing %s: %w", outFile, err))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "Wrote %s (%s).\n", model.SanitizeLine(outFile), model.Plural(len(items), "item", "items"))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&areas, "area", nil, "add an `AREA` and its joint actions (repeat or separate with commas)")
	f.BoolVar(&agenda, "agenda", false, "add the items on your agenda, in its order")
	f.BoolVar(&notes, "notes", false, "print your notes under the items")
	f.StringVar(&format, "format", "", "the file's format: md (Markdown) or html (default: from the -o file's extension, else md)")
	f.StringVarP(&outFile, "output", "o", "", "write to `FILE` (atomically; - is standard output) instead of standard output")
	f.BoolVar(&force, "force", false, "replace the -o file if it exists (only a regular file, keeping its mode)")
	f.StringVar(&title, "title", "", "the note's title (default \"Briefing note\")")
	return cmd
}

// exportItems gathers the chosen items (export.Select) and warns about
// agenda ids the briefing no longer has.
func exportItems(cmd *cobra.Command, b *model.Briefing, s *personal.Store, ids, areas []string, agenda bool) ([]model.Entry, error) {
	sel := export.Selection{IDs: ids, Areas: areas}
	if agenda {
		sel.Agenda = s.Agenda()
	}
	items, missing, err := export.Select(b, sel)
	for _, id := range missing {
		warn(cmd.ErrOrStderr(), "%s is on the agenda but not in the briefing; left out", id)
	}
	var notArea *export.NotAnAreaError
	switch {
	case errors.As(err, &notArea):
		return nil, fmt.Errorf("--area %s: %w", notArea.ID, err)
	case errors.Is(err, export.ErrNothing):
		return nil, fmt.Errorf("%w: give ids, --area or --agenda (is the agenda empty?)", err)
	}
	return items, err
}
