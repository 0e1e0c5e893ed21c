package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model/whatsnew"
)

func (a *app) whatsnewCommand() *cobra.Command {
	var (
		since    string
		asJSON   bool
		markRead bool
	)
	cmd := &cobra.Command{
		Use:   "whatsnew",
		Short: "What was added, changed and removed since you last read the briefing, with word-level diffs",
		Long: "whatsnew compares the briefing in use with what you last read, item by item: the program " +
			"remembers, in the data directory, the text of each item as you last read it. The first run takes " +
			"everything as read. --mark-read records that you have read the changes; --since compares with a " +
			"version still on this laptop (the built-in one or an installed one) instead.",
		Example: "  briefing whatsnew\n  briefing whatsnew --mark-read\n  briefing whatsnew --since 2026.1 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.contentDir != "" {
				return usageErr(errors.New("whatsnew follows the briefing in use, not --content; to compare two content directories or packs, use `briefing diff OLD NEW`"))
			}
			s, u, err := a.inUse()
			if err != nil {
				return err
			}
			tracker, err := a.whatsNew(s, u)
			if tracker == nil {
				return failure(fmt.Errorf("reading what you last read: %w", err))
			}
			var r whatsnew.Report
			if since == "" {
				r = tracker.Report()
			} else {
				old, err := s.Version(since)
				if err != nil {
					return usageErr(err)
				}
				before, now := whatsnew.ContentSide(old), whatsnew.ContentSide(u.Content)
				r = whatsnew.Compare(before, now).WithDiffs(before, now)
			}
			if asJSON {
				err = writeJSON(cmd.OutOrStdout(), r)
			} else {
				err = a.writeWhatsNew(cmd, r, since != "")
			}
			if err != nil {
				return err
			}
			if markRead {
				if err := tracker.MarkAllRead(); err != nil {
					return failure(fmt.Errorf("recording what you read: %w", err))
				}
				if !asJSON {
					fmt.Fprintln(cmd.OutOrStdout(), "\nmarked as read")
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "compare with `VERSION` instead of what you last read")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&markRead, "mark-read", false, "then record that you have read the briefing as it is now")
	return cmd
}

// writeWhatsNew prints the report with a first line that says what it
// compares.
func (a *app) writeWhatsNew(cmd *cobra.Command, r whatsnew.Report, since bool) error {
	w := cmd.OutOrStdout()
	switch {
	case r.Empty() && r.From == r.To:
		_, err := fmt.Fprintf(w, "Nothing new: you have read briefing %s as it is.\n", r.To)
		return err
	case r.Empty():
		_, err := fmt.Fprintf(w, "Nothing changed from briefing %s to %s.\n", r.From, r.To)
		return err
	case since:
		fmt.Fprintf(w, "What changed from briefing %s to %s, the one in use: ", r.From, r.To)
	default:
		fmt.Fprintf(w, "What's new in briefing %s since you last read it (%s): ", r.To, r.From)
	}
	return writeReport(w, r)
}
