package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model"
)

// trackerRows are the ids of the tracker's selectable rows, in order.
func trackerRows(m *Model) []string {
	var ids []string
	for _, it := range m.pages[viewIndex(ViewTracker)].nav.Items() {
		if !it.Divider {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

func TestTrackerListsEveryActionInOrder(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "7")
	if m.page().spec.id != ViewTracker {
		t.Fatalf("7 should show the tracker, showed %v", m.page().spec.id)
	}
	ids := trackerRows(m)
	b := m.c.B
	var want []string
	for _, a := range b.Areas {
		for _, act := range b.ActionsOf(a.ID) {
			want = append(want, act.ID)
		}
	}
	if !slices.Equal(ids, want) || len(ids) != 25 {
		t.Fatalf("tracker rows %v, want the %d actions area by area %v", ids, len(want), want)
	}
	// The statuses the issue fixes, on the fixed day.
	tr := m.tracker()
	for id, st := range map[string]model.Status{"HPCQ-4": model.PartlyDelivered, "SEMI-1": model.Delivered, "SKILLS-2": model.NoEvidence} {
		a, _ := m.c.B.ActionOf(id)
		if got := tr.progressOf(a).Status; got != st {
			t.Errorf("%s: %s, want %s", id, got, st)
		}
	}
	// The summary answers the question in one line: what has not moved,
	// and what is overdue (even when nothing is).
	summary := m.page().nav.Items()[0].Title
	for _, w := range []string{"(25)", "no evidence", "0 overdue", "2 partly"} {
		if !strings.Contains(summary, w) {
			t.Errorf("summary %q lacks %q", summary, w)
		}
	}
}

func TestTrackerSorts(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "7")
	tr := m.tracker()
	areaOrder := trackerRows(m)

	press(m, "o") // by status
	if tr.sort != sortStatus || !strings.Contains(m.navTitle(), "by status") {
		t.Fatalf("o once: sort %v, title %q", tr.sort, m.navTitle())
	}
	ids := trackerRows(m)
	if len(ids) != 25 {
		t.Fatalf("sorting lost rows: %d", len(ids))
	}
	for i := 1; i < len(ids); i++ {
		a, _ := m.c.B.ActionOf(ids[i-1])
		b, _ := m.c.B.ActionOf(ids[i])
		ra, rb := tr.progressOf(a).Status.Rank(), tr.progressOf(b).Status.Rank()
		if ra > rb {
			t.Fatalf("by status: %s (%s) before %s (%s)", a.ID, tr.progressOf(a).Status, b.ID, tr.progressOf(b).Status)
		}
		// Stable: equal statuses keep the partnership's order.
		if ra == rb && slices.Index(areaOrder, a.ID) > slices.Index(areaOrder, b.ID) {
			t.Fatalf("by status is not stable: %s before %s", a.ID, b.ID)
		}
	}

	press(m, "o") // by strength
	ids = trackerRows(m)
	for i := 1; i < len(ids); i++ {
		a, _ := m.c.B.ActionOf(ids[i-1])
		b, _ := m.c.B.ActionOf(ids[i])
		if a.Modality.Strength() < b.Modality.Strength() {
			t.Fatalf("by strength: %s (%s) before %s (%s)", a.ID, a.Modality, b.ID, b.Modality)
		}
	}
	if first, _ := m.c.B.ActionOf(ids[0]); first.Modality.StrengthLabel() != "firm" {
		t.Errorf("by strength starts with %s (%s), want a firm commitment", first.ID, first.Modality)
	}

	press(m, "o") // back to by area
	if got := trackerRows(m); !slices.Equal(got, areaOrder) {
		t.Errorf("three presses of o should come back to the area order: %v", got)
	}
}

func TestTrackerFilters(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "7")
	tr := m.tracker()
	status := func(id string) model.Status {
		a, _ := m.c.B.ActionOf(id)
		return tr.progressOf(a).Status
	}

	press(m, "s") // attention: no evidence and overdue
	ids := trackerRows(m)
	if len(ids) == 0 || !strings.Contains(m.navTitle(), statusAttention) {
		t.Fatalf("attention filter: %v, title %q", ids, m.navTitle())
	}
	for _, id := range ids {
		if st := status(id); st != model.NoEvidence && st != model.Overdue {
			t.Errorf("attention shows %s (%s)", id, st)
		}
	}
	if !slices.Contains(ids, "SKILLS-2") {
		t.Errorf("attention should show SKILLS-2 (no evidence): %v", ids)
	}

	press(m, "s") // overdue: none on the fixed day, and it says so
	if ids := trackerRows(m); len(ids) != 0 {
		t.Errorf("overdue on %s: %v", testToday.Format("2006-01-02"), ids)
	}
	if !strings.Contains(frame(m), "no joint action matches") {
		t.Errorf("an empty filter should say so:\n%s", frame(m))
	}

	press(m, "s") // no evidence
	for _, id := range trackerRows(m) {
		if st := status(id); st != model.NoEvidence {
			t.Errorf("no evidence shows %s (%s)", id, st)
		}
	}

	// Area and strength filters combine with it.
	press(m, "f", "j") // the first area: RES, where everything is delivered
	if ids := trackerRows(m); len(ids) != 0 || !strings.Contains(m.navTitle(), "RES") {
		t.Errorf("no evidence in RES: %v (title %q)", ids, m.navTitle())
	}
	for range len(statusFilters()) - 3 {
		press(m, "s") // round to all statuses
	}
	if tr.status != "" {
		t.Fatalf("status filter should be back to all, is %q", tr.status)
	}
	for _, id := range trackerRows(m) {
		if !strings.HasPrefix(id, "RES-") {
			t.Errorf("area filter RES shows %s", id)
		}
	}
	press(m, "f")      // SEMI
	press(m, "w", "w") // intent
	ids = trackerRows(m)
	for _, id := range ids {
		a, _ := m.c.B.ActionOf(id)
		if a.Area != "SEMI" || a.Modality.StrengthLabel() != "intent" {
			t.Errorf("SEMI · intent shows %s (%s, %s)", id, a.Area, a.Modality)
		}
	}
	if len(ids) == 0 || !strings.Contains(m.navTitle(), "SEMI · intent") {
		t.Errorf("SEMI · intent: %v, title %q", ids, m.navTitle())
	}

	// Enter opens the selected action's detail, evidence one Tab away.
	press(m, "enter")
	if m.page().focus != paneDetail || m.detail.Entry().Base().ID != ids[0] {
		t.Fatalf("enter should open %s's detail, focus %v on %v", ids[0], m.page().focus, m.detail.Entry())
	}
	press(m, "tab")
	if m.page().focus != paneLinks || len(m.links.Items()) == 0 {
		t.Errorf("tab from the detail should reach the evidence in Related")
	}
}

