package model

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eu-rok/briefing/content"
)

// withParts is an action of the small pack whose text joins two
// commitments, the second with a deadline.
const withParts = "---\nid: SEMI-2\ntitle: Supply chain\nsummary: S\narea: SEMI\n" +
	"parts:\n  - a | should | Explore supply-chain gaps\n  - b | intend to | Share export-control information | due Q1 2023\n" +
	"sources:\n  - S0 L84\n---\nBody.\n"

// TestWritingRulesAreRefused: validation refuses each rule broken, and says
// where, with file and line.
func TestWritingRulesAreRefused(t *testing.T) {
	event := func(status, body string) string {
		return "---\nid: EV-X\ntitle: T\nsummary: S\ndate: 2024-03-26\ntype: meeting\nstatus: " + status + "\nsources:\n  - S0\n---\n" + body
	}
	term := func(body string) string {
		return "---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nsources:\n  - S0\n---\n" + body
	}
	cases := []struct {
		name, file, text string
		line             int
		want             string
	}{
		{"status line", "actions/SEMI-1.md", "---\nid: SEMI-1\ntitle: T\nsummary: S\narea: SEMI\nmodality: intend to\nsources:\n  - S0\n---\n\nFirst line.\n\nStatus: under way.\n", 13, "states a status in words"},
		{"status in a list item", "glossary/GL-X.md", term("- **(a)** Shared. Status: ongoing.\n"), 9, "states a status in words"},
		{"verdict", "glossary/GL-X.md", term("One.\nWe therefore count SEMI-1 as delivered, late.\n"), 10, `"count SEMI-1 as delivered"`},
		{"is done", "glossary/GL-X.md", term("So **SEMI-1 is done**.\n"), 9, "states a status in words"},
		{"has been delivered", "glossary/GL-X.md", term("This action has been delivered.\n"), 9, `"has been delivered"`},
		{"is now under way", "glossary/GL-X.md", term("One.\nThe work is now under way.\n"), 10, `"is now under way"`},
		{"happened but unverified", "events/EV-X.md", event("happened", "Text.\n\n**Unverified.** One blog says so.\n"), 7, "calls this event unverified (line 13)"},
		{"one-sided conflict", "glossary/GL-X.md", term("Text (S0 L1).\n\n### Where sources differ\nS1 says 2014. We do not repeat it.\n\n### Notes\nOther text (PUB-A).\n"), 11, "names fewer than two"},
		{"date beside an id", "glossary/GL-X.md", term("The first Council (DPC-1) met.\n\nThen DPC-1 on 23 June 2023 agreed.\n"), 11, `"DPC-1 on 23 June 2023" gives DPC-1 a date outside its own (30 June 2023)`},
		{"date beside a Council's number", "glossary/GL-X.md", term("At the 1st Council (May 2023) they agreed.\n"), 9, "gives DPC-1 a date outside"},
		{"whole action with parts", "outcomes/DPC-1.2.md", "---\nid: DPC-1.2\ntitle: T\nsummary: S\ncouncil: DPC-1\nactions: SEMI-2\nsources:\n  - S0\n---\n", 6, "SEMI-2 has parts a, b: name the part"},
		{"no such part", "outcomes/DPC-1.2.md", "---\nid: DPC-1.2\ntitle: T\nsummary: S\ncouncil: DPC-1\nactions: SEMI-2c\nsources:\n  - S0\n---\n", 6, "SEMI-2 has no part c (its parts are a, b)"},
		{"part of an action without parts", "outcomes/DPC-1.2.md", "---\nid: DPC-1.2\ntitle: T\nsummary: S\ncouncil: DPC-1\ndelivers: SEMI-1a\nsources:\n  - S0\n---\n", 6, "SEMI-1 has no parts"},
		{"unconfirmed shows nothing done", "events/EV-X.md", "---\nid: EV-X\ntitle: T\nsummary: S\ndate: 2024\ntype: meeting\nstatus: unconfirmed\ndelivers: SEMI-1\nsources:\n  - S0\n---\n", 8, "an unconfirmed report cannot show an action done"},
		{"modality beside parts", "actions/SEMI-3.md", strings.Replace(strings.Replace(withParts, "SEMI-2", "SEMI-3", 1), "area: SEMI\n", "area: SEMI\nmodality: should\n", 1), 6, "takes its modality from part a (should)"},
		{"deadline beside parts", "actions/SEMI-3.md", strings.Replace(strings.Replace(withParts, "SEMI-2", "SEMI-3", 1), "area: SEMI\n", "area: SEMI\ndeadline: 2024\n", 1), 6, "puts a deadline on the part it dates"},
		{"one part", "actions/SEMI-3.md", "---\nid: SEMI-3\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | should | One thing\nsources:\n  - S0\n---\n", 7, "one part is the action itself"},
		{"parts out of order", "actions/SEMI-3.md", "---\nid: SEMI-3\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | should | One\n  - c | may | Two\nsources:\n  - S0\n---\n", 8, "should be b, not c"},
		{"bad part", "actions/SEMI-3.md", "---\nid: SEMI-3\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | must | One\n  - b | may | Two\nsources:\n  - S0\n---\n", 7, `"must" is not one of`},
		{"bad part deadline", "actions/SEMI-3.md", "---\nid: SEMI-3\ntitle: T\nsummary: S\narea: SEMI\nparts:\n  - a | should | One | by 2024\n  - b | may | Two\nsources:\n  - S0\n---\n", 7, "'due DATE'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := smallPack()
			fsys["actions/SEMI-2.md"] = &fstest.MapFile{Data: []byte(withParts)}
			fsys[c.file] = &fstest.MapFile{Data: []byte(c.text)}
			_, err := Load(fsys)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want Problems, got %v", err)
			}
			for _, p := range ps {
				if p.File == c.file && p.Line == c.line && strings.Contains(p.Message, c.want) {
					return
				}
			}
			t.Errorf("no problem %s:%d %q in\n%v", c.file, c.line, c.want, ps)
		})
	}
}

