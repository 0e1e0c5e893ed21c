package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/render"
)

func (a *app) showCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show ID",
		Short:   "Print one item: rendered in a terminal, Markdown when piped",
		Example: "  briefing show SEMI-1\n  briefing show dpc-3 | less\n  briefing show HPCQ-4 --json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr(fmt.Errorf("show takes one id, for example: briefing show SEMI-1"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			b, today, err := a.loadToday()
			if err != nil {
				return err
			}
			e, err := lookup(b, args[0])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, showJSON(b, e, today))
			}
			md := b.Markdown(e, today)
			width, isTerm := terminalWidth(out)
			if !isTerm {
				_, err = io.WriteString(out, md)
				return err
			}
			text, err := render.Markdown(md, min(width, 100), a.markdownTheme())
			if err != nil {
				return failure(err)
			}
			_, err = fmt.Fprintln(out, text)
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: the item, its links both ways and, for an action, its status and evidence")
	return cmd
}

// lookup finds an item or says which ids were probably meant.
func lookup(b *model.Briefing, id string) (model.Entry, error) {
	e, err := b.Lookup(id)
	var unknown *model.UnknownIDError
	if errors.As(err, &unknown) && len(unknown.Near) == 0 {
		return nil, fmt.Errorf("%w; `briefing list areas` and `briefing search` help find one", err)
	}
	return e, err
}
