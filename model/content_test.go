package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

// today is the clock of these tests: the day the briefing was checked.
var today = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func loadEmbedded(t testing.TB) *model.Briefing {
	t.Helper()
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatalf("the built-in content does not load:\n%v", err)
	}
	return b
}

func TestEmbeddedAreasAndActions(t *testing.T) {
	b := loadEmbedded(t)
	wantAreas := []string{"RES", "SEMI", "HPCQ", "CYBER", "B5G", "SKILLS", "AI", "PLAT", "DATA", "DID", "TRADE"}
	if len(b.Areas) != len(wantAreas) {
		t.Fatalf("%d areas, want 11", len(b.Areas))
	}
	for i, a := range b.Areas {
		if a.ID != wantAreas[i] {
			t.Errorf("area %d is %s, want %s", i+1, a.ID, wantAreas[i])
		}
	}
	wantCounts := map[string]int{"RES": 2, "SEMI": 3, "HPCQ": 4, "CYBER": 1, "B5G": 5, "SKILLS": 2, "AI": 2, "PLAT": 2, "DATA": 1, "DID": 1, "TRADE": 2}
	if len(b.Actions) != 25 {
		t.Errorf("%d joint actions, want 25", len(b.Actions))
	}
	for area, n := range wantCounts {
		if got := len(b.ActionsOf(area)); got != n {
			t.Errorf("%s has %d actions, want %d", area, got, n)
		}
	}
	for _, a := range b.Actions {
		if !strings.HasPrefix(a.ID, a.Area+"-") || a.Modality == "" || len(a.Sources) == 0 {
			t.Errorf("%s: area %q, modality %q, %d sources", a.ID, a.Area, a.Modality, len(a.Sources))
		}
	}
	if d := b.Actions[0]; d.ID != "RES-1" {
		t.Errorf("first action is %s, want RES-1", d.ID)
	}
	hpcq4, part := b.ActionOf("HPCQ-4b")
	if hpcq4 == nil || part.Deadline == nil || part.Deadline.String() != "Q1 2023" || hpcq4.Deadline != nil {
		t.Errorf("HPCQ-4b's deadline should be Q1 2023, on the part: %v, %v", hpcq4, part)
	}
}

func TestEmbeddedCouncils(t *testing.T) {
	b := loadEmbedded(t)
	if len(b.Councils) != 4 {
		t.Fatalf("%d Councils, want 4", len(b.Councils))
	}
	held := 0
	for _, c := range b.Councils {
		if !c.Planned {
			held++
		}
	}
	if held != 3 {
		t.Errorf("%d Councils held, want 3", held)
	}
	first := b.Council("DPC-1")
	if first.Date.ISO() != "2023-06-30" || !strings.Contains(first.Place, "Seoul") {
		t.Errorf("1st Council: %s in %s, want 30 June 2023 in Seoul", first.Date, first.Place)
	}
	third := b.Council("DPC-3")
	if third.Date.ISO() != "2025-11-28" || !strings.Contains(third.EUChair.Name, "Virkkunen") || !strings.Contains(third.ROKChair.Name, "Bae Kyung-hoon") {
		t.Errorf("3rd Council: %s, %s and %s", third.Date, third.EUChair.Name, third.ROKChair.Name)
	}
	fourth := b.Council("DPC-4")
	if !fourth.Planned || fourth.Date.String() != "2026" || !strings.Contains(fourth.Place, "Brussels") {
		t.Errorf("4th Council: planned %v, %s in %s", fourth.Planned, fourth.Date, fourth.Place)
	}
	for _, c := range b.Councils[:3] {
		if len(b.OutcomesOf(c.ID)) == 0 {
			t.Errorf("%s has no outcomes", c.ID)
		}
	}
}

func TestEmbeddedCoverage(t *testing.T) {
	b := loadEmbedded(t)
	if n := len(b.Events) + len(b.Councils); n < 40 {
		t.Errorf("%d dated items on the timeline, want at least 40", n)
	}
	if len(b.Terms) < 50 {
		t.Errorf("%d glossary terms, want at least 50", len(b.Terms))
	}
	for _, id := range []string{"S0", "S1", "S2", "S3", "S4"} {
		if b.Source(id) == nil {
			t.Errorf("seed source %s is missing", id)
		}
	}
	for _, s := range b.Sources {
		if s.Type == "public" && !strings.HasPrefix(s.URL, "http") {
			t.Errorf("public source %s has no URL", s.ID)
		}
	}
	for _, id := range []string{"CX-JAPAN", "CX-SINGAPORE", "CX-CHINA", "CX-INDIA", "CX-TAIWAN", "CX-ASEAN"} {
		if _, ok := b.Get(id); !ok {
			t.Errorf("context note %s is missing", id)
		}
	}
}

