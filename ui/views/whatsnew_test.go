package views

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/render"
	"github.com/eu-rok/briefing/ui/uitest"
)

// contentWith is the built-in content with files changed: a nil text
// removes a file.
func contentWith(t *testing.T, version string, files map[string]*string) *pack.Content {
	t.Helper()
	c, err := pack.LoadDir(packtest.Edition(t, version, func(m fstest.MapFS) {
		for path, text := range files {
			if text == nil {
				delete(m, path)
				continue
			}
			m[path] = &fstest.MapFile{Data: []byte(*text)}
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// term is a glossary term's file.
func term(id, title, body string) *string {
	s := "---\nid: " + id + "\ntitle: " + title + "\ncategory: programme\nsummary: A term made by a test.\nsources:\n  - S0 L171\n---\n" + body + "\n"
	return &s
}

// news reads what's new after the user read version 1 and version 2 came:
// GL-ZZOLD removed, GL-ZZNEW added, GL-120-TASKS changed.
func news(t *testing.T) *updates.Tracker {
	t.Helper()
	data := t.TempDir()
	store := updates.Open(data, content.FS())
	first := contentWith(t, "2026.90", map[string]*string{"glossary/GL-ZZOLD.md": term("GL-ZZOLD", "An old term", "Gone soon.")})
	if _, err := store.Tracker(first); err != nil {
		t.Fatal(err)
	}
	old, _ := fs.ReadFile(content.FS(), "glossary/GL-120-TASKS.md")
	changed := strings.Replace(string(old), "26 July 2022 (S0", "27 July 2022 (S0", 1)
	second := contentWith(t, "2026.91", map[string]*string{
		"glossary/GL-ZZNEW.md":     term("GL-ZZNEW", "A new term", "Just here."),
		"glossary/GL-120-TASKS.md": &changed,
	})
	tr, err := store.Tracker(second)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// withNews are deps over a record of what was read: the view and the
// notes layer (which keeps the marks) share it, as in the program.
func withNews(t *testing.T, tr *updates.Tracker) Deps {
	d := deps(t, testToday, nil)
	d.News = tr
	d.Notes, _ = notes.New(nil, nil, tr)
	return d
}

func TestWhatsNewListsTheChanges(t *testing.T) {
	d := withNews(t, news(t))
	v := &whatsNew{d: d}
	items := v.Items()
	var rows []string
	for _, it := range items {
		rows = append(rows, it.Prefix+"|"+it.Title+"|"+it.Suffix)
	}
	all := strings.Join(rows, "\n")
	for _, want := range []string{"|1 added, 1 changed, 1 removed|", "|glossary|",
		"GL-ZZNEW|A new term|added", "GL-120-TASKS|120 national policy tasks|changed", "GL-ZZOLD|An old term|removed"} {
		if !strings.Contains(all, want) {
			t.Errorf("What's new lacks %q:\n%s", want, all)
		}
	}
	if v.Title() != "What's new since 2026.90" {
		t.Errorf("title %q", v.Title())
	}
	// A changed item's document is its diff; a removed one says so; an
	// added one is its own.
	e, ok := v.Document("GL-120-TASKS")
	doc, isDoc := e.(*detail.Written)
	if !ok || !isDoc || !strings.Contains(doc.Doc, `\[\-26\-\]\{\+27\+\}`) || !strings.Contains(doc.Doc, "from briefing 2026\\.90 to 2026\\.91") {
		t.Fatalf("the changed item's diff:\n%+v", e)
	}
	// Drawn, the marks read as the CLI's, whatever the colours.
	drawn, err := render.Markdown(doc.Doc, 60, render.Dark)
	if plain := ansi.Strip(drawn); err != nil || !strings.Contains(plain, "[-26-]{+27+} July") || strings.Contains(plain, "\\") {
		t.Errorf("the diff drawn: %v\n%s", err, plain)
	}
	// An item's own Markdown in a diff shows as its words.
	text := "summary: R&I **bold** [a link](x) #tag `code` 1. <b>"
	drawn, _ = render.Markdown(escape(text), 80, render.Dark)
	if plain := strings.TrimSpace(ansi.Strip(drawn)); plain != text {
		t.Errorf("escaped text drawn as %q, want %q", plain, text)
	}
	if e, ok := v.Document("GL-ZZOLD"); !ok || !strings.Contains(e.(*detail.Written).Doc, "Removed from the briefing in version 2026\\.91") {
		t.Errorf("the removed item's document: %+v", e)
	}
	if _, ok := v.Document("GL-ZZNEW"); ok {
		t.Error("an added item shows its own document")
	}

	// Every list marks them until they are read.
	for id, want := range map[string]whatsnew.Mark{"GL-ZZNEW": whatsnew.New, "GL-120-TASKS": whatsnew.Changed, "GL-ZZOLD": whatsnew.Removed, "GL-ENISA": whatsnew.Unchanged} {
		if got := d.Notes.Mark(id).News; got != want {
			t.Errorf("%s is marked %v, want %v", id, got, want)
		}
	}

	// r marks the item under the cursor read: its mark goes at once, the
	// record keeps it, and the row stays, as the list is what changed
	// since the program started.
	l := &lists{selected: "GL-120-TASKS"}
	cmd, ok := v.Update(press('r'), l)
	if !ok || d.Notes.Mark("GL-120-TASKS").News != whatsnew.Unchanged {
		t.Fatal("r is What's new's key, and the mark goes")
	}
	if left := uitest.Run(cmd, func(tea.Msg) (tea.Cmd, bool) { return nil, false }); !slices.ContainsFunc(left, isRead) {
		t.Fatalf("the record is written in a command: %v", left)
	}
	if _, marked := d.News.Marks()["GL-120-TASKS"]; marked {
		t.Error("the record still marks GL-120-TASKS")
	}
	if got := ids(v.Items()); len(got) != 3 {
		t.Errorf("after r: %v", got)
	}
	// R marks everything read.
	cmd, _ = v.Update(press('R'), l)
	uitest.Run(cmd, func(tea.Msg) (tea.Cmd, bool) { return nil, false })
	if len(d.News.Marks()) != 0 || d.Notes.Mark("GL-ZZNEW").Any() {
		t.Errorf("after R: %v", d.News.Marks())
	}
	if r := d.News.Report(); !r.Empty() {
		t.Errorf("after R the record lists %+v", r)
	}
}

// isRead is the notes layer's word that items were recorded as read.
func isRead(msg tea.Msg) bool {
	r, ok := msg.(notes.ReadMsg)
	return ok && r.Err == nil
}

func TestWhatsNewWithoutARecord(t *testing.T) {
	v := &whatsNew{d: deps(t, testToday, nil)}
	if items := v.Items(); len(items) != 1 || !strings.Contains(items[0].Title, "--content") {
		t.Errorf("without the content in use there is nothing to compare: %+v", items)
	}
	if _, ok := v.Update(press('r'), &lists{}); ok || v.ShortHelp() != nil {
		t.Error("no keys without a record")
	}
}
