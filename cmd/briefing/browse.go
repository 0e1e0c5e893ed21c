package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui"
	"github.com/eu-rok/briefing/ui/render"
)

// needsTerminal is what plain `briefing` (id "") or `briefing open ID`
// says when its output is a pipe or a file: a full-screen program there
// would only write escape codes.
func needsTerminal(id string) error {
	if id != "" {
		return fmt.Errorf("briefing open starts the full-screen browser: it needs a terminal; to print the item, use: briefing show %s", model.SanitizeLine(id))
	}
	return errors.New("briefing with no verb opens a full-screen browser and needs a terminal; " +
		"to print instead, use `briefing list areas` or `briefing show ID`")
}

// runBrowse is what plain `briefing` does: the TUI.
func (a *app) runBrowse(cmd *cobra.Command, _ []string) error {
	return a.browse(cmd, "")
}

// openCommand is `briefing open ID`: the TUI, started on one item.
func (a *app) openCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "open ID",
		Short:   "Open the browser on one item",
		Example: "  briefing open DPC-4\n  briefing open SEMI-1 --theme light",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr(errors.New("open takes one id, for example: briefing open DPC-4"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return a.browse(cmd, args[0]) },
	}
}

// browse loads the briefing and runs the TUI, optionally on one item.
func (a *app) browse(cmd *cobra.Command, id string) error {
	l, err := a.loadFrom(a.contentDir)
	if err != nil {
		return err
	}
	b := l.b
	today, err := a.now()
	if err != nil {
		return err
	}
	if id != "" {
		e, err := lookup(b, id)
		if err != nil {
			return err
		}
		id = e.Base().ID
	}
	if a.useAccessible() {
		return a.browseAccessible(cmd, b, today, id)
	}
	if _, isTerm := terminalWidth(cmd.OutOrStdout()); !isTerm {
		return usageErr(needsTerminal(id))
	}
	guess := a.markdownTheme()
	opts := ui.Options{
		Briefing:  b,
		Today:     today,
		Theme:     a.theme,
		Color:     os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
		DarkGuess: guess != render.Light,
		Open:      id,
		News:      l.news,
		Content:   l.info.status(),
	}
	if l.news != nil && id == "" {
		// Once after the briefing changed, the browser opens on What's new.
		// A record that cannot be written only opens it again next time.
		opts.Announce, _ = l.news.Announce()
	}
	opts.Personal, opts.PersonalErr = a.notes()
	if err := ui.Run(cmd.Context(), opts); err != nil {
		return browseFailed(cmd, err)
	}
	return nil
}
