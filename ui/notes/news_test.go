package notes

import (
	"testing"
	"testing/fstest"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// tracked is a record of what was read, made on the built-in content as
// of version 9000.1, now opened on 9000.2, where SEMI-1 and SEMI-2 changed.
func tracked(t *testing.T, dir string) *updates.Tracker {
	t.Helper()
	store := updates.Open(dir, content.FS())
	if _, err := store.Tracker(load(t, packtest.Edition(t, "9000.1", nil))); err != nil {
		t.Fatal(err)
	}
	tr, err := store.Tracker(load(t, packtest.Edition(t, "9000.2", func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
		packtest.Replace(t, m, "actions/SEMI-2.md", "supply", "Supply")
	})))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func load(t *testing.T, fsys fstest.MapFS) *pack.Content {
	t.Helper()
	c, err := pack.LoadDir(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// An item's mark goes at once when it is read, and the record keeps it;
// a second read of it has nothing to record; a failed write brings back
// the marks the record still has.
func TestReadTakesTheMarkAway(t *testing.T) {
	dir := t.TempDir()
	tr := tracked(t, dir)
	n, _ := New(open(t, dir), nil, tr)
	if n.Mark("semi-1").News != whatsnew.Changed || n.Mark("SEMI-2").News != whatsnew.Changed || n.Mark("SEMI-3").Any() {
		t.Fatalf("marks: %v", tr.Marks())
	}
	first, second := n.Read("SEMI-1"), n.Read("SEMI-2")
	if first == nil || second == nil || n.Read("SEMI-1") != nil || n.Read("SEMI-3") != nil {
		t.Fatal("a read is recorded once, and only for a marked item")
	}
	if n.Mark("SEMI-1").Any() || n.Mark("SEMI-2").Any() {
		t.Error("the marks go before the record is written")
	}
	// The first write is done, the second not yet: SEMI-2 stays unmarked.
	if msg := first().(ReadMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	n.Reread(true)
	if n.Mark("SEMI-2").Any() {
		t.Error("an item whose read is being written gets its mark back")
	}
	// A failure: the record still marks SEMI-2, and so do the lists.
	n.Reread(false)
	if n.Mark("SEMI-2").News != whatsnew.Changed || n.Mark("SEMI-1").Any() {
		t.Errorf("after a failure the marks are the record's: %v", tr.Marks())
	}
	if msg := second().(ReadMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	n.Reread(true)
	if len(tr.Marks()) != 0 || n.Mark("SEMI-2").Any() {
		t.Errorf("all read: %v", tr.Marks())
	}
}

// A note written on an item's earlier text is flagged; one written on its
// text now, or without a hash (before notes kept one), or with no record
// (content from a directory), is not.
func TestItemChangedSinceTheNote(t *testing.T) {
	dir := t.TempDir()
	tr := tracked(t, dir)
	s := open(t, dir)
	old := load(t, packtest.Edition(t, "9000.1", nil))
	before, err := updates.Open(t.TempDir(), content.FS()).Tracker(old)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.SetNote("SEMI-1", "on the old text", before.Hash("SEMI-1")))
	must(t, s.SetNote("SEMI-2", "no hash", ""))
	must(t, s.SetNote("SEMI-3", "on the text now", tr.Hash("SEMI-3")))
	n, _ := New(s, nil, tr)
	for id, want := range map[string]bool{"SEMI-1": true, "SEMI-2": false, "SEMI-3": false, "SEMI-4": false} {
		if got := n.ItemChanged(id); got != want {
			t.Errorf("%s: ItemChanged %v, want %v", id, got, want)
		}
	}
	if off, _ := New(s, nil, nil); off.ItemChanged("SEMI-1") {
		t.Error("without a record nothing is flagged")
	}
	if none, _ := New(nil, nil, tr); none.ItemChanged("SEMI-1") {
		t.Error("without notes nothing is flagged")
	}
}

// An item read in another copy (`briefing whatsnew --mark-read`, a second
// browser) loses its mark at the next look, as a note written elsewhere
// shows.
func TestLookSeesItemsReadElsewhere(t *testing.T) {
	dir := t.TempDir()
	n, _ := New(open(t, dir), nil, tracked(t, dir))
	other, err := updates.Open(dir, content.FS()).Tracker(load(t, packtest.Edition(t, "9000.2", func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
		packtest.Replace(t, m, "actions/SEMI-2.md", "supply", "Supply")
	})))
	if err != nil {
		t.Fatal(err)
	}
	if msg := n.Check()().(ReloadedMsg); msg.Changed {
		t.Fatalf("nothing read elsewhere yet: %+v", msg)
	}
	if err := other.MarkRead("SEMI-1"); err != nil {
		t.Fatal(err)
	}
	msg := n.Check()().(ReloadedMsg)
	n.Seen(msg)
	if !msg.Changed || n.Mark("SEMI-1").Any() || n.Mark("SEMI-2").News != whatsnew.Changed {
		t.Errorf("after a read elsewhere: %+v, SEMI-1 %+v, SEMI-2 %+v", msg, n.Mark("SEMI-1"), n.Mark("SEMI-2"))
	}
}
