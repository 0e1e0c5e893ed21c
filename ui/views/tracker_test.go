package views

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
)

func press(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

func TestTrackerListsEveryActionInOrder(t *testing.T) {
	d := deps(t, testToday, nil)
	v := &tracker{d: d}
	got := ids(v.Items())
	var want []string
	for _, a := range d.C.B.Areas {
		for _, act := range d.C.B.ActionsOf(a.ID) {
			want = append(want, act.ID)
		}
	}
	if !slices.Equal(got, want) || len(got) != 25 {
		t.Fatalf("tracker rows %v, want the %d actions area by area %v", got, len(want), want)
	}
	// The statuses the tracker shows, on the fixed day.
	for id, st := range map[string]model.Status{"HPCQ-4": model.PartlyDelivered, "SEMI-1": model.Delivered, "SKILLS-2": model.NoEvidence} {
		a, _ := d.C.B.ActionOf(id)
		if got := d.Statuses.Of(a).Status; got != st {
			t.Errorf("%s: %s, want %s", id, got, st)
		}
	}
	// The summary answers the question in one line: what has not moved,
	// and what is overdue (even when nothing is).
	summary := v.Items()[0].Title
	for _, w := range []string{"(25)", "no evidence", "0 overdue", "2 partly"} {
		if !strings.Contains(summary, w) {
			t.Errorf("summary %q lacks %q", summary, w)
		}
	}
}

func TestTrackerSorts(t *testing.T) {
	d := deps(t, testToday, nil)
	v := &tracker{d: d}
	l := &lists{}
	areaOrder := ids(v.Items())
	rank := func(id string) int { a, _ := d.C.B.ActionOf(id); return d.Statuses.Of(a).Status.Rank() }

	v.Update(press('o'), l) // by status
	if !strings.Contains(v.Title(), "by status") || l.refills != 1 {
		t.Fatalf("o once: title %q, refills %d", v.Title(), l.refills)
	}
	got := ids(v.Items())
	for i := 1; i < len(got); i++ {
		if ra, rb := rank(got[i-1]), rank(got[i]); ra > rb || ra == rb && slices.Index(areaOrder, got[i-1]) > slices.Index(areaOrder, got[i]) {
			t.Fatalf("by status, stable: %s before %s", got[i-1], got[i])
		}
	}
	v.Update(press('o'), l) // by strength
	got = ids(v.Items())
	for i := 1; i < len(got); i++ {
		a, _ := d.C.B.ActionOf(got[i-1])
		b, _ := d.C.B.ActionOf(got[i])
		if a.Modality.Strength() < b.Modality.Strength() {
			t.Fatalf("by strength: %s (%s) before %s (%s)", a.ID, a.Modality, b.ID, b.Modality)
		}
	}
	v.Update(press('o'), l) // back to by area
	if got := ids(v.Items()); !slices.Equal(got, areaOrder) {
		t.Errorf("three presses of o should come back to the area order: %v", got)
	}
}

func TestTrackerFilters(t *testing.T) {
	d := deps(t, testToday, nil)
	v := &tracker{d: d}
	l := &lists{}
	status := func(id string) model.Status { a, _ := d.C.B.ActionOf(id); return d.Statuses.Of(a).Status }

	v.Update(press('s'), l) // attention: no evidence and overdue
	got := ids(v.Items())
	if len(got) == 0 || !slices.Contains(got, "SKILLS-2") || !strings.Contains(v.Title(), statusAttention) {
		t.Fatalf("attention filter: %v, title %q", got, v.Title())
	}
	for _, id := range got {
		if st := status(id); st != model.NoEvidence && st != model.Overdue {
			t.Errorf("attention shows %s (%s)", id, st)
		}
	}
	v.Update(press('s'), l) // overdue: none on the fixed day, and it says so
	items := v.Items()
	if len(ids(items)) != 0 || !strings.Contains(items[len(items)-1].Title, "no joint action matches") {
		t.Errorf("overdue on the fixed day: %v", ids(items))
	}
	v.Update(press('s'), l) // no evidence
	for _, id := range ids(v.Items()) {
		if status(id) != model.NoEvidence {
			t.Errorf("no evidence shows %s", id)
		}
	}
	v.Update(press('f'), l) // RES, where everything is delivered
	if got := ids(v.Items()); len(got) != 0 || !strings.Contains(v.Title(), "RES") {
		t.Errorf("no evidence in RES: %v (title %q)", got, v.Title())
	}
	if !v.Unfilter() || v.Title() != "Tracker · by area" || len(ids(v.Items())) != 25 {
		t.Errorf("Unfilter drops every filter: %q", v.Title())
	}
	v.Update(press('f'), l)
	v.Update(press('f'), l) // SEMI
	v.Update(press('w'), l)
	v.Update(press('w'), l) // intent
	got = ids(v.Items())
	for _, id := range got {
		a, _ := d.C.B.ActionOf(id)
		if a.Area != "SEMI" || a.Modality.StrengthLabel() != "intent" {
			t.Errorf("SEMI · intent shows %s (%s, %s)", id, a.Area, a.Modality)
		}
	}
	if len(got) == 0 || !strings.Contains(v.Title(), "SEMI · intent") {
		t.Errorf("SEMI · intent: %v, title %q", got, v.Title())
	}
	if _, ok := v.Update(press('x'), l); ok {
		t.Error("x is not the tracker's key")
	}
}

func TestAreaScorecards(t *testing.T) {
	v := &areas{d: deps(t, testToday, nil)}
	byID := map[string]string{}
	for _, it := range v.Items() {
		byID[it.ID] = it.Suffix + " | " + it.ShortSuffix
	}
	// RES: both actions delivered; SEMI: one of three; a narrow list keeps
	// the bar and drops the count.
	if byID["RES"] != "▰▰ 2/2 | ▰▰" || byID["SEMI"] != "▰▱▱ 1/3 | ▰▱▱" {
		t.Fatalf("scorecards: RES %q, SEMI %q", byID["RES"], byID["SEMI"])
	}
}

func TestCouncilDelta(t *testing.T) {
	v := &councils{d: deps(t, testToday, nil)}
	items := v.Items()
	var all []string
	for _, it := range items {
		all = append(all, it.ID)
	}
	if items[0].ID != "DPC-4" || !strings.Contains(items[0].Title, "Brussels") || items[0].Suffix != string(model.PlanDue) {
		t.Fatalf("the first row should be the next Council with its plan: %+v", items[0])
	}
	// Held Councils newest first.
	at := func(id string) int { return slices.Index(all, id) }
	if !(at("DPC-3") < at("DPC-2") && at("DPC-2") < at("DPC-1")) || at("DPC-1") < 0 {
		t.Fatalf("held Councils should be newest first: %v", all)
	}
	// DPC-2.7 shows HPCQ-4's working group (part b) done, late, with a ✓ on
	// both rows; the part's row opens its action.
	i := at("DPC-2.7")
	if i < 0 || !strings.Contains(items[i].Suffix, "✓ delivers HPCQ-4b") {
		t.Fatalf("DPC-2.7 should be marked as delivering HPCQ-4b: %+v", items[i])
	}
	if row := items[i+2]; row.ID != "HPCQ-4" || !strings.Contains(row.Prefix, "HPCQ-4b") || row.Suffix != "✓ delivered late · effort" {
		t.Errorf("under DPC-2.7: %+v", items[i+1:i+3])
	}
	// DPC-1.2 agreed the group: a report, not a delivery.
	if j := at("DPC-1.2"); items[j].Suffix != "" || !strings.Contains(items[j+1].Prefix, "HPCQ-4b") {
		t.Errorf("DPC-1.2: %+v", items[j:j+2])
	}
	// A year on, DPC-4 is unreported.
	later := &councils{d: deps(t, testToday.AddDate(1, 0, 0), nil)}
	if first := later.Items()[0]; first.ID != "DPC-4" || first.Suffix != string(model.PlanUnreported) {
		t.Errorf("a year on, DPC-4 should be unreported: %+v", first)
	}
}

func TestTimelineOpensOnTheNextMomentAndFilters(t *testing.T) {
	d := deps(t, testToday, nil)
	v := &timeline{d: d}
	items := v.Items()
	open := v.Opening(items)
	for i, it := range items {
		if it.Divider && items[i+1].ID != open {
			t.Errorf("the timeline opens on %s, not on the moment after today (%s)", open, items[i+1].ID)
		}
	}
	l := &lists{}
	if _, ok := v.Update(press('f'), l); !ok || l.refills != 1 || !strings.HasPrefix(v.Title(), "Timeline: ") {
		t.Fatalf("f filters the timeline by the first area: %q", v.Title())
	}
	if n := len(ids(v.Items())); n >= len(ids(items)) {
		t.Errorf("the filter keeps %d of %d rows", n, len(ids(items)))
	}
	if !v.Unfilter() || v.Title() != "Timeline" || v.Unfilter() {
		t.Error("Unfilter drops the filter once")
	}
}

// Every item lives in exactly one view: the one Locate finds it in,
// except the items of the personal views (agenda) and of What's new.
func TestEachItemLivesInOneView(t *testing.T) {
	d := deps(t, testToday, nil)
	table := Table(d)
	for _, e := range d.C.B.All() {
		n := 0
		for _, v := range table {
			if _, ok := v.Locate(e); ok {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s (%s) lives in %d views", e.Base().ID, e.Base().Kind, n)
		}
	}
}
