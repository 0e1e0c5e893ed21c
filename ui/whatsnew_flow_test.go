package ui

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// laptop is a delegate's laptop: a data directory that trusts the
// editors' key, which the test makes.
type laptop struct {
	dir string
	key minisign.PrivateKey
}

func newLaptop(t *testing.T) *laptop {
	t.Helper()
	pub, priv, err := pack.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	l := &laptop{dir: t.TempDir(), key: priv}
	if _, err := updates.Open(l.dir, content.FS()).Trust(pub); err != nil {
		t.Fatal(err)
	}
	return l
}

// start is what a start of the program on the laptop gives the browser,
// as cmd/briefing makes it: the briefing in use, the record of what was
// read, whether to open on What's new, which briefing it is, the notes.
func (l *laptop) start(t *testing.T) Options {
	t.Helper()
	s := updates.Open(l.dir, content.FS())
	u, warnings, err := s.Select()
	if err != nil || len(warnings) > 0 {
		t.Fatalf("select: %v %v", err, warnings)
	}
	news, err := s.Tracker(u.Content)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(t)
	opts.Briefing, opts.News, opts.Content = u.Briefing, news, "briefing "+u.Manifest.Version
	if opts.Announce, err = news.Announce(); err != nil {
		t.Fatal(err)
	}
	opts.Personal = openStore(t, l.dir)
	return opts
}

// install builds, signs and installs the editors' next briefing: SEMI-1
// changed, a glossary term added and one removed (the returned id).
func (l *laptop) install(t *testing.T) string {
	t.Helper()
	var gone *model.Term
	for _, term := range testBriefing(t).Terms {
		if len(testBriefing(t).LinksTo(term.ID)) == 0 {
			gone = term
			break
		}
	}
	next := packtest.Edition(t, "9000.2", func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
		m["glossary/GL-TEST-NEW.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-TEST-NEW\ntitle: A term the editors add\n" +
			"category: concept\nsummary: Only the new briefing has it.\nsources:\n  - S0 L1\n---\nNew.\n")}
		delete(m, gone.File)
	})
	if _, err := updates.Open(l.dir, content.FS()).Install(packtest.Signed(t, next, l.key), false); err != nil {
		t.Fatal(err)
	}
	return gone.ID
}

