package search

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eu-rok/briefing/model"
)

// The cases the issue opened with, as a delegate types them.
func TestMeetingQuestions(t *testing.T) {
	ix := builtIn(t)
	for _, tc := range []struct{ query, first string }{
		{"digital identity wallet", "DID-1"},
		{"who co-chaired the third council", "DPC-3"},
		{"first council", "DPC-1"},
		{"when is the next council", "DPC-4"},
		{"hpc access", "HPCQ-1"},
		{"cyber capacity building third countries", "CYBER-1"},
		{"codeweek", "SKILLS-2"},
		{"SKILLS-2", "SKILLS-2"},
		{"dpc-2.13", "DPC-2.13"},
	} {
		if got := hitIDs(mustSearch(t, ix, tc.query, Options{Limit: 5})); len(got) == 0 || got[0] != tc.first {
			t.Errorf("%q: want %s first, got %v", tc.query, tc.first, got)
		}
	}
	// "Next" and "last" are read against the index's today: on 1 January
	// 2024 the next Council was the second, the last the first.
	before := New(ix.b, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), nil)
	for q, want := range map[string]string{"next council": "DPC-2", "last council": "DPC-1"} {
		if got := hitIDs(mustSearch(t, before, q, Options{Limit: 1})); len(got) == 0 || got[0] != want {
			t.Errorf("%q on 1 January 2024: %v, want %s", q, got, want)
		}
	}
	if got := hitIDs(mustSearch(t, ix, "last council", Options{Limit: 1})); got[0] != "DPC-3" {
		t.Errorf("last council on %s: %v", testToday.Format(time.DateOnly), got)
	}
}

// Scattered letters count only when dense, in one word: a common word
// does not flood the list.
func TestLettersAreDense(t *testing.T) {
	ix := builtIn(t)
	for _, tc := range []struct {
		query string
		most  int
	}{{"enisa", 8}, {"AI act", 12}, {"codeweek", 6}} {
		if res := mustSearch(t, ix, tc.query, Options{}); res.Total > tc.most {
			t.Errorf("%q matches %d items, want at most %d: %v", tc.query, res.Total, tc.most, hitIDs(res))
		}
	}
	res := mustSearch(t, ix, "smcndctr", Options{Limit: 3})
	if len(res.Hits) == 0 || res.Hits[0].Why[0].How != HowLetters {
		t.Fatalf("smcndctr: %+v", res.Hits)
	}
}

// Words before letters: each way of matching, on one word each.
func TestHowWordsMatch(t *testing.T) {
	ix := builtIn(t)
	for _, tc := range []struct {
		query string
		how   How
		found string
	}{
		{"semiconductors", HowExact, "semiconductors"},
		{"semicond", HowPrefix, "semiconductor"},
		{"chaired", HowExact, "chaired"},
		{"researcher", HowStem, "researchers"},
		{"wallet", HowSynonym, "digital identity"},
		{"반도체", HowSynonym, "semiconductors"},
		{"virkunen", HowTypo, "virkkunen"},
		{"cdwk", HowLetters, "codeweek"},
	} {
		res := mustSearch(t, ix, tc.query, Options{Limit: 20})
		found := false
		for _, h := range res.Hits {
			for _, m := range h.Why {
				found = found || m.How == tc.how && strings.HasPrefix(m.Found, tc.found)
			}
		}
		if !found {
			t.Errorf("%q: no hit found %q by %s: %+v", tc.query, tc.found, tc.how, res.Hits[:min(2, len(res.Hits))])
		}
	}
}

// Never a bare "nothing": the items with most words, and what they lack.
func TestMostWordsWhenNoneHasAll(t *testing.T) {
	ix := builtIn(t)
	res := mustSearch(t, ix, "quantum zanzibar", Options{Limit: 5})
	if !res.Partial || res.Matched != 1 || len(res.Hits) == 0 || !slices.Equal(res.Hits[0].Missing, []string{"zanzibar"}) {
		t.Fatalf("partial: %+v", res)
	}
	if res := mustSearch(t, ix, "zanzibar qqqq", Options{}); !res.Nothing() || len(res.Hits) != 0 {
		t.Fatalf("no word matches: %+v", res)
	}
	// A word in most items ("Korea") is not required.
	if res := mustSearch(t, ix, "korea semiconductors", Options{}); res.Partial || res.Total < 10 {
		t.Errorf("korea semiconductors: total %d, partial %v", res.Total, res.Partial)
	}
}

