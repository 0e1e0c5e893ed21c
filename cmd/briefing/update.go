package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/updates"
)

func (a *app) updateCommand() *cobra.Command {
	var rollback, allowOlder bool
	cmd := &cobra.Command{
		Use:   "update FILE | --rollback",
		Short: "Install a signed briefing pack, or go back to the previous briefing",
		Long: "update checks a pack before anything changes: signed by a trusted key (see `briefing trust`), " +
			"every file as the signed manifest says, content that loads, and newer than the briefing in use. " +
			"It then installs it in the data directory in one atomic step; the briefing in use until now is " +
			"kept for --rollback. A pack dropped in the data directory's updates/ folder is installed the " +
			"same way at the next start.",
		Example: "  briefing update /media/usb/briefing-2026.2.briefing\n  briefing update --rollback",
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case rollback && len(args) > 0:
				return usageErr(errors.New("update --rollback takes no file"))
			case !rollback && len(args) != 1:
				return usageErr(errors.New("update takes one pack file, or --rollback"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.updateStore()
			if err != nil {
				return err
			}
			if rollback {
				return a.rollback(cmd, s)
			}
			data, err := updates.ReadPack(args[0])
			if err != nil {
				return usageErr(err)
			}
			res, err := s.Install(data, allowOlder)
			file := model.Sanitize(args[0])
			var refused *updates.Refusal
			switch {
			case errors.As(err, &refused):
				return usageErr(fmt.Errorf("refused %s: %w", file, err))
			case err != nil:
				return failure(fmt.Errorf("installing %s: %w", file, err))
			case res.Already:
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s is the briefing in use already (%s); nothing changed\n", file, res.Manifest.Version)
				return err
			}
			m := res.Manifest
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "installed briefing %s of %s (%d items), signed by key %s, in place of %s\n"+
				"`briefing whatsnew` lists what changed; `briefing update --rollback` goes back\n",
				m.Version, m.Date, m.Items, pack.KeyID(res.Signer.ID()), inUseInfo(res.Before).label())
			return err
		},
	}
	cmd.Flags().BoolVar(&rollback, "rollback", false, "go back to the briefing in use before the last update (run it again to undo)")
	cmd.Flags().BoolVar(&allowOlder, "allow-older", false, "install a pack that is not newer than the installed one in use")
	return cmd
}

// rollback swaps the current and previous briefings and says which is in
// use now.
func (a *app) rollback(cmd *cobra.Command, s *updates.Store) error {
	err := s.Rollback()
	var refused *updates.Refusal
	switch {
	case errors.As(err, &refused):
		return usageErr(err)
	case err != nil:
		return failure(err)
	}
	u, warnings, err := s.Select()
	for _, w := range warnings {
		warn(a.io.err, "%v", w)
	}
	if err != nil {
		return usageErr(err)
	}
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "rolled back: %s is in use (run `briefing update --rollback` again to undo)\n", inUseInfo(u).label())
	return err
}
