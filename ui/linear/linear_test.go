package linear

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var (
	loadOnce sync.Once
	loaded   *model.Briefing
	loadErr  error
)

func briefing(t *testing.T) *model.Briefing {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = model.Load(content.FS()) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// script runs the accessible mode on scripted answers, one a line, and
// returns everything it wrote.
func script(t *testing.T, width int, answers ...string) string {
	t.Helper()
	var out strings.Builder
	in := strings.NewReader(strings.Join(answers, "\n") + "\n")
	if err := Run(in, &out, Options{Briefing: briefing(t), Today: today, Width: width}); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if os.Getenv("LINEAR_TRANSCRIPT") != "" {
		t.Logf("transcript:\n%s", out.String())
	}
	return out.String()
}

// checkPlain fails on anything a screen reader or a dumb terminal should
// not get: escape sequences, other control characters, box drawing.
func checkPlain(t *testing.T, out string) {
	t.Helper()
	for i, r := range out {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			t.Fatalf("control character %U at byte %d: %q", r, i, out[max(0, i-40):min(len(out), i+40)])
		case r >= 0x2500 && r <= 0x259f:
			t.Fatalf("box drawing %q at byte %d: %q", r, i, out[max(0, i-40):min(len(out), i+40)])
		}
	}
}

func TestMenuAreasItemBack(t *testing.T) {
	out := script(t, 80, "1", "2", "1", "b", "b", "q")
	checkPlain(t, out)
	for _, want := range []string{
		"Accessible mode",
		"Main menu.\n",
		"1. Priority areas\n2. Timeline\n3. Councils\n4. Glossary\n5. Search\n",
		"Choose a number from 1 to 9, s search, q quit: ",
		"Priority areas, 11 items.",
		"2. SEMI: Semiconductors, 3 joint actions\n",
		"SEMI, area: Semiconductors.",
		"Summary: Resilient chip supply chains",
		"Related items,",
		"1. SEMI-1: A forum for semiconductor researchers (joint action, delivered)\n",
		"Sources:\n- S0 L78",
		"Web addresses in the text:\n- MSIT:",
		"SEMI-1, joint action: A forum for semiconductor researchers.",
		"Status: delivered",
		"Evidence since the launch:",
		"Choose a number from 1 to ",
		", b back, s search, q quit: ",
		"Goodbye.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the session lacks %q", want)
		}
	}
	// Back twice from SEMI-1 lands on the list, then the menu.
	if n := strings.Count(out, "Priority areas, 11 items."); n != 2 {
		t.Errorf("the area list was shown %d times, want 2 (once more on b)", n)
	}
	if n := strings.Count(out, "Main menu.\n"); n != 1 {
		t.Errorf("the menu was shown %d times, want 1: b from the area list goes back to the list, not the menu", n)
	}
	// Markdown's markup characters do not reach the reader.
	body := out[strings.Index(out, "SEMI, area: Semiconductors."):]
	for _, markup := range []string{"**", "### ", "](http", "\n# "} {
		if strings.Contains(body, markup) {
			t.Errorf("markup %q reached the output", markup)
		}
	}
}

func TestEveryMenuChoiceOpens(t *testing.T) {
	for _, tc := range []struct {
		choice, want string
	}{
		{"1", "Priority areas, 11 items."},
		{"2", "Timeline, "},
		{"3", "Councils, 4 items."},
		{"4", "Glossary, "},
		{"6", "Joint actions, 25 items."},
		{"7", "Overview, "},
		{"8", "Context and analysis, "},
		{"9", "Sources, "},
	} {
		out := script(t, 0, tc.choice, "1", "q")
		checkPlain(t, out)
		if !strings.Contains(out, tc.want) {
			t.Errorf("choice %s: no %q in\n%.600s", tc.choice, tc.want, out)
		}
		// Its first item opens.
		if strings.Count(out, "Related items,")+strings.Count(out, "Summary: ") == 0 {
			t.Errorf("choice %s then 1 opened no item:\n%s", tc.choice, out)
		}
	}
}