func TestOperatorsAndScopes(t *testing.T) {
	ix := builtIn(t)
	all := func(q string, ok func(Hit) bool) {
		t.Helper()
		res := mustSearch(t, ix, q, Options{})
		if res.Total == 0 {
			t.Errorf("%q: nothing found", q)
		}
		for _, h := range res.Hits {
			if !ok(h) {
				t.Errorf("%q: %s does not belong", q, h.ID)
			}
		}
	}
	text := func(h Hit) string {
		it := h.Entry.Base()
		return strings.ToLower(it.ID + " " + it.Title + " " + it.Summary + " " + it.Body + " " + strings.Join(it.Aliases, " "))
	}
	all("^GL-", func(h Hit) bool {
		return strings.HasPrefix(h.ID, "GL-") || strings.HasPrefix(strings.ToUpper(h.Title), "GL-")
	})
	all("kind:action", func(h Hit) bool { return h.Kind == model.KindAction })
	all("kind:action,outcome quantum", func(h Hit) bool { return h.Kind == model.KindAction || h.Kind == model.KindOutcome })
	all("area:SEMI kind:action", func(h Hit) bool { return strings.HasPrefix(h.ID, "SEMI-") })
	all("council:2 kind:outcome", func(h Hit) bool { return strings.HasPrefix(h.ID, "DPC-2.") })
	all("year:2025 kind:council", func(h Hit) bool { return h.ID == "DPC-3" })
	all("quantum !kind:term", func(h Hit) bool { return h.Kind != model.KindTerm })
	all("'quantum", func(h Hit) bool { return strings.Contains(text(h), "quantum") })
	all(`"undersea cable"`, func(h Hit) bool { return strings.Contains(text(h), "undersea cable") })
	either := hitIDs(mustSearch(t, ix, "codeweek | virkkunen", Options{}))
	if !slices.Contains(either, "SKILLS-2") || !slices.Contains(either, "GL-VIRKKUNEN") {
		t.Errorf("codeweek | virkkunen: want both, got %v", either)
	}
	if without := hitIDs(mustSearch(t, ix, "codeweek !korean", Options{})); slices.Contains(without, "SKILLS-2") {
		t.Errorf("codeweek !korean still has SKILLS-2: %v", without)
	}
	for _, st := range model.Statuses() {
		res := mustSearch(t, ix, "status:"+strings.ReplaceAll(string(st), " ", "-"), Options{})
		for _, h := range res.Hits {
			if a, ok := h.Entry.(*model.Action); !ok || ix.b.ProgressOf(a, testToday).Status != st {
				t.Errorf("status:%s found %s", st, h.ID)
			}
		}
	}
	if res := mustSearch(t, ix, "quantum", Options{Kind: model.KindArea}); len(res.Hits) == 0 || res.Hits[0].Kind != model.KindArea {
		t.Errorf("Kind option: got %v", hitIDs(res))
	}
}

func TestQueryErrorsPointAtTheProblem(t *testing.T) {
	ix := builtIn(t)
	for _, tc := range []struct {
		query string
		pos   int
		says  string
	}{
		{"area:", 0, "needs a value"},
		{"quantum area:", 8, "needs a value"},
		{"foo:bar", 0, "unknown scope"},
		{"kind:x", 0, "unknown kind"},
		{"x area:NOPE", 2, "unknown area"},
		{"council:9", 0, "unknown Council"},
		{"status:bogus", 0, "unknown status"},
		{"year:24", 0, "four digits"},
		{"| a", 0, "before"},
		{"a |", 2, "after"},
		{"!", 0, "needs a word"},
		{"^", 0, "needs a word"},
		{`a "b c`, 2, "not closed"},
		{"\u0301", 0, "nothing to search for"},
	} {
		_, err := ix.Search(context.Background(), tc.query, Options{})
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: want a QueryError, got %v", tc.query, err)
			continue
		}
		if qe.Pos != tc.pos || !strings.Contains(qe.Msg, tc.says) {
			t.Errorf("%q: got column %d %q; want column %d and %q", tc.query, qe.Pos, qe.Msg, tc.pos, tc.says)
		}
	}
	for _, ok := range []string{"10:30", "https://example.org", "'foo:bar", "", "   ", `""`, "?!"} {
		if _, err := ix.Search(context.Background(), ok, Options{}); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}

