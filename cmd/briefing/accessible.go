package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/linear"
)

// choice is a yes-or-no flag that remembers whether it was given at all.
type choice struct{ given, on bool }

func (c *choice) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("%q: give true or false", s)
	}
	c.given, c.on = true, on
	return nil
}

func (c *choice) String() string { return strconv.FormatBool(c.on) }
func (c *choice) Type() string   { return "bool" }

// useAccessible reports whether browsing should use the accessible mode:
// asked for with --accessible, or chosen because TERM=dumb says the
// terminal cannot draw a screen (--accessible=false insists on the
// full-screen browser even then).
func (a *app) useAccessible() bool {
	if a.accessible.given {
		return a.accessible.on
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
