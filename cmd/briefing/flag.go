package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) flagCommand() *cobra.Command   { return a.flagVerb(true) }
func (a *app) unflagCommand() *cobra.Command { return a.flagVerb(false) }

// flagVerb builds `flag ID...` or `unflag ID...`.
func (a *app) flagVerb(on bool) *cobra.Command {
	verb, short := "flag", "Put a flag (a star) on items"
	if !on {
		verb, short = "unflag", "Take the flag off items"
	}
	return &cobra.Command{
		Use:     verb + " ID...",
		Short:   short,
		Example: "  briefing " + verb + " SEMI-1\n  briefing " + verb + " SEMI-1 HPCQ-4",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(fmt.Errorf("%s takes one or more ids, for example: briefing %s SEMI-1", verb, verb))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			l, s, err := a.loadWithStore(cmd)
			if err != nil {
				return err
			}
			ids := make([]string, len(args))
			for i, arg := range args {
				// Unflagging an orphan is allowed; flagging one is not.
				if ids[i], err = personalID(l.b, s, arg, !on); err != nil {
					return err
				}
			}
			for _, id := range ids {
				set := s.Flag
				if !on {
					set = s.Unflag
				}
				if err := a.storeErr(cmd, set(id)); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s.\n", map[bool]string{true: "Flagged", false: "Unflagged"}[on], id)
			}
			return nil
		},
	}
}
