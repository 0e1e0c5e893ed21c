package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) validateCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "validate [DIR]",
		Short:   "Check a content directory and report every problem, with file and line",
		Example: "  briefing validate            # the built-in content\n  briefing validate ./my-pack",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErr(errors.New("validate takes at most one directory"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.contentDir
			if len(args) == 1 {
				dir = args[0]
			}
			l, err := a.loadFrom(dir)
			if err != nil {
				return err
			}
			b := l.b
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d items (%d areas, %d joint actions, %d Councils, %d outcomes, %d events, %d terms, %d context notes, %d sources) and %d synonym groups\n",
				l.info.label(), len(b.All()), len(b.Areas), len(b.Actions), len(b.Councils), len(b.Outcomes), len(b.Events), len(b.Terms), len(b.Contexts), len(b.Sources), len(b.Synonyms))
			return err
		},
	}
}
