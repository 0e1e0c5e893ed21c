package views

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/notes"
)

func store(t *testing.T, agenda ...string) *personal.Store {
	t.Helper()
	s, err := personal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range agenda {
		if err := s.AgendaAdd(id); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// run runs a command and hands what it says back to the view, as the page
// does with a change of the notes.
func run(v *agenda, l *lists, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if ch, ok := msg.(notes.ChangedMsg); ok {
		v.d.Notes.Rebuild()
		v.Update(ch, l)
	}
}

func TestAgendaRowsAndOrder(t *testing.T) {
	s := store(t, "SEMI-1", "GONE-1", "DPC-3")
	if err := s.SetNote("SEMI-1", "\n# First **line** of [the note](https://x.org)\nsecond", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetNote("GL-ENISA", "kept", ""); err != nil {
		t.Fatal(err)
	}
	v := &agenda{d: deps(t, testToday, s)}
	items := v.Items()
	var titles []string
	for _, it := range items {
		titles = append(titles, it.Prefix+"|"+it.Title+"|"+it.Suffix)
	}
	all := strings.Join(titles, "\n")
	for _, want := range []string{"|agenda (3)|", "1. SEMI-1|A forum", "|   ✎ First line of the note|", "2. GONE-1|not in the briefing: kept|unknown id",
		"3. DPC-3|", "|other notes and flags (1)|", "GL-ENISA|"} {
		if !strings.Contains(all, want) {
			t.Errorf("the agenda lacks %q:\n%s", want, all)
		}
	}
	if got := ids(items); !slices.Equal(got, []string{"SEMI-1", "GONE-1", "DPC-3", "GL-ENISA"}) {
		t.Errorf("rows %v", got)
	}
}

func TestAgendaKeysActWhenTheListHasTheFocus(t *testing.T) {
	s := store(t, "SEMI-1", "HPCQ-4", "DPC-3")
	v := &agenda{d: deps(t, testToday, s)}
	l := &lists{selected: "HPCQ-4"}
	if _, ok := v.Update(press('x'), l); ok {
		t.Fatal("x acts only while the agenda list has the focus")
	}
	l.focused = true
	cmd, ok := v.Update(press('x'), l)
	run(v, l, cmd)
	if !ok || !slices.Equal(s.Agenda(), []string{"SEMI-1", "DPC-3"}) || l.selected != "DPC-3" || l.refills != 1 {
		t.Fatalf("x takes HPCQ-4 off and selects the next: %v, on %q", s.Agenda(), l.selected)
	}
	cmd, _ = v.Update(press('u'), l)
	run(v, l, cmd)
	if !slices.Equal(s.Agenda(), []string{"SEMI-1", "HPCQ-4", "DPC-3"}) || l.selected != "HPCQ-4" {
		t.Fatalf("u puts HPCQ-4 back where it was, selected: %v, on %q", s.Agenda(), l.selected)
	}
	cmd, _ = v.Update(press('u'), l)
	if msg, ok := cmd().(common.StatusMsg); !ok || !strings.Contains(msg.Info, "nothing to put back") {
		t.Fatalf("a second u has nothing to undo: %#v", msg)
	}
	if _, ok := v.Update(press('d'), l); ok {
		t.Fatal("d is no agenda key: it scrolls the document")
	}
	l.selected = "HPCQ-4"
	cmd, _ = v.Update(press('x'), l)
	run(v, l, cmd)
	cmd, _ = v.Update(press('K'), l)
	run(v, l, cmd)
	if !slices.Equal(s.Agenda(), []string{"DPC-3", "SEMI-1"}) {
		t.Fatalf("K moves DPC-3 up: %v", s.Agenda())
	}
	l.selected = "GL-ENISA" // not on the agenda
	cmd, _ = v.Update(press('x'), l)
	if msg, ok := cmd().(common.StatusMsg); !ok || !strings.Contains(msg.Info, "only items on the agenda") {
		t.Fatalf("x on an item off the agenda says so: %#v", msg)
	}
}

func TestAgendaWithoutNotes(t *testing.T) {
	v := &agenda{d: deps(t, testToday, nil)}
	if items := v.Items(); len(items) != 1 || !strings.Contains(items[0].Title, "notes are off") {
		t.Errorf("without notes the agenda says why: %+v", items)
	}
	if x, ok := v.Export(nil); ok {
		t.Errorf("without notes and an item there is nothing to export: %+v", x)
	}
}
