package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/eu-rok/briefing/model/whatsnew"
)

// writeReport prints what changed, kind by kind: each added, changed and
// removed item, and under each changed one the lines that changed, cut
// short and marked as git's --word-diff=plain marks them (whatsnew.Line).
func writeReport(w io.Writer, r whatsnew.Report) error {
	var b strings.Builder
	b.WriteString(r.Summary() + "\n")
	for _, k := range r.Kinds {
		fmt.Fprintf(&b, "\n%s:\n", k.Kind.Folder())
		for _, g := range k.Groups() {
			for _, c := range g.Changes {
				fmt.Fprintf(&b, "  %-8s %s  %s\n", g.Mark.Word(), c.ID, c.Title)
				if c.NoDiff != "" {
					fmt.Fprintf(&b, "           (no diff: %s)\n", c.NoDiff)
				}
				for _, line := range whatsnew.Lines(c.Diff) {
					if line.Changed() {
						b.WriteString("           " + line.Shortened().Marked() + "\n")
					}
				}
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
