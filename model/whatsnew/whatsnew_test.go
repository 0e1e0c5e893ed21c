package whatsnew

import (
	"errors"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model"
)

// render writes a diff as git's --word-diff=plain does.
func render(spans []Span) string { return Line(spans).Marked() }

func TestWords(t *testing.T) {
	for _, tc := range []struct{ before, after, want string }{
		{"planned: yes\ndate: 2026\n", "planned: no\ndate: 2026\n", "planned: [-yes-]{+no+}\ndate: 2026\n"},
		{"The Council met in Seoul.", "The 4th Council met in Brussels.", "The {+4th +}Council met in [-Seoul-]{+Brussels+}."},
		{"met on 23 June 2023", "met on 30 June 2023", "met on [-23-]{+30+} June 2023"},
		{"서울에서 회의", "브뤼셀에서 회의", "[-서울에서-]{+브뤼셀에서+} 회의"},
		{"same", "same", "same"},
		{"", "new text", "{+new text+}"},
	} {
		spans := Words(tc.before, tc.after)
		got := render(spans)
		if got != tc.want {
			t.Errorf("Words(%q, %q)\n got %q\nwant %q", tc.before, tc.after, got, tc.want)
		}
		var before, after strings.Builder
		for _, s := range spans {
			if s.Op != Insert {
				before.WriteString(s.Text)
			}
			if s.Op != Delete {
				after.WriteString(s.Text)
			}
		}
		if before.String() != tc.before || after.String() != tc.after {
			t.Errorf("the spans do not give back the texts: %q, %q", before.String(), after.String())
		}
	}
}

func TestTokensJoinBack(t *testing.T) {
	text := "A café, 서울 — 2026-03-01\n\t e\u0301tude"
	if got := strings.Join(tokens(text), ""); got != text {
		t.Errorf("%q", got)
	}
	if toks := tokens("e\u0301tude x"); toks[0] != "e\u0301tude" {
		t.Errorf("a combining mark split a word: %q", toks)
	}
}

func TestLines(t *testing.T) {
	lines := Lines(Words("a\nb c\nd\n", "a\nb X\nd\n"))
	if len(lines) != 3 || lines[0].Changed() || !lines[1].Changed() || lines[2].Changed() {
		t.Fatalf("%v", lines)
	}
	if render(lines[1]) != "b [-c-]{+X+}" {
		t.Errorf("%q", render(lines[1]))
	}
}

func side(version string, texts map[string]string, items ...Item) Side {
	return Side{Version: version, Items: items, Text: func(it Item) (string, error) {
		text, ok := texts[it.ID]
		if !ok {
			return "", errors.New("gone")
		}
		return text, nil
	}}
}

func TestCompare(t *testing.T) {
	old := side("1", map[string]string{"SEMI-1": "status: planned"},
		Item{ID: "SEMI", Kind: model.KindArea, Hash: "a"},
		Item{ID: "SEMI-1", Kind: model.KindAction, Hash: "b"},
		Item{ID: "SEMI-9", Kind: model.KindAction, Hash: "c"},
		Item{ID: "EV-1", Kind: model.KindEvent, Hash: "d"})
	new := side("2", map[string]string{"SEMI-1": "status: held", "EV-1": "x"},
		Item{ID: "SEMI", Kind: model.KindArea, Hash: "a"},
		Item{ID: "SEMI-1", Kind: model.KindAction, Hash: "B"},
		Item{ID: "DPC-4", Kind: model.KindCouncil, Hash: "e"},
		Item{ID: "EV-1", Kind: model.KindEvent, Hash: "D"})
	r := Compare(old, new).WithDiffs(old, new)
	if r.From != "1" || r.To != "2" || len(r.Kinds) != 3 {
		t.Fatalf("%+v", r)
	}
	if a, c, rm := r.Counts(); a != 1 || c != 2 || rm != 1 {
		t.Errorf("counts %d %d %d", a, c, rm)
	}
	actions := r.Kinds[0]
	if actions.Kind != model.KindAction || len(actions.Changed) != 1 || len(actions.Removed) != 1 || actions.Removed[0].ID != "SEMI-9" {
		t.Errorf("actions: %+v", actions)
	}
	if got := render(actions.Changed[0].Diff); got != "status: [-planned-]{+held+}" {
		t.Errorf("diff %q", got)
	}
	if r.Kinds[1].Kind != model.KindCouncil || r.Kinds[1].Added[0].ID != "DPC-4" {
		t.Errorf("councils: %+v", r.Kinds[1])
	}
	if ev := r.Kinds[2].Changed[0]; ev.Diff != nil || ev.NoDiff == "" {
		t.Errorf("an item whose earlier text is gone: %+v", ev)
	}
	if !Compare(new, new).Empty() {
		t.Error("a version differs from itself")
	}
}

// TestSummaryLeavesOutWhatDidNotHappen: "1 changed", not "0 added, 1
// changed, 0 removed", which a narrow list cuts before the news.
func TestSummaryLeavesOutWhatDidNotHappen(t *testing.T) {
	change := []Change{{ID: "X"}}
	for _, c := range []struct {
		r    Report
		want string
	}{
		{Report{}, "nothing changed"},
		{Report{Kinds: []KindReport{{Changed: change}}}, "1 changed"},
		{Report{Kinds: []KindReport{{Added: change}, {Added: change, Removed: change}}}, "2 added, 1 removed"},
	} {
		if got := c.r.Summary(); got != c.want {
			t.Errorf("Summary() = %q, want %q", got, c.want)
		}
	}
}
