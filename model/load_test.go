package model

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// smallPack is a valid content directory with one item of most kinds; tests
// break one file at a time.
func smallPack() fstest.MapFS {
	files := map[string]string{
		"sources/S0.md":    "---\nid: S0\ntitle: Seed zero\nsummary: The partnership text.\ntype: seed\nlanguage: en\nfile: 000.txt\nsources:\n  - S0\n---\nBody.\n",
		"sources/PUB-A.md": "---\nid: PUB-A\ntitle: A page\nsummary: A public page.\ntype: public\nlanguage: ro\nurl: https://example.org/a\nsources:\n  - PUB-A\n---\n",
		"areas/SEMI.md":    "---\nid: SEMI\ntitle: Semiconductors\nsummary: Chips.\norder: 1\nshort: Semiconductors\nname: Semiconductors\naliases: chips\nsources:\n  - S0 L78\n---\nBody.\n",
		"actions/SEMI-1.md": "---\nid: SEMI-1\ntitle: Researchers' forum\nsummary: A forum.\narea: SEMI\nmodality: intend to\ndeadline: Q1 2023\n" +
			"sources:\n  - S0 L83\n---\nBody.\n",
		"councils/DPC-1.md": "---\nid: DPC-1\ntitle: First Council\nsummary: Seoul.\nnumber: 1\ndate: 2023-06-30\nplace: Seoul\nstatus: held\n" +
			"eu-chair: Thierry Breton\neu-chair-role: Commissioner\nrok-chair: Lee Jong-Ho\nrok-chair-role: Minister\nsources:\n  - PUB-A\n---\n",
		"councils/DPC-2.md":   "---\nid: DPC-2\ntitle: Second Council\nsummary: Brussels.\nnumber: 2\ndate: 2026\nplace: Brussels\nstatus: planned\nsources:\n  - S0\n---\n",
		"outcomes/DPC-1.1.md": "---\nid: DPC-1.1\ntitle: Forum agreed\nsummary: Agreed.\ncouncil: DPC-1\nareas: SEMI\nactions: SEMI-1\ndelivers: SEMI-1\nsources:\n  - PUB-A\n---\n",
		"events/EV-2024-PLAN.md": "---\nid: EV-2024-PLAN\ntitle: A plan\nsummary: Planned.\ndate: H1 2024\ntype: meeting\nstatus: planned\nfulfilled-by: DPC-1\n" +
			"sources:\n  - S0\n---\n",
		"glossary/GL-CHIPS.md": "---\nid: GL-CHIPS\ntitle: Chips\nsummary: Șiruri și știri.\ncategory: concept\nrelated: SEMI\nsources:\n  - S0\n---\n",
	}
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

func TestLoadSmallPack(t *testing.T) {
	b, err := Load(smallPack())
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(b.All()) != 9 {
		t.Errorf("loaded %d items, want 9", len(b.All()))
	}
	if e, ok := b.Get("semi-1"); !ok || e.Base().Title != "Researchers' forum" {
		t.Errorf("Get is not case-insensitive: %v %v", e, ok)
	}
	if got := b.ActionsOf("SEMI"); len(got) != 1 || got[0].ID != "SEMI-1" {
		t.Errorf("ActionsOf(SEMI) = %v", got)
	}
	in := b.LinksTo("SEMI")
	if len(in) != 3 { // the action's area, the outcome's areas, the term's related
		t.Errorf("LinksTo(SEMI) = %v, want 3 links", in)
	}
}

func TestLoadReportsFileLineAndField(t *testing.T) {
	cases := []struct {
		name, file, text string
		line             int
		field, want      string
	}{
		{"duplicate id", "areas/SEMI2.md", "---\nid: semi\ntitle: T\nsummary: S\norder: 2\nshort: S\nname: N\nsources:\n  - S0\n---\n", 2, "id", "duplicate id"},
		{"dangling reference", "glossary/GL-X.md", "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nrelated: SEMI-9\nsources:\n  - S0\n---\n", 6, "related", `"SEMI-9" is not an id`},
		{"wrong kind", "glossary/GL-X.md", "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nsources:\n  - SEMI\n---\n", 7, "sources", "is an area"},
		{"bad date", "events/EV-X.md", "---\nid: EV-X\ntitle: T\nsummary: S\ndate: 23 June 2023\ntype: meeting\nstatus: happened\nsources:\n  - S0\n---\n", 5, "date", "cannot read date"},
		{"missing field", "areas/RES.md", "---\nid: RES\ntitle: T\nsummary: S\norder: 2\nname: N\nsources:\n  - S0\n---\n", 1, "short", "required field is missing"},
		{"no source", "glossary/GL-X.md", "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\n---\n", 1, "sources", "at least one source"},
		{"unknown key", "glossary/GL-X.md", "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\ncolour: red\nsources:\n  - S0\n---\n", 6, "colour", "unknown field"},
		{"bad modality", "actions/SEMI-2.md", "---\nid: SEMI-2\ntitle: T\nsummary: S\narea: SEMI\nmodality: must\nsources:\n  - S0\n---\n", 6, "modality", "is not one of"},
		{"file name", "glossary/GL-Y.md", "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nsources:\n  - S0\n---\n", 2, "id", "must be named GL-X.md"},
		{"empty file", "glossary/GL-X.md", "\n\n", 1, "", "empty"},
		{"binary file", "glossary/GL-X.md", "---\nid: GL-X\n\x00\x01", 3, "", "binary"},
		{"invalid UTF-8", "glossary/GL-X.md", "---\nid: GL-X\ntitle: \xff\n", 3, "", "not valid UTF-8"},
		{"outcome of another council", "outcomes/DPC-1.2.md", "---\nid: DPC-1.2\ntitle: T\nsummary: S\ncouncil: DPC-2\nsources:\n  - S0\n---\n", 5, "council", "must start with DPC-2."},
		{"unknown folder", "notes/X.md", "x", 0, "", "unknown folder"},
		{"title too long", "glossary/GL-X.md", "---\nid: GL-X\ntitle: " + strings.Repeat("ș", 201) + "\nsummary: S\ncategory: concept\nsources:\n  - S0\n---\n", 3, "title", "201 characters: a title has at most 200"},
		{"summary too long", "glossary/GL-X.md", "---\nid: GL-X\ntitle: T\nsummary: " + strings.Repeat("x", 1001) + "\ncategory: concept\nsources:\n  - S0\n---\n", 4, "summary", "at most 1000"},
		{"plan cycle", "events/EV-2024-PLAN.md", "---\nid: EV-2024-PLAN\ntitle: T\nsummary: S\ndate: 2024\ntype: meeting\nstatus: planned\nfulfilled-by: EV-2025\nsources:\n  - S0\n---\n", 0, "fulfilled-by", "cycle"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := smallPack()
			fsys[c.file] = &fstest.MapFile{Data: []byte(c.text)}
			if c.name == "plan cycle" {
				fsys["events/EV-2025.md"] = &fstest.MapFile{Data: []byte("---\nid: EV-2025\ntitle: T\nsummary: S\ndate: 2025\ntype: meeting\nstatus: planned\nfulfilled-by: EV-2024-PLAN\nsources:\n  - S0\n---\n")}
			}
			_, err := Load(fsys)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want Problems, got %v", err)
			}
			for _, p := range ps {
				if strings.HasPrefix(p.File, strings.Split(c.file, "/")[0]) && p.Line == c.line && p.Field == c.field && strings.Contains(p.Message, c.want) {
					return
				}
			}
			t.Errorf("no problem %s:%d: %s: %q in\n%v", c.file, c.line, c.field, c.want, ps)
		})
	}
}