// TestFlowWhatsNewAfterAnUpdate is the round trip of a new briefing on the
// same laptop, through the browser: a note written, the editors' pack
// built, signed and installed, the program started again. It opens on
// What's new, which lists exactly what changed; the marks show in every
// list until an item is opened (the cursor passing over it is not
// reading it); the note on the changed item is flagged; and the next
// start remembers what was read and opens where it always does.
func TestFlowWhatsNewAfterAnUpdate(t *testing.T) {
	l := newLaptop(t)
	first := l.start(t)
	if first.Announce {
		t.Fatal("the first start has news to announce")
	}
	must(t, first.Personal.SetNote("SEMI-1", "Ask about the forum.", first.News.Hash("SEMI-1")))
	must(t, first.Personal.SetNote("SEMI-2", "Nothing here will change.", first.News.Hash("SEMI-2")))
	must(t, first.Personal.AgendaAdd("SEMI-1"))
	gone := l.install(t)

	second := l.start(t)
	f := startFlow(t, second, 120, 40)
	s := f.wait("What's new on SEMI-1", func(s flowState) bool { return s.View == "What's new" && s.Current == "SEMI-1" })
	if !strings.HasPrefix(s.Info, "now in use: briefing 9000.2") {
		t.Errorf("the status bar should say which briefing is in use: %q", s.Info)
	}
	if want := map[string]whatsnew.Mark{"SEMI-1": whatsnew.Changed, "GL-TEST-NEW": whatsnew.New}; !maps.Equal(s.News, want) {
		t.Errorf("marks %v, want %v", s.News, want)
	}
	// Exactly the changed items, in order: SEMI-1 first, then the term
	// added, then the one removed, the last row.
	f.keys("j")
	s = f.wait("the term added", func(s flowState) bool { return s.Current == "GL-TEST-NEW" })
	if s.News["GL-TEST-NEW"] != whatsnew.New {
		t.Error("the cursor passing over an item read it")
	}
	f.keys("j")
	f.wait("the term removed", func(s flowState) bool { return s.Current == gone })
	f.keys("g")
	f.wait("the top", func(s flowState) bool { return s.Current == "SEMI-1" })
	f.keys("G")
	f.wait("the last row: the term removed", func(s flowState) bool { return s.Current == gone })

	// Opening an item reads it: its mark goes from every list.
	f.keys("k", "enter")
	f.wait("GL-TEST-NEW read", func(s flowState) bool { _, marked := s.News["GL-TEST-NEW"]; return s.Focus == "GL-TEST-NEW" && !marked })
	f.keys("esc", "k", "enter")
	// The detail pane's title ends with the note's mark: SEMI-1 has one.
	f.wait("SEMI-1's diff read", func(s flowState) bool {
		return s.Current == "SEMI-1" && strings.HasPrefix(s.Focus, "SEMI-1") && len(s.News) == 0
	})
	f.keys("q")
	final := f.final()

	// The note on SEMI-1, written before the update, is flagged under its
	// document; the one on SEMI-2 is not.
	open(final, "SEMI-1")
	press(final, "G")
	if frame := screen(final); !strings.Contains(frame, "◐ item changed since your note") || !strings.Contains(frame, "Ask about the forum.") {
		t.Errorf("the note on SEMI-1 is not flagged:\n%s", frame)
	}
	// So does the agenda, under the item.
	showView(final, "Agenda")
	if frame := screen(final); !strings.Contains(frame, "✎ (item changed since your note) Ask about the forum.") {
		t.Errorf("the agenda does not flag the note on SEMI-1:\n%s", frame)
	}
	// The browser's export flags it as `briefing export` does.
	open(final, "SEMI-1")
	press(final, "ctrl+e", "enter")
	files, _ := filepath.Glob(filepath.Join(l.dir, "exports", "briefing-SEMI-1-*.html"))
	if len(files) != 1 {
		t.Fatalf("the export of SEMI-1 wrote %v", files)
	}
	if data, _ := os.ReadFile(files[0]); !strings.Contains(string(data), personal.ItemChanged) {
		t.Error("the browser's export does not flag the note on SEMI-1")
	}
	// Saving the note again, once checked, takes the flag off.
	press(final, "e", "ctrl+s", "G")
	if frame := screen(final); strings.Contains(frame, "item changed") || !strings.Contains(frame, "Ask about the forum.") {
		t.Errorf("the note on SEMI-1, saved again, is still flagged:\n%s", frame)
	}
	open(final, "SEMI-2")
	press(final, "G")
	if frame := screen(final); strings.Contains(frame, "item changed") || !strings.Contains(frame, "Nothing here will change.") {
		t.Errorf("the note on SEMI-2 is flagged:\n%s", frame)
	}

	// The next start: what was read is remembered, the removal is still
	// to read, and the program opens where it always does.
	next := l.start(t)
	if next.Announce {
		t.Error("What's new is announced twice")
	}
	if m := next.News.Marks(); len(m) != 1 || m[gone] != whatsnew.Removed {
		t.Errorf("the record after reading: %v", m)
	}
	m := newSized(t, next, 120, 40)
	if s := stateOf(m); s.View != "Areas" || len(s.News) != 0 {
		t.Errorf("the second start: %+v", s)
	}
	if frame := screen(m); !strings.Contains(frame, "· briefing 9000.2") {
		t.Errorf("the status bar does not say which briefing is in use:\n%s", frame)
	}
	showView(m, "What's new")
	if frame := screen(m); !strings.Contains(frame, "✕   "+gone) || strings.Contains(frame, "SEMI-1") {
		t.Errorf("What's new after reading:\n%s", frame)
	}
}