func TestEmbeddedLinksResolveBothWays(t *testing.T) {
	b := loadEmbedded(t)
	for _, e := range b.All() {
		id := e.Base().ID
		if len(e.Base().Sources) == 0 {
			t.Errorf("%s cites no source", id)
		}
		for _, l := range b.LinksFrom(id) {
			if _, ok := b.Get(l.To); !ok {
				t.Errorf("%s points at missing %s", id, l.To)
			}
			found := false
			for _, back := range b.LinksTo(l.To) {
				if back == l {
					found = true
				}
			}
			if !found {
				t.Errorf("%s -> %s (%s) is not known from the other side", id, l.To, l.Field)
			}
		}
	}
	// An area knows its actions, the outcomes and events that concern it.
	semi := b.LinksTo("SEMI")
	kinds := map[model.Kind]bool{}
	for _, l := range semi {
		e, _ := b.Get(l.From)
		kinds[e.Base().Kind] = true
	}
	for _, k := range []model.Kind{model.KindAction, model.KindOutcome} {
		if !kinds[k] {
			t.Errorf("nothing of kind %s points at SEMI", k)
		}
	}
}

func TestEmbeddedStatuses(t *testing.T) {
	b := loadEmbedded(t)
	status := func(id string, day time.Time) model.Progress {
		e, ok := b.Get(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		return b.ProgressOf(e.(*model.Action), day)
	}
	if p := status("HPCQ-4", today); p.Status != model.PartlyDelivered || p.Parts[1].Status != model.DeliveredLate {
		t.Errorf("HPCQ-4 is %q (%s), want partly delivered, its working group late", p.Status, p.Reason)
	}
	if p := status("HPCQ-4", time.Date(2023, 5, 1, 0, 0, 0, 0, time.UTC)); p.Status != model.Overdue {
		t.Errorf("HPCQ-4 in May 2023 is %q, want overdue", p.Status)
	}
	if p := status("SEMI-1", today); p.Status != model.Delivered {
		t.Errorf("SEMI-1 is %q (%s), want delivered", p.Status, p.Reason)
	}
	if p := status("SKILLS-2", today); p.Status != model.NoEvidence {
		t.Errorf("SKILLS-2 is %q (%s), want no evidence", p.Status, p.Reason)
	}
	for _, a := range b.Actions {
		for _, ev := range b.ProgressOf(a, today).Evidence {
			if len(ev.Sources) == 0 {
				t.Errorf("evidence %s for %s cites no source", ev.ID, a.ID)
			}
			for _, c := range ev.Sources {
				if b.Source(c.Source) == nil {
					t.Errorf("evidence %s cites unknown source %s", ev.ID, c.Source)
				}
			}
		}
	}
	dpc4 := b.Council("DPC-4")
	if got := b.PlanOf(dpc4, today); got != model.PlanDue {
		t.Errorf("DPC-4 on %s is %q, want due now", today.Format(time.DateOnly), got)
	}
	if got := b.PlanOf(dpc4, time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)); got != model.PlanUnreported {
		t.Errorf("DPC-4 in 2027 is %q, want unreported", got)
	}
	if next := b.NextCouncil(today); next == nil || next.ID != "DPC-4" {
		t.Errorf("next Council = %v, want DPC-4", next)
	}
}