func TestTrackerKeysOnlyInTracker(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	before := trackerRows(m)
	press(m, "o", "s", "w") // in the areas view: not the tracker's keys
	if m.tracker().sort != sortArea || m.tracker().status != "" || m.tracker().strength != 0 {
		t.Fatalf("tracker keys acted outside the tracker: %+v", *m.tracker())
	}
	if !slices.Equal(trackerRows(m), before) {
		t.Fatal("tracker rows changed from another view")
	}
	press(m, "7", "?")
	if !strings.Contains(frame(m), "filter by status") {
		t.Errorf("the help in the tracker should list its keys:\n%s", frame(m))
	}
}

func TestAreaScorecards(t *testing.T) {
	m := newSized(t, testOptions(t), 60, 20)
	items := m.pages[viewIndex(ViewAreas)].nav.Items()
	byID := map[string]string{}
	for _, it := range items {
		byID[it.ID] = it.Suffix
	}
	// RES: both actions delivered; SEMI: one of three.
	if byID["RES"] != "▰▰ 2/2" || byID["SEMI"] != "▰▱▱ 1/3" {
		t.Fatalf("scorecards: RES %q, SEMI %q", byID["RES"], byID["SEMI"])
	}
	if !strings.Contains(frame(m), "▰▱▱ 1/3") {
		t.Errorf("the areas list should show the scorecard:\n%s", frame(m))
	}
	// A narrow list keeps the bar and drops the count.
	m = newSized(t, testOptions(t), 100, 30)
	if f := frame(m); !strings.Contains(f, "▰▱▱") || strings.Contains(f, "1/3") {
		t.Errorf("at 100 columns the areas list should show bars only:\n%s", f)
	}
}

func TestCouncilDelta(t *testing.T) {
	m := newSized(t, testOptions(t), 160, 45)
	press(m, "8")
	items := m.page().nav.Items()
	var ids []string
	for _, it := range items {
		ids = append(ids, it.ID)
	}
	if items[0].ID != "DPC-4" || !strings.Contains(items[0].Title, "Brussels") || items[0].Suffix != string(model.PlanDue) {
		t.Fatalf("the first row should be the next Council with its plan: %+v", items[0])
	}
	// Held Councils newest first.
	at := func(id string) int { return slices.Index(ids, id) }
	if !(at("DPC-3") < at("DPC-2") && at("DPC-2") < at("DPC-1")) || at("DPC-1") < 0 {
		t.Fatalf("held Councils should be newest first: %v", ids)
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
	// Enter on an action opens it.
	m.page().nav.SelectID("DPC-3.9")
	press(m, "j", "enter")
	if e := m.detail.Entry(); e == nil || e.Base().ID != items[at("DPC-3.9")+1].ID || m.page().focus != paneDetail {
		t.Errorf("enter should open the action under DPC-3.9, opened %v", e)
	}
	// After the last Council, the tracker's moved on with events.
	m2 := newSized(t, Options{Briefing: m.c.B, Today: testToday.AddDate(1, 0, 0), Theme: ThemeDark}, 160, 45)
	press(m2, "8")
	if first := m2.page().nav.Items()[0]; first.ID != "DPC-4" || first.Suffix != string(model.PlanUnreported) {
		t.Errorf("a year on, DPC-4 should be unreported: %+v", first)
	}
}
