package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

// statusDay is the fixed day of the status tests.
var statusDay = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// statusAt renders the status screen as a terminal of the given width
// would show it (0: through a pipe).
func statusAt(t *testing.T, width int) (string, []model.AreaScore) {
	t.Helper()
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	scores := b.Scorecard(statusDay, "")
	var out bytes.Buffer
	if err := writeStatus(&out, scores, statusDay, width); err != nil {
		t.Fatal(err)
	}
	return out.String(), scores
}

// commitments lists every action and part the scorecard holds.
func commitments(scores []model.AreaScore) []model.Progress {
	var out []model.Progress
	for _, s := range scores {
		for _, p := range s.Progress {
			out = append(out, p)
			out = append(out, p.Parts...)
		}
	}
	return out
}

// TestStatusFitsTheTerminal: at 80, 100 and 160 columns no line is wider
// than the terminal, and every action and part is one row that starts
// with its id and ends with the start of the sentence that decided it.
func TestStatusFitsTheTerminal(t *testing.T) {
	for _, width := range []int{80, 100, 160} {
		out, scores := statusAt(t, width)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("%d columns: a line is %d wide: %q", width, w, l)
			}
		}
		for _, p := range commitments(scores) {
			i := indexOfRow(lines, p.ID)
			if i < 0 {
				t.Errorf("%d columns: no row starts with %s", width, p.ID)
				continue
			}
			row := lines[i]
			why := strings.TrimSuffix(ansi.Truncate(p.Reason, 12, ""), " ")
			if !strings.Contains(row, string(p.Status)) || !strings.Contains(row, why) {
				t.Errorf("%d columns: %s's row lacks its status or the start of its reason %q:\n%s", width, p.ID, why, row)
			}
		}
	}
	// Wider terminals say more of the commitment's strength.
	narrow, _ := statusAt(t, 80)
	wide, _ := statusAt(t, 160)
	if strings.Contains(narrow, "are expected to") || !strings.Contains(wide, "are expected to (effort)") {
		t.Error("80 columns should give the strength in a word, 160 the verb and the word")
	}
}

func indexOfRow(lines []string, id string) int {
	for i, l := range lines {
		if f := strings.Fields(l); len(f) > 0 && f[0] == id {
			return i
		}
	}
	return -1
}

// TestStatusPipedIsPlain: through a pipe the columns are separated by tabs,
// not padded, and nothing is cut: every evidence id and the whole reason.
func TestStatusPipedIsPlain(t *testing.T) {
	out, scores := statusAt(t, 0)
	if strings.Contains(out, "  ") || strings.Contains(out, "…") {
		t.Errorf("piped status is padded or cut:\n%s", out)
	}
	lines := strings.Split(out, "\n")
	for _, p := range commitments(scores) {
		i := indexOfRow(lines, strings.TrimSpace(p.ID))
		if i < 0 {
			t.Fatalf("no row for %s", p.ID)
		}
		cells := strings.Split(strings.TrimSpace(lines[i]), "\t")
		if len(cells) != 5 || cells[4] != p.Reason {
			t.Fatalf("%s: want 5 cells ending with the whole reason, got %q", p.ID, cells)
		}
		for _, e := range p.Evidence {
			if !strings.Contains(cells[3], e.ID) {
				t.Errorf("%s: evidence %s not listed in %q", p.ID, e.ID, cells[3])
			}
		}
	}
}

// TestStatusScorecardAddsUp: per area, the counted columns add up to the
// number of actions; a delivered action is counted once.
func TestStatusScorecardAddsUp(t *testing.T) {
	out, scores := statusAt(t, 0)
	for _, s := range scores {
		sum := s.Done() + s.Counts[model.PartlyDelivered] + s.Counts[model.UnderWay] +
			s.Counts[model.Planned] + s.Counts[model.NoEvidence] + s.Counts[model.Overdue]
		if sum != s.Total {
			t.Errorf("%s: columns add up to %d, want %d (%v)", s.AreaID, sum, s.Total, s.Counts)
		}
	}
	if !strings.Contains(out, "HPCQ\t0/4\t1\t3\t0\t0\t0\t") {
		t.Errorf("HPCQ should read 0 done of 4, 1 partly, 3 under way:\n%s", out)
	}
}

// TestStatusJSONHasIDsModalitiesAndParts: every action in status --json
// carries its id and modality, and an action with parts lists them, each
// with its own status and the sentence that decided it.
func TestStatusJSONHasIDsModalitiesAndParts(t *testing.T) {
	out, errOut, code := briefing(t, "status", "--json", "--today", "2026-11-23")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type commitment struct {
		ID       string       `json:"id"`
		Modality string       `json:"modality"`
		Status   string       `json:"status"`
		Reason   string       `json:"reason"`
		Evidence []any        `json:"evidence"`
		Parts    []commitment `json:"parts"`
	}
	var areas []struct {
		Area    string         `json:"area"`
		Counts  map[string]int `json:"counts"`
		Total   int            `json:"total"`
		Actions []commitment   `json:"actions"`
	}
	if err := json.Unmarshal([]byte(out), &areas); err != nil || len(areas) != 11 {
		t.Fatalf("%v: %d areas", err, len(areas))
	}
	n := 0
	for _, a := range areas {
		for _, act := range a.Actions {
			n++
			if act.ID == "" || act.Modality == "" || act.Reason == "" {
				t.Errorf("action without id, modality or reason: %+v", act)
			}
			if act.ID == "HPCQ-4" {
				if act.Status != "partly delivered" || len(act.Parts) != 2 || act.Parts[1].ID != "HPCQ-4b" ||
					act.Parts[1].Status != "delivered late" || act.Parts[1].Modality != "should" || act.Modality != "intend to" {
					t.Errorf("HPCQ-4: %+v", act)
				}
			}
		}
	}
	if n != 25 {
		t.Errorf("%d actions, want 25", n)
	}
}
