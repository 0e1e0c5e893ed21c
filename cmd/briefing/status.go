package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
)

func (a *app) statusCommand() *cobra.Command {
	var asJSON bool
	var area string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Where each joint action stands: a scorecard by area, each action and its parts, and the report each status rests on",
		Long: "status derives where each of the 25 joint actions stands from the evidence in the content " +
			"(Council outcomes and events), compared with today's date (or --today): no evidence, planned, " +
			"under way, partly delivered, delivered, delivered late or overdue. An action whose text joins " +
			"several commitments is shown with its parts (HPCQ-4a, HPCQ-4b), and its status rolls up from " +
			"theirs. WHY is the sentence that decided the status; STRENGTH is the verb the text uses. " +
			"In a terminal the table fits the width; through a pipe its columns are separated by tabs and nothing is cut.",
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
			return writeStatus(out, scores, today, width)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: counts per area, and every action with its id, modality, status, reason, evidence and parts")
	cmd.Flags().StringVar(&area, "area", "", "only this `AREA` (for example SEMI)")
	return cmd
}

// Widths from which the action table shows more of a commitment's
// strength: the verb, then the verb with its strength in a word.
const (
	statusVerbWidth  = 100
	statusLabelWidth = 140
)

// writeStatus prints the scorecard by area and the table of actions, each
// with its parts, fitted to width terminal cells: one row an action or
// part, the sentence that decided its status last, cut with "…". With
// width 0 (not a terminal) the columns are separated by tabs and nothing
// is cut or padded.
func writeStatus(w io.Writer, scores []model.AreaScore, today time.Time, width int) error {
	write := func(rows [][]string) error {
		if width > 0 {
			return table(w, rows, width)
		}
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(w, "Joint actions on %s\n\n", today.Format("2 January 2006"))
	rows := [][]string{{"AREA", "DONE", "PARTLY", "UNDER WAY", "PLANNED", "NONE", "OVERDUE", "NAME"}}
	for _, s := range scores {
		rows = append(rows, []string{s.AreaID, strconv.Itoa(s.Done()) + "/" + strconv.Itoa(s.Total),
			count(s, model.PartlyDelivered), count(s, model.UnderWay), count(s, model.Planned),
			count(s, model.NoEvidence), count(s, model.Overdue), s.Area.Short})
	}
	if err := write(rows); err != nil {
		return err
	}
	fmt.Fprintln(w)
	evidence := "EV" // counted in a terminal, listed through a pipe
	if width == 0 {
		evidence = "EVIDENCE"
	}
	rows = [][]string{{"ACTION", "STATUS", "STRENGTH", evidence, "WHY"}}
	for _, s := range scores {
		for _, p := range s.Progress {
			rows = append(rows, statusRow(p.ID, p, width))
			for _, pp := range p.Parts {
				id := pp.ID
				if width > 0 {
					id = "  " + id // a part stands under its action
				}
				rows = append(rows, statusRow(id, pp, width))
			}
		}
	}
	return write(rows)
}

func count(s model.AreaScore, st model.Status) string { return strconv.Itoa(s.Counts[st]) }

// statusRow is one action's or part's row at the given width: in a
// terminal the evidence is counted, so that the sentence that decided the
// status keeps the room; through a pipe (width 0) it is listed by id.
func statusRow(id string, p model.Progress, width int) []string {
	verb, label := string(p.Modality), p.Modality.StrengthLabel()
	strength, ev := verb+" ("+label+")", strconv.Itoa(len(p.Evidence))
	switch {
	case width == 0:
		ev = evidenceIDs(p.Evidence)
	case width < statusVerbWidth:
		strength = label
	case width < statusLabelWidth:
		strength = verb
	}
	return []string{id, string(p.Status), strength, ev, p.Reason}
}

// evidenceIDs lists the evidence by id, or a dash when there is none.
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