func TestTimelineAndCouncils(t *testing.T) {
	out := script(t, 80, "2", "m", "3", "4", "q")
	checkPlain(t, out)
	for _, want := range []string{
		"Today is 23 November 2026. Choose a moment:",
		"30 June 2023: ",
		"4. DPC-4: ",
		"DPC-4, Council: ",
		"Date: ",
		"Related items",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
}

func TestSearch(t *testing.T) {
	out := script(t, 80, "5", "codeweek", "1", "b", "s undersea cable", "/enisa", "s", "", "s area:NOPE", "s zzzzqqqq", "q")
	checkPlain(t, out)
	for _, want := range []string{
		"Search for (Enter alone to cancel): ",
		`Search for "codeweek": `,
		"1. SKILLS-2: ",
		"SKILLS-2, joint action: ",
		`Search for "undersea cable": `,
		`Search for "enisa": `,
		"GL-ENISA: ENISA (glossary)",
		"Search cancelled.",
		`The search "area:NOPE" has a problem at character 1: unknown area`,
		`Nothing found for "zzzzqqqq": no item has any of its words.`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
}

func TestIDsHelpAndMistakes(t *testing.T) {
	out := script(t, 80, "dpc-3", "h", "r", "0", "999", "what", "b", "b", "q")
	checkPlain(t, out)
	for _, want := range []string{
		"DPC-3, Council: ",
		"Help.\n",
		"an id      open that item",
		"There is no 0 here: choose from 1 to ",
		"There is no 999 here",
		`"what" is not a choice here.`,
		"This is the main menu; there is nothing to go back to.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
	if n := strings.Count(out, "DPC-3, Council: "); n != 2 {
		t.Errorf("r should read the item again: shown %d times", n)
	}
}

func TestEndOfInputQuits(t *testing.T) {
	var out strings.Builder
	if err := Run(strings.NewReader("1\n"), &out, Options{Briefing: briefing(t), Today: today}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(out.String(), "q quit: \n") {
		t.Errorf("ends with %q", out.String()[max(0, out.Len()-60):])
	}
}

func TestOpenStartsOnAnItem(t *testing.T) {
	var out strings.Builder
	err := Run(strings.NewReader("b\nq\n"), &out, Options{Briefing: briefing(t), Today: today, Open: "HPCQ-4"})
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if i, j := strings.Index(s, "HPCQ-4, joint action"), strings.Index(s, "Main menu."); i < 0 || j < i {
		t.Errorf("should open HPCQ-4, then b goes to the menu:\n%.500s", s)
	}
}

func TestWrapsToWidth(t *testing.T) {
	out := script(t, 40, "1", "1", "q")
	for _, line := range strings.Split(out, "\n") {
		// Everything is wrapped but the prompts and a word longer than the
		// line (an address).
		if strings.HasPrefix(line, "Choose ") || !strings.Contains(strings.TrimSpace(line), " ") {
			continue
		}
		if w := len([]rune(line)); w > 40 && !strings.Contains(line, "http") {
			t.Errorf("line of %d characters: %q", w, line)
		}
	}
}

// failing is a writer that breaks, as a closed pipe does.
type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	f.n++
	if f.n > 3 {
		return 0, errors.New("broken pipe")
	}
	return len(p), nil
}

func TestWriteErrorEndsTheSession(t *testing.T) {
	in := strings.NewReader(strings.Repeat("1\nb\n", 1000))
	if err := Run(in, &failing{}, Options{Briefing: briefing(t), Today: today}); err == nil {
		t.Error("a failing writer should end the session with its error")
	}
}

func TestHostileContentStaysPlain(t *testing.T) {
	pack := map[string]string{
		"sources/S0.md": "---\nid: S0\ntitle: Seed \x1b]52;c;aGk=\x07 zero\nsummary: The \x1b[31mtext\x1b[0m.\ntype: seed\nlanguage: en\nsources:\n  - S0\n---\n" +
			"Body with \x1b]8;;http://x\x1b\\a link\x1b]8;;\x1b\\, a \u202eright-to-left\u202c override, a bell\x07 and \u009b31m C1.\n\n| a | b |\n|---|---|\n| \x1b[2J | ok |\n",
		"areas/SEMI.md": "---\nid: SEMI\ntitle: Semiconductors\nsummary: Chips.\norder: 1\nshort: Semiconductors\nname: Semiconductors\nsources:\n  - S0\n---\n",
	}
	b := loadPack(t, pack)
	var out strings.Builder
	if err := Run(strings.NewReader("S0\nq\n"), &out, Options{Briefing: b, Today: today, Width: 60}); err != nil {
		t.Fatal(err)
	}
	checkPlain(t, out.String())
	if strings.ContainsRune(out.String(), '\u202e') {
		t.Error("a bidi override reached the output")
	}
	if !strings.Contains(out.String(), "a: ␛[2J; b: ok") {
		t.Errorf("the table row should read as heading: cell pairs:\n%s", out.String())
	}
}

func loadPack(t *testing.T, files map[string]string) *model.Briefing {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	b, err := model.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHostilePackStaysPlain(t *testing.T) {
	b, err := model.Load(os.DirFS("../../model/testdata/packs/hostile"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := Run(strings.NewReader("GL-EVIL\nb\n1\n1\ns evil\n1\nq\n"), &out, Options{Briefing: b, Today: today}); err != nil {
		t.Fatal(err)
	}
	checkPlain(t, out.String())
}

func TestPlainText(t *testing.T) {
	md := "## Heading\n\nA *paragraph* with **bold**, `code`, a [link](https://example.org) and <https://auto.example>.\n\n" +
		"- one\n- two\n  1. nested\n\n> quoted\n\n```\ncode block\n```\n\n---\n\n![alt text](x.png)\n"
	got, links := plainText(md, 0)
	want := "Heading\n\nA paragraph with bold, code, a link and https://auto.example.\n\n- one\n- two\n  1. nested\n\n  quoted\n\n    code block\n\nimage: alt text\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(links) != 1 || links[0] != (link{"link", "https://example.org"}) {
		t.Errorf("links %v", links)
	}
	got, _ = plainText("- "+strings.Repeat("word ", 12), 20)
	if want := "- word word word\n  word word word\n  word word word\n  word word word\n"; got != want {
		t.Errorf("hanging indent: got\n%s", got)
	}
}

// FuzzSession: whatever a user types, the session never panics and writes
// only plain text.
func FuzzSession(f *testing.F) {
	for _, s := range []string{"1\n2\n1\nb\nb\nq", "01\n+2\n 3 \n", "5\ncodeweek\n1\nr\nh\nm\n", "s area:\ns !\n/\n/x|", "dpc-3\n999999999999999999999\n-1\n0\nb\nb\nb", "\x1b[2J\n\u202e\n\x00", "9\n1\n1\n1\n1\n1\n1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		var out strings.Builder
		if err := Run(strings.NewReader(script), &out, Options{Briefing: briefing(t), Today: today, Width: 50}); err != nil {
			t.Fatal(err)
		}
		checkPlain(t, strings.Map(func(r rune) rune {
			if r == '\t' {
				return ' '
			}
			return r
		}, out.String()))
	})
}
