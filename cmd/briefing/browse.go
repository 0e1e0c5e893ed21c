package main

import (
	"github.com/spf13/cobra"
)

// runBrowse is what plain `briefing` does. Until the TUI lands it prints the
// overview.
func (a *app) runBrowse(cmd *cobra.Command, _ []string) error {
	b, err := a.load()
	if err != nil {
		return err
	}
	today, err := a.now()
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	for _, o := range b.Overview {
		if _, err := out.Write([]byte(b.Markdown(o, today) + "\n")); err != nil {
			return err
		}
	}
	return nil
}
