package notes

import (
	"slices"
	"testing"
)

// m7: a look at the notes file reads it again when someone else wrote it,
// and says the notes changed; the program's own saves, and a file not
// written since, change nothing.
func TestLookSeesChangesMadeElsewhere(t *testing.T) {
	dir := t.TempDir()
	n, _ := New(open(t, dir), nil, nil)
	lookNow := func() ReloadedMsg {
		t.Helper()
		msg, ok := n.Check()().(ReloadedMsg)
		if !ok {
			t.Fatalf("a look says %T", msg)
		}
		if n.Seen(msg) != nil {
			t.Fatal("a look on focus does not arm the watch")
		}
		return msg
	}
	if msg := lookNow(); msg.Changed || msg.Err != nil {
		t.Fatalf("nothing written: %+v", msg)
	}
	result(t, n.ToggleFlag("SEMI-1"))
	if msg := lookNow(); msg.Changed {
		t.Fatalf("the program's own save is no change from elsewhere: %+v", msg)
	}
	must(t, open(t, dir).AgendaAdd("SEMI-3")) // briefing agenda add, in another shell
	if msg := lookNow(); !msg.Changed || !slices.Equal(n.Agenda(), []string{"SEMI-3"}) {
		t.Fatalf("a change made elsewhere is read: %+v, agenda %v", msg, n.Agenda())
	}
	must(t, open(t, dir).SetNote("AI-1", "from the other shell", ""))
	lookNow()
	if !n.Mark("AI-1").Note {
		t.Fatal("the marks are rebuilt from what was read")
	}
	if msg := lookNow(); msg.Changed {
		t.Fatalf("a file not written since is no change: %+v", msg)
	}
}
