package model

import (
	"testing"
	"testing/fstest"
	"time"
)

// partsPack is the small pack with SEMI-2, an action of two parts (b due
// in Q1 2023), and reports on its parts.
func partsPack(extra map[string]string) *Briefing {
	fsys := smallPack()
	fsys["actions/SEMI-2.md"] = &fstest.MapFile{Data: []byte(withParts)}
	fsys["outcomes/DPC-1.2.md"] = &fstest.MapFile{Data: []byte("---\nid: DPC-1.2\ntitle: Supply chain mapped\nsummary: S\ncouncil: DPC-1\nactions: SEMI-2a\ndelivers: SEMI-2a\nsources:\n  - S0 L84\n  - PUB-A\n---\n")}
	fsys["events/EV-U.md"] = &fstest.MapFile{Data: []byte("---\nid: EV-U\ntitle: Export controls shared, a blog says\nsummary: S\ndate: 2024-05\ntype: meeting\nstatus: unconfirmed\nactions: SEMI-2b\nsources:\n  - PUB-A\n---\nUnconfirmed.\n")}
	for name, text := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	b, err := Load(fsys)
	if err != nil {
		panic(err)
	}
	return b
}

func day(s string) time.Time { return MustParseDate(s).Start().Add(12 * time.Hour) }

func TestPartsRollUp(t *testing.T) {
	b := partsPack(nil)
	a, _ := b.ActionOf("SEMI-2")
	p := b.ProgressOf(a, day("2026-11-23"))
	if len(p.Parts) != 2 || p.Parts[0].Status != Delivered || p.Parts[1].Status != Overdue || p.Status != Overdue {
		t.Fatalf("a missed deadline on part b comes first: %s (%s); parts %+v", p.Status, p.Reason, p.Parts)
	}
	if p.Reason != "part a delivered; part b overdue" {
		t.Errorf("reason %q", p.Reason)
	}
	// The deciding sentence cites the report, not the commitment's own text.
	if want := `DPC-1.2, 30 June 2023 (PUB-A): "Supply chain mapped"`; p.Parts[0].Reason != want {
		t.Errorf("part a: %q, want %q", p.Parts[0].Reason, want)
	}
	// An unconfirmed report is listed but decides nothing.
	if ev := p.Parts[1].Evidence; len(ev) != 1 || !ev[0].Unconfirmed || p.Parts[1].Reason != "due Q1 2023; nothing reported shows it done" {
		t.Errorf("part b: %+v, %q", ev, p.Parts[1].Reason)
	}
	// Before the Council, its outcome is only a plan; before the deadline,
	// part b is not late.
	if p := b.ProgressOf(a, day("2023-01-15")); p.Status != Planned || p.Reason != "part a planned; part b no evidence" {
		t.Errorf("January 2023: %s (%s)", p.Status, p.Reason)
	}
	if p := b.ProgressOf(a, day("2023-07-15")); p.Status != Overdue {
		t.Errorf("July 2023: %s (%s)", p.Status, p.Reason)
	}

	// One part done and the other not due: partly delivered.
	b = partsPack(map[string]string{"actions/SEMI-2.md": "---\nid: SEMI-2\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | should | One\n  - b | intend to | Two\nsources:\n  - S0 L84\n---\n"})
	a, _ = b.ActionOf("SEMI-2")
	if p := b.ProgressOf(a, day("2026-11-23")); p.Status != PartlyDelivered || p.Reason != "part a delivered; part b no evidence" {
		t.Errorf("partly: %s (%s)", p.Status, p.Reason)
	}

	// Both parts shown done, one after its deadline: delivered late.
	b = partsPack(map[string]string{"outcomes/DPC-1.3.md": "---\nid: DPC-1.3\ntitle: Export controls coordinated\nsummary: S\ncouncil: DPC-1\ndelivers: SEMI-2b\nsources:\n  - PUB-A\n---\n"})
	a, _ = b.ActionOf("SEMI-2")
	p = b.ProgressOf(a, day("2026-11-23"))
	if p.Status != DeliveredLate || p.Parts[1].Reason != `due Q1 2023; DPC-1.3, 30 June 2023 (PUB-A): "Export controls coordinated"` {
		t.Errorf("both done: %s (%s); b: %q", p.Status, p.Reason, p.Parts[1].Reason)
	}
	// The action's evidence is its parts', each report once, with the parts it concerns.
	if len(p.Evidence) != 3 || p.Evidence[0].ID != "DPC-1.2" || len(p.Evidence[0].Parts) != 1 {
		t.Errorf("action evidence: %+v", p.Evidence)
	}
}

// TestScorecardAddsUp: every action is counted once, under one status, and
// a delivered action is not counted again as moving.
func TestScorecardAddsUp(t *testing.T) {
	b := partsPack(map[string]string{"actions/SEMI-2.md": "---\nid: SEMI-2\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | should | One\n  - b | intend to | Two\nsources:\n  - S0 L84\n---\n"})
	s := b.Scorecard(day("2026-11-23"), "SEMI")[0]
	if s.Total != 2 || s.Done() != 1 || s.Moving() != 1 || s.Counts[PartlyDelivered] != 1 {
		t.Errorf("SEMI: done %d, moving %d of %d (%v)", s.Done(), s.Moving(), s.Total, s.Counts)
	}
	sum := 0
	for _, n := range s.Counts {
		sum += n
	}
	if sum != s.Total {
		t.Errorf("counts add up to %d, want %d", sum, s.Total)
	}
}
