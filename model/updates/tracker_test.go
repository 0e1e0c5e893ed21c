package updates

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
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
	return packtest.Edition(t, version, func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
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
	first := l.inUseTracker(t)
	if r := first.Report(); !r.Empty() {
		t.Fatalf("the first run lists changes: %+v", r)
	}
	if news, err := first.Announce(); news || err != nil {
		t.Fatalf("the first run has news to announce: %v %v", news, err)
	}
	noted := first.Hash("SEMI-1") // a note written on SEMI-1 as it was

	next, goneID := changedEdition(t, "9000.2")
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
	if m := tr.Marks(); len(m) != 3 || m["SEMI-1"] != whatsnew.Changed || m["GL-TEST-NEW"] != whatsnew.New || m[goneID] != whatsnew.Removed {
		t.Errorf("marks %v", m)
	}
	// A note written on SEMI-1 before the update is on a changed item; a
	// note written now is not, nor is one that kept no hash.
	if !tr.ChangedFrom("SEMI-1", noted) || tr.ChangedFrom("SEMI-1", tr.Hash("SEMI-1")) || tr.ChangedFrom("SEMI-1", "") {
		t.Error("ChangedFrom on SEMI-1")
	}
	if old := tr.Hash("SEMI-2"); tr.ChangedFrom("SEMI-2", old) || !tr.ChangedFrom("SEMI-2", strings.Repeat("0", 64)) {
		t.Error("ChangedFrom on SEMI-2")
	}

	if err := tr.MarkRead("SEMI-1", goneID); err != nil {
		t.Fatal(err)
	}
	tr = l.inUseTracker(t) // marks are kept across starts
	if m := tr.Marks(); len(m) != 1 || m["GL-TEST-NEW"] != whatsnew.New {
		t.Errorf("after reading SEMI-1 and the removal: %v", m)
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

// TestAnnounceOnce: after an update the browser opens on what's new once,
// even when another command started first; not after the user read it
// all, and not on the first run.
func TestAnnounceOnce(t *testing.T) {
	l := newLaptop(t)
	l.inUseTracker(t)
	next, _ := changedEdition(t, "9000.2")
	if _, err := l.Install(l.packOf(t, next), false); err != nil {
		t.Fatal(err)
	}
	l.inUseTracker(t) // `briefing version`, say, before the browser
	tr := l.inUseTracker(t)
	if news, err := tr.Announce(); !news || err != nil {
		t.Fatalf("the first start after the update: %v %v", news, err)
	}
	if news, _ := l.inUseTracker(t).Announce(); news {
		t.Error("announced twice")
	}

	// A rollback is news too, unless what changed has been read since.
	if err := l.Rollback(); err != nil {
		t.Fatal(err)
	}
	tr = l.inUseTracker(t)
	if err := tr.MarkAllRead(); err != nil {
		t.Fatal(err)
	}
	if news, _ := l.inUseTracker(t).Announce(); news {
		t.Error("announced what was read already")
	}
}

// TestMarksSurviveAStartAtTheSameTime: one copy of the program marks new
// items read while another starts, again and again, on the content before
// them (its start writes the record each time, and would forget new items
// still unread): no mark is lost, as each change is made under the
// record's lock on a fresh read of it.
func TestMarksSurviveAStartAtTheSameTime(t *testing.T) {
	l := newLaptop(t)
	l.inUseTracker(t)
	u, _, _ := l.Select()
	var ids []string
	next := packtest.Edition(t, "9000.2", func(m fstest.MapFS) {
		for i := range 20 {
			id := fmt.Sprintf("GL-TEST-%d", i)
			m["glossary/"+id+".md"] = &fstest.MapFile{Data: []byte(strings.Replace(newTerm, "GL-TEST-NEW", id, 1))}
			ids = append(ids, id)
		}
	})
	newer, err := pack.LoadDir(next)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := l.Tracker(newer)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		for i := range 20 {
			c := u.Content
			if i%2 == 1 {
				c = newer
			}
			if _, err := Open(l.dir, content.FS()).Tracker(c); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for _, id := range ids {
		if err := reader.MarkRead(id); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st, err := reader.load()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if st.Items[id].Read != reader.Hash(id) {
			t.Errorf("the mark on %s was lost", id)
		}
	}
}