// A cancelled search stops and says so.
func TestCancelledSearchStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := builtIn(t).Search(ctx, "quantum research", Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}

func TestFoldingFindsBothWays(t *testing.T) {
	ix := small(t, map[string]string{
		"glossary/GL-STIRI.md": termFile("GL-STIRI", "Știri și cooperare științifică", "Știri din țară, cu virgulă.", "Scris cu sedilă: ştiri din ţară."),
		"glossary/GL-KO.md":    termFile("GL-KO", "인공지능 협력", "한국과 EU의 인공지능 협력.", "디지털 파트너십"),
		"glossary/GL-RAN.md":   termFile("GL-RAN", "Open RAN", "Radio access networks.", ""),
		"glossary/GL-RND.md":   termFile("GL-RND", "Random access", "Nothing to do with radio.", ""),
	})
	for _, tc := range []struct {
		query string
		first string
		title []int // rune indexes highlighted in the title, or nil not to check
	}{
		{"stiri", "GL-STIRI", []int{0, 1, 2, 3, 4}},
		{"știri", "GL-STIRI", []int{0, 1, 2, 3, 4}},                                    // comma below
		{"ştiri", "GL-STIRI", []int{0, 1, 2, 3, 4}},                                    // cedilla
		{"s\u0326tiri", "GL-STIRI", []int{0, 1, 2, 3, 4}},                              // decomposed
		{"stiintifica", "GL-STIRI", []int{19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}}, // "științifică" after "Știri și cooperare "
		{"tara", "GL-STIRI", nil},                                                      // only in the summary and body
		{"협력", "GL-KO", []int{5, 6}},
		{"\u1112\u1167\u11B8\u1105\u1167\u11A8", "GL-KO", []int{5, 6}}, // 협력 as decomposed jamo
		{"인공", "GL-KO", []int{0, 1, 2, 3}},                             // the start of a word
		{"RAN", "GL-RAN", nil},
	} {
		res := mustSearch(t, ix, tc.query, Options{})
		if len(res.Hits) == 0 || res.Hits[0].ID != tc.first {
			t.Errorf("%q: want %s first, got %v", tc.query, tc.first, hitIDs(res))
			continue
		}
		if tc.title != nil && !slices.Equal(res.Hits[0].TitleMatches, tc.title) {
			t.Errorf("%q: title matches %v, want %v in %q", tc.query, res.Hits[0].TitleMatches, tc.title, res.Hits[0].Title)
		}
	}
	// A word of its own is not the start of longer words: RAN is not Random.
	if got := hitIDs(mustSearch(t, ix, "ran", Options{})); slices.Contains(got, "GL-RND") {
		t.Errorf("ran found Random: %v", got)
	}
	if got := hitIDs(mustSearch(t, ix, "rand", Options{})); !slices.Contains(got, "GL-RND") {
		t.Errorf("rand did not find Random: %v", got)
	}
	// A snippet from the summary, highlighted at the right characters.
	h := mustSearch(t, ix, "tara", Options{}).Hits[0]
	if h.Field != FieldSummary {
		t.Fatalf("tara matched in %s, want summary", h.Field)
	}
	rs := []rune(h.Snippet)
	var got string
	for _, i := range h.SnippetMatches {
		got += string(rs[i])
	}
	if got != "țară" {
		t.Errorf("snippet %q highlights %q, want țară", h.Snippet, got)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"știri":               "stiri",
		"ştiri":               "stiri",
		"s\u0326tiri":         "stiri",
		"Țară":                "Tara",
		"인공지능":                "인공지능",
		"\u1112\u1167\u11B8":  "협",
		"Yoon’s “plan” – now": "Yoon's \"plan\" - now",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	folded, at := FoldMap("Ias\u0326i 한")
	if folded != "Iasi 한" || !slices.Equal(at, []int{0, 1, 2, 4, 5, 6}) {
		t.Errorf("FoldMap: %q %v", folded, at)
	}
	if _, at := FoldMap("plain"); at != nil {
		t.Errorf("FoldMap of ASCII should need no map, got %v", at)
	}
}

func TestMatchRanges(t *testing.T) {
	if got := MatchRanges("Cooperare științifică, ştiinţifică", []string{"stiintifica"}); !slices.Equal(got, [][2]int{{10, 21}, {23, 34}}) {
		t.Errorf("MatchRanges: %v", got)
	}
	if got := MatchRanges("한국과 EU의 협력", []string{"협력", "eu"}); !slices.Equal(got, [][2]int{{4, 6}, {8, 10}}) {
		t.Errorf("MatchRanges Hangul: %v", got)
	}
	if got := MatchRanges("Open RAN, random", []string{"RAN"}); !slices.Equal(got, [][2]int{{5, 8}}) {
		t.Errorf("MatchRanges smart case: %v", got)
	}
	// m6: a word of one piece is found where the text writes it as two, as
	// the index joins them, but only across whole words.
	if got := MatchRanges("Korean schools in EU Code Week; code-week", []string{"codeweek"}); !slices.Equal(got, [][2]int{{21, 30}, {32, 41}}) {
		t.Errorf("MatchRanges compound: %v", got)
	}
	if got := MatchRanges("the eu agreed; barcode weekly", []string{"euagree", "codeweek"}); got != nil {
		t.Errorf("MatchRanges across part of a word: %v", got)
	}
}

func TestNotesFindTheirItem(t *testing.T) {
	b := builtIn(t).b
	ix := New(b, testToday, map[string]string{
		"semi-1": "Raise the zanzibarish timetable; they said March.",
		"NOPE-9": "zanzibarish too, on an id the briefing lacks",
	})
	res := mustSearch(t, ix, "zanzibarish", Options{})
	if len(res.Hits) != 1 || res.Hits[0].ID != "SEMI-1" {
		t.Fatalf("the note's word should find SEMI-1 alone, got %+v", res.Hits)
	}
	h := res.Hits[0]
	if h.Field != FieldNote || !strings.HasPrefix(h.Snippet, NoteLabel) {
		t.Fatalf("the hit should be labelled as the user's note: field %v, snippet %q", h.Field, h.Snippet)
	}
	runes := []rune(h.Snippet)
	if len(h.SnippetMatches) == 0 || string(runes[h.SnippetMatches[0]:h.SnippetMatches[0]+11]) != "zanzibarish" {
		t.Fatalf("the matched characters should point into the labelled snippet: %v in %q", h.SnippetMatches, h.Snippet)
	}
	// A word in the item and a word in the note find it together.
	if res := mustSearch(t, ix, "zanzibarish semiconductor", Options{}); res.Partial || len(res.Hits) != 1 {
		t.Fatalf("words from the item and the note together: %+v", res)
	}
	// Without notes, nothing.
	if res := mustSearch(t, New(b, testToday, nil), "zanzibarish", Options{}); len(res.Hits) != 0 {
		t.Fatal("the plain index should not know the note")
	}
	// A note's control characters are shown, not sent.
	ix = New(b, testToday, map[string]string{"SEMI-1": "quokkaword \x1b]52;c;bad\x07"})
	if res := mustSearch(t, ix, "quokkaword", Options{}); len(res.Hits) != 1 || strings.ContainsAny(res.Hits[0].Snippet, "\x1b\x07") {
		t.Fatalf("snippet carries control characters: %+v", res.Hits)
	}
}

// An alternative that only narrows: "codeweek | !quantum" is every item
// without quantum, and those with codeweek.
func TestNarrowingAlternative(t *testing.T) {
	ix := builtIn(t)
	res := mustSearch(t, ix, "codeweek | !quantum", Options{})
	got := hitIDs(res)
	if len(got) == 0 || got[0] != "SKILLS-2" || slices.Contains(got, "HPCQ-2") || res.Total < 100 {
		t.Fatalf("codeweek | !quantum: %d items, %v", res.Total, got[:min(5, len(got))])
	}
}