// TestWritingRulesLetGoodTextThrough: the same words where they state no
// status, an unconfirmed event that says so, a conflict told from both
// sides, a wrong date quoted inside it and a right date beside an id all
// load.
func TestWritingRulesLetGoodTextThrough(t *testing.T) {
	fsys := smallPack()
	fsys["actions/SEMI-2.md"] = &fstest.MapFile{Data: []byte(withParts)}
	fsys["events/EV-X.md"] = &fstest.MapFile{Data: []byte("---\nid: EV-X\ntitle: T\nsummary: S\ndate: 2024\ntype: meeting\nstatus: unconfirmed\nactions: SEMI-2b\nsources:\n  - S0\n---\n**Unverified.** One blog says so.\n")}
	fsys["glossary/GL-X.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nrelated: SEMI-2a\nsources:\n  - S0\n---\n" +
		"The forum met on 30 June 2023 (DPC-1). DPC-1 on 30 June 2023 and the 1st Council (June 2023) agreed; work is under way.\n\n" +
		"### Where sources differ\nS0 gives 23 June; DPC-1 on 23 June 2023 is wrong ([EC](https://example.org/ec)). We follow the EC.\n")}
	b, err := Load(fsys)
	if err != nil {
		t.Fatalf("good text refused:\n%v", err)
	}
	if l := b.LinksTo("SEMI-2"); len(l) < 2 || !hasPartLink(l, "SEMI-2", "a") || !hasPartLink(l, "SEMI-2", "b") {
		t.Errorf("links to the parts of SEMI-2: %v", l)
	}
	if a, p := b.ActionOf("semi-2B"); a == nil || p == nil || p.ID != "SEMI-2b" || p.Deadline.String() != "Q1 2023" {
		t.Errorf("ActionOf(semi-2B) = %v, %v", a, p)
	}
	if a, _ := b.ActionOf("SEMI-2"); a == nil || a.Modality != Should {
		t.Errorf("SEMI-2's modality should be part a's verb, got %v", a)
	}
}

func hasPartLink(links []Link, to, part string) bool {
	for _, l := range links {
		if l.To == to && l.Part == part {
			return true
		}
	}
	return false
}

// TestDatedMentionsAreChecked: the rule on dates beside ids has teeth on
// the embedded content: it finds many such dates, and all of them match.
func TestDatedMentionsAreChecked(t *testing.T) {
	b, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range b.All() {
		for _, line := range strings.Split(e.Base().Body, "\n") {
			for _, dm := range dateMentions(line) {
				if dm.council != "" || b.byID[IDKey(dm.id)] != nil {
					checked++
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d dates written beside an id or a Council's number; the rule would catch little", checked)
	}
}
