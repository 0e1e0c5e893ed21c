package main

import (
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/linear"
)

// accessible reports whether browsing should use the accessible mode:
// asked for with --accessible, or chosen because TERM=dumb says the
// terminal cannot draw a screen (--accessible=false insists on the
// full-screen browser even then).
func accessible(cmd *cobra.Command) bool {
	if f := cmd.Flags().Lookup("accessible"); f != nil && f.Changed {
		on, _ := cmd.Flags().GetBool("accessible")
		return on
	}
	return os.Getenv("TERM") == "dumb"
}

// browseAccessible runs the accessible mode: plain numbered lines on
// standard output, answers read a line at a time from standard input.
func (a *app) browseAccessible(cmd *cobra.Command, b *model.Briefing, today time.Time, id string) error {
	width, _ := terminalWidth(cmd.OutOrStdout()) // 0 when not a terminal: no wrapping
	if width > 1 {
		width-- // a full line would make some terminals wrap early
	}
	err := linear.Run(cmd.InOrStdin(), cmd.OutOrStdout(), linear.Options{Briefing: b, Today: today, Width: width, Open: id})
	if err != nil {
		return failure(err)
	}
	return nil
}