func TestLoadReportsEveryProblemAtOnce(t *testing.T) {
	fsys := smallPack()
	fsys["glossary/GL-A.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-A\ntitle: T\nsummary: S\ncategory: nonsense\nrelated: NOPE\n---\n")}
	fsys["glossary/GL-B.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-B\ntitle: T\n")}
	_, err := Load(fsys)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) < 4 {
		t.Fatalf("want at least 4 problems over two files, got %v", err)
	}
}

func TestSanitizeMakesControlsVisible(t *testing.T) {
	in := "ok\x1b]52;c;ZXZpbA==\x07 \x1b[31mred\u202eevil\u0085 tab\tnew\nline"
	out := Sanitize(in)
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u0085"} {
		if strings.Contains(out, bad) {
			t.Errorf("Sanitize left %q in %q", bad, out)
		}
	}
	if !strings.Contains(out, "␛]52;c;") || !strings.Contains(out, "\t") || !strings.Contains(out, "\n") {
		t.Errorf("Sanitize lost visible text or layout: %q", out)
	}
	if s := "Știri: 디지털 파트너십"; Sanitize(s) != s {
		t.Errorf("Sanitize changed ordinary text: %q", Sanitize(s))
	}
}

func TestLoadSanitizesContent(t *testing.T) {
	fsys := smallPack()
	fsys["glossary/GL-X.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-X\ntitle: Evil\x1b[2J\nsummary: S\ncategory: concept\nsources:\n  - S0\n---\nBody \x1b]8;;http://x\x07link\n")}
	b, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := b.Get("GL-X")
	if strings.ContainsRune(e.Base().Title+e.Base().Body, 0x1b) {
		t.Errorf("escape sequences survived loading: %q %q", e.Base().Title, e.Base().Body)
	}
}
