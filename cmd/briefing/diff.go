package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
)

func (a *app) diffCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "What changed between two content directories or packs, with word-level diffs (for editors)",
		Long: "diff prints the report `briefing whatsnew` gives a delegate, for two versions of the content: " +
			"each a content directory (with its VERSION file) or a pack file, signed or not. Review a change " +
			"with it before you sign the pack.",
		Example: "  briefing diff briefing-2026.1.briefing content\n  briefing diff old-content new-content --json",
		Args:    exactArgs(2, "diff takes two content directories or packs: OLD and NEW"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var sides [2]whatsnew.Side
			var labels [2]string
			for i, arg := range args {
				c, label, err := a.loadForDiff(arg)
				if err != nil {
					return err
				}
				sides[i], labels[i] = whatsnew.ContentSide(c), label
			}
			r := whatsnew.Compare(sides[0], sides[1]).WithDiffs(sides[0], sides[1])
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), r)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "old: %s\nnew: %s\n", labels[0], labels[1])
			if r.Empty() {
				_, err := fmt.Fprintln(w, "no item differs")
				return err
			}
			return writeReport(w, r)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// loadForDiff loads a content directory or a pack, checked as far as it
// can be without trusting it: a pack's files must match its manifest, its
// signature is only described.
func (a *app) loadForDiff(path string) (*pack.Content, string, error) {
	name := model.Sanitize(path)
	info, err := os.Stat(path)
	if err != nil {
		return nil, "", usageErr(err)
	}
	if info.IsDir() {
		fsys, err := openContentDir(path)
		if err != nil {
			return nil, "", usageErr(err)
		}
		c, err := pack.LoadDir(fsys)
		if err != nil {
			return nil, "", usageErr(fmt.Errorf("%s has problems:\n%w", name, err))
		}
		return c, fmt.Sprintf("%s, briefing %s of %s, directory", name, c.Manifest.Version, c.Manifest.Date), nil
	}
	data, err := updates.ReadPack(path)
	if err != nil {
		return nil, "", usageErr(err)
	}
	p, err := pack.Open(data)
	if err != nil {
		return nil, "", usageErr(fmt.Errorf("reading %s: %w", name, err))
	}
	c, err := p.Load()
	if err != nil {
		return nil, "", usageErr(fmt.Errorf("reading %s: %w", name, err))
	}
	return c, fmt.Sprintf("%s, briefing %s of %s, pack %s", name, c.Manifest.Version, c.Manifest.Date, a.signatureNote(p)), nil
}

// signatureNote says who signed a pack, as far as this laptop can tell.
func (a *app) signatureNote(p *pack.Pack) string {
	id, _ := p.SignerID()
	if !p.Signed() {
		return "(unsigned)"
	}
	s, err := a.updateStore()
	if err == nil {
		_, err = s.Verify(p)
	}
	switch {
	case err == nil:
		return fmt.Sprintf("(signed by trusted key %s)", pack.KeyID(id))
	case errors.Is(err, pack.ErrUntrusted):
		return fmt.Sprintf("(signed by key %s, which this laptop does not trust)", pack.KeyID(id))
	default:
		return "(its signature does NOT match its manifest)"
	}
}
