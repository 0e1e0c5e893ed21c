package export

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// hostileNote tries to get markup, scripts and remote content into the page.
const hostileNote = "Raise the **timetable**; they said March.\n\n" +
	"<script>alert(1)</script>\n\n" +
	"- check [the plan](javascript:alert(2))\n- <img src=x onerror=alert(3)>\n- ![a chart](https://example.com/x.png)\n\n" +
	"| who | what |\n|---|---|\n| EU | asks |\n\n" +
	"## not a heading of the file\n\n`a < b && c > d`"

func fixture(t *testing.T) (*model.Briefing, []model.Entry, Options) {
	t.Helper()
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	var items []model.Entry
	for _, id := range []string{"SEMI-1", "HPCQ-4", "AI-1", "DPC-3"} {
		e, ok := b.Get(id)
		if !ok {
			t.Fatalf("the content has no %s", id)
		}
		items = append(items, e)
	}
	notes := map[string]string{"SEMI-1": hostileNote, "HPCQ-4": "Ask about the **call** for projects."}
	opts := Options{
		Title: "Delegation brief <DPC> & friends",
		Today: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Note:  func(id string) string { return notes[id] },
		// HPCQ-4 changed since its note was written, and so did AI-1,
		// which has no note to flag.
		ItemChanged: func(id string) bool { return id == "HPCQ-4" || id == "AI-1" },
	}
	return b, items, opts
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model/export -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run with -update and check the diff.\ngot:\n%s", name, got)
	}
}

func TestMarkdownGolden(t *testing.T) {
	b, items, opts := fixture(t)
	golden(t, "note.md", Markdown(b, items, opts))
}

func TestHTMLGolden(t *testing.T) {
	b, items, opts := fixture(t)
	out, err := HTML(b, items, opts)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "note.html", out)
}

func TestHTMLEscapesEverything(t *testing.T) {
	b, items, opts := fixture(t)
	out, err := HTML(b, items, opts)
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	for _, bad := range []string{"<script", "javascript:", "<img", "onerror", "<DPC>", "@import", "url(", "<link", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	for _, want := range []string{"&lt;DPC&gt; &amp; friends", "<strong>timetable</strong>", "<table>", "a &lt; b &amp;&amp; c &gt; d",
		"@page { size: A4", "page-break-inside: avoid", "default-src 'none'", "[image: a chart]"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

func TestSourcesListEveryCitedSourceOnce(t *testing.T) {
	b, items, opts := fixture(t)
	md := string(Markdown(b, items, opts))
	_, sources, _ := strings.Cut(md, "\n## Sources\n")
	for _, e := range items {
		for _, c := range e.Base().Sources {
			line := "- **" + c.Source + "** — "
			if n := strings.Count(sources, line); n != 1 {
				t.Errorf("source %s listed %d times", c.Source, n)
			}
			if src := b.Source(c.Source); src != nil && src.URL != "" && !strings.Contains(sources, src.URL) {
				t.Errorf("source %s lacks its URL", c.Source)
			}
		}
	}
}

func TestNotesLeftOutUnlessAsked(t *testing.T) {
	b, items, opts := fixture(t)
	opts.Note = nil
	if md := string(Markdown(b, items, opts)); strings.Contains(md, "Your note") || strings.Contains(md, "timetable") {
		t.Error("notes printed without being asked for")
	}
}

func TestActionsShowStatusAndStrength(t *testing.T) {
	b, items, opts := fixture(t)
	md := string(Markdown(b, items[:1], opts))
	for _, want := range []string{"**Status:**", "**Modality:** intend to (", "**SEMI-1** · joint action"} {
		if !strings.Contains(md, want) {
			t.Errorf("lacks %q:\n%s", want, md)
		}
	}
}
