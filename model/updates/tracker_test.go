package updates

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/whatsnew"
)

const newTerm = `---
id: GL-TEST-NEW
title: A term the test adds
category: concept
summary: A term that only the test's edition has.
sources:
  - S0 L1
---
Added by the test.
`

// unreferencedTerm is a glossary item nothing links to, which an edition
// may remove and still load.
func unreferencedTerm(t *testing.T) *model.Term {
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range b.Terms {
		if len(b.LinksTo(term.ID)) == 0 {
			return term
		}
	}
	t.Fatal("every glossary item is linked to")
	return nil
}

// changedEdition changes one action, adds a term and removes one.
func changedEdition(t *testing.T, version string) (fstest.MapFS, string) {
	gone := unreferencedTerm(t)
	return edition(t, version, func(m fstest.MapFS) {
		replaceIn(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
		m["glossary/GL-TEST-NEW.md"] = &fstest.MapFile{Data: []byte(newTerm)}
		delete(m, gone.File)
	}), gone.ID
}

// inUseTracker opens the tracker on what the laptop uses now, as a start
// of the program does.
func (l *laptop) inUseTracker(t *testing.T) *Tracker {
	t.Helper()
	u, _, err := l.Select()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := l.Tracker(u.Content)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestWhatsNewRoundTrip(t *testing.T) {
	l := newLaptop(t)
	clock := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return clock }
	if r := l.inUseTracker(t).Report(); !r.Empty() {
		t.Fatalf("the first run lists changes: %+v", r)
	}
	noteWritten := clock.Add(time.Hour)

	next, goneID := changedEdition(t, "9000.2")
	clock = clock.Add(24 * time.Hour)
	if _, err := l.Install(l.packOf(t, next), false); err != nil {
		t.Fatal(err)
	}
	tr := l.inUseTracker(t) // the next start
	r := tr.Report()
	if r.From != builtinVersion(t) || r.To != "9000.2" {
		t.Errorf("from %s to %s", r.From, r.To)
	}
	if a, c, rm := r.Counts(); a != 1 || c != 1 || rm != 1 {
		t.Fatalf("added %d, changed %d, removed %d: %+v", a, c, rm, r)
	}
	var changed whatsnew.Change
	for _, k := range r.Kinds {
		switch k.Kind {
		case model.KindAction:
			changed = k.Changed[0]
		case model.KindTerm:
			if k.Added[0].ID != "GL-TEST-NEW" || k.Removed[0].ID != goneID {
				t.Errorf("glossary: %+v", k)
			}
		default:
			t.Errorf("a change in %s", k.Kind)
		}
	}
	if changed.ID != "SEMI-1" || !hasSpan(changed.Diff, whatsnew.Delete, "set up") || !hasSpan(changed.Diff, whatsnew.Insert, "hold") {
		t.Errorf("the change: %+v", changed)
	}
	if m := tr.Marks(); len(m) != 2 || m["SEMI-1"] != whatsnew.Changed || m["GL-TEST-NEW"] != whatsnew.New {
		t.Errorf("marks %v", m)
	}
	if d, err := tr.Diff("SEMI-1"); err != nil || !hasSpan(d, whatsnew.Insert, "hold") {
		t.Errorf("Diff: %v %v", d, err)
	}
	if d, err := tr.Diff("SEMI-2"); d != nil || err != nil {
		t.Errorf("an unchanged item has a diff: %v", d)
	}
	if !tr.ChangedSince("SEMI-1", noteWritten) || tr.ChangedSince("SEMI-2", noteWritten) || tr.ChangedSince("SEMI-1", clock) {
		t.Error("ChangedSince")
	}
	if old := tr.Hash("SEMI-2"); tr.ChangedFrom("SEMI-2", old) || !tr.ChangedFrom("SEMI-2", strings.Repeat("0", 64)) {
		t.Error("ChangedFrom")
	}

	if err := tr.MarkRead("SEMI-1"); err != nil {
		t.Fatal(err)
	}
	tr = l.inUseTracker(t) // marks are kept across starts
	if m := tr.Marks(); len(m) != 1 || m["GL-TEST-NEW"] != whatsnew.New {
		t.Errorf("after reading SEMI-1: %v", m)
	}
	if err := tr.MarkAllRead(); err != nil {
		t.Fatal(err)
	}
	if r := l.inUseTracker(t).Report(); !r.Empty() || r.From != "9000.2" {
		t.Errorf("after reading everything: %+v", r)
	}
	texts, _ := os.ReadDir(tr.textsDir())
	if want := len(tr.current.Items); len(texts) != want {
		t.Errorf("%d texts kept for %d items", len(texts), want)
	}
}

func hasSpan(spans []whatsnew.Span, op whatsnew.Op, text string) bool {
	for _, s := range spans {
		if s.Op == op && strings.Contains(s.Text, text) {
			return true
		}
	}
	return false
}

// TestWhatsNewAfterUpdateFirst: a laptop whose first command is an update
// still sees what changed: the install records the briefing it replaces.
func TestWhatsNewAfterUpdateFirst(t *testing.T) {
	l := newLaptop(t)
	next, _ := changedEdition(t, "9000.2")
	if _, err := l.Install(l.packOf(t, next), false); err != nil {
		t.Fatal(err)
	}
	if a, c, rm := l.inUseTracker(t).Report().Counts(); a != 1 || c != 1 || rm != 1 {
		t.Errorf("added %d, changed %d, removed %d", a, c, rm)
	}
}

// TestDiffWithoutEarlierText: a text lost from the store costs its diff,
// not the report.
func TestDiffWithoutEarlierText(t *testing.T) {
	l := newLaptop(t)
	l.inUseTracker(t)
	next, _ := changedEdition(t, "9000.2")
	l.Install(l.packOf(t, next), false)
	tr := l.inUseTracker(t)
	os.RemoveAll(tr.textsDir())
	for _, k := range tr.Report().Kinds {
		for _, c := range k.Changed {
			if c.Diff != nil || c.NoDiff == "" {
				t.Errorf("%s: %+v", c.ID, c)
			}
		}
	}
	if _, err := tr.Diff("SEMI-1"); err == nil {
		t.Error("Diff without the earlier text")
	}
}

func TestCorruptState(t *testing.T) {
	l := newLaptop(t)
	tr := l.inUseTracker(t)
	os.WriteFile(tr.statePath(), []byte("{not json"), 0o600)
	u, _, _ := l.Select()
	tr, err := l.Tracker(u.Content)
	var se *StateError
	if !errors.As(err, &se) || tr == nil {
		t.Fatalf("%v", err)
	}
	if data, _ := os.ReadFile(se.Aside); string(data) != "{not json" {
		t.Error("the unreadable record was not kept aside")
	}
	if r := tr.Report(); !r.Empty() {
		t.Error("a fresh record lists changes")
	}
	if _, err := os.Stat(filepath.Join(l.dir, trackerFolder, "state.json")); err != nil {
		t.Error("no fresh record was written")
	}
}