// TestContentTrackerTells: what the tracker shows for the findings of the
// content review, so that an edit cannot bring one back. Each subtest is
// named by its finding.
func TestContentTrackerTells(t *testing.T) {
	b := loadEmbedded(t)
	progress := func(id string) model.Progress {
		t.Helper()
		a, _ := b.ActionOf(id)
		if a == nil {
			t.Fatalf("no action %s", id)
		}
		return b.ProgressOf(a, today)
	}
	t.Run("every part has evidence or is no evidence", func(t *testing.T) {
		for _, a := range b.Actions {
			p := b.ProgressOf(a, today)
			for _, c := range append([]model.Progress{p}, p.Parts...) {
				confirmed := 0
				for _, e := range c.Evidence {
					if !e.Unconfirmed {
						confirmed++
					}
				}
				if (confirmed == 0) != (c.Status == model.NoEvidence) {
					t.Errorf("%s: %s with %d confirmed reports", c.ID, c.Status, confirmed)
				}
				if c.Status != model.NoEvidence && !strings.Contains(c.Reason, "(") && len(c.Parts) == 0 {
					t.Errorf("%s: its reason cites no source: %q", c.ID, c.Reason)
				}
			}
		}
	})
	t.Run("I5 strength is the opening verb for all 25", func(t *testing.T) {
		for _, a := range b.Actions {
			if len(a.Parts) > 0 && a.Modality != a.Parts[0].Modality {
				t.Errorf("%s: modality %q, its part a says %q", a.ID, a.Modality, a.Parts[0].Modality)
			}
		}
		for id, want := range map[string]model.Modality{"HPCQ-4": model.IntendTo, "SEMI-2": model.Should, "CYBER-1": model.ExpectedTo} {
			if a, _ := b.ActionOf(id); a.Modality != want {
				t.Errorf("%s: %q, want %q", id, a.Modality, want)
			}
		}
	})
	t.Run("O1 HPCQ-4 partly delivered, the group shown at work in March 2024", func(t *testing.T) {
		p := progress("HPCQ-4")
		if p.Status != model.PartlyDelivered || p.Parts[0].Status != model.NoEvidence ||
			!strings.Contains(p.Parts[1].Reason, "DPC-2.7") || !strings.Contains(p.Parts[1].Reason, "26 March 2024") {
			t.Errorf("HPCQ-4: %s (%s); b: %s", p.Status, p.Reason, p.Parts[1].Reason)
		}
	})
	t.Run("O2 SKILLS-1 rests on no chip-researcher plan", func(t *testing.T) {
		if p := progress("SKILLS-1"); p.Status != model.NoEvidence {
			t.Errorf("SKILLS-1: %s (%s)", p.Status, p.Reason)
		}
	})
	t.Run("O3 B5G-2 spectrum dialogue has no evidence", func(t *testing.T) {
		if p := progress("B5G-2"); p.Parts[1].Status != model.NoEvidence {
			t.Errorf("B5G-2b: %s (%s)", p.Parts[1].Status, p.Parts[1].Reason)
		}
	})
	t.Run("O4 one unofficial report is not a happening", func(t *testing.T) {
		e, _ := b.Get("EV-2026-DIGITAL-TRADE-SIGNED")
		ev := e.(*model.Event)
		m := model.Moment{Date: ev.Date, Entry: ev}
		if !ev.Unconfirmed || b.StateOf(m.Entry, today).String() != model.Unconfirmed {
			t.Errorf("EV-2026-DIGITAL-TRADE-SIGNED: unconfirmed %v, shown %q", ev.Unconfirmed, b.StateOf(m.Entry, today))
		}
	})
	t.Run("I2 PLAT-1 status and text agree", func(t *testing.T) {
		if p := progress("PLAT-1"); p.Status != model.UnderWay || !strings.Contains(p.Parts[0].Reason, "DPC-2.1") {
			t.Errorf("PLAT-1: %s (%s)", p.Status, p.Reason)
		}
	})
	t.Run("I6 no source is cited by nothing", func(t *testing.T) {
		for _, s := range b.Sources {
			cited := false
			for _, l := range b.LinksTo(s.ID) {
				cited = cited || l.From != s.ID
			}
			if !cited {
				t.Errorf("%s is cited by no item", s.ID)
			}
		}
	})
	t.Run("gaps G1-G11 are on the timeline", func(t *testing.T) {
		for _, id := range []string{"EV-2025-SEMI-FORUM2", "EV-2024-AI-SEOUL-SUMMIT", "EV-2025-DIGITAL-TRADE-CONCLUDED", "DPC-2.16",
			"EV-2014-CYBER-CONSULTATIONS", "EV-2025-CYBER-CONSULTATIONS7", "EV-2025-QUANTERA", "EV-2025-EU-INDIA-TTC2",
			"EV-2010-FRAMEWORK-AGREEMENT", "EV-2014-STRATEGIC-PARTNERS", "EV-2011-FTA", "EV-2018-HORIZON-PROPOSAL", "EV-2021-HORIZON-LOI",
			"EV-2023-CYBER-CONFERENCE"} {
			if _, ok := b.Get(id); !ok {
				t.Errorf("%s is missing", id)
			}
		}
		for id, plan := range map[string]string{"EV-2024-AI-SUMMIT-PLAN": "EV-2024-AI-SEOUL-SUMMIT", "EV-2024-INDIA-TTC-PLAN": "EV-2025-EU-INDIA-TTC2"} {
			e, _ := b.Get(id)
			if ev := e.(*model.Event); ev.FulfilledBy != plan {
				t.Errorf("%s is carried out by %q, want %s", id, ev.FulfilledBy, plan)
			}
		}
	})
}
