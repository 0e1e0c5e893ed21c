package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
)

func (a *app) statusCommand() *cobra.Command {
	var asJSON bool
	var area string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Where each joint action stands: a scorecard by area and the evidence behind each status",
		Long: "status derives where each of the 25 joint actions stands from the evidence in the content " +
			"(Council outcomes and events), compared with today's date (or --today): no evidence, planned, " +
			"under way, delivered, delivered late or overdue. The strength column is the verb the text uses.",
		Example: "  briefing status\n  briefing status --area HPCQ\n  briefing status --json --today 2023-05-01",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, today, err := a.loadToday()
			if err != nil {
				return err
			}
			if area != "" && b.Area(area) == nil {
				return usageErr(fmt.Errorf("no area %q; the areas are %s", area, areaIDs(b)))
			}
			scores := b.Scorecard(today, area)
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, scores)
			}
			width, _ := terminalWidth(out)
			fmt.Fprintf(out, "Joint actions on %s\n\n", today.Format("2 January 2006"))
			rows := [][]string{{"AREA", "DONE", "MOVING", "NONE", "OVERDUE", "NAME"}}
			for _, s := range scores {
				rows = append(rows, []string{s.AreaID, fmt.Sprintf("%d/%d", s.Done(), s.Total), fmt.Sprint(s.Moving()),
					fmt.Sprint(s.Counts[model.NoEvidence]), fmt.Sprint(s.Counts[model.Overdue]), s.Area.Short})
			}
			if err := table(out, rows, width); err != nil {
				return err
			}
			fmt.Fprintln(out)
			rows = [][]string{{"ACTION", "STATUS", "STRENGTH", "EVIDENCE", "WHY"}}
			for _, s := range scores {
				for _, p := range s.Progress {
					rows = append(rows, []string{p.Action.ID, string(p.Status), string(p.Action.Modality) + " (" + p.Action.Modality.StrengthLabel() + ")",
						evidenceIDs(p.Evidence), p.Reason})
				}
			}
			return table(out, rows, width)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: counts per area and every action's status and evidence")
	cmd.Flags().StringVar(&area, "area", "", "only this `AREA` (for example SEMI)")
	return cmd
}

func evidenceIDs(ev []model.Evidence) string {
	if len(ev) == 0 {
		return "–"
	}
	ids := make([]string, len(ev))
	for i, e := range ev {
		ids[i] = e.ID
	}
	return strings.Join(ids, " ")
}

func areaIDs(b *model.Briefing) string {
	ids := make([]string, len(b.Areas))
	for i, a := range b.Areas {
		ids[i] = a.ID
	}
	return strings.Join(ids, ", ")
}
