package model

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/content"
)

// searchToday fixes the clock of status: in tests.
var searchToday = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

var (
	embeddedOnce  sync.Once
	embeddedIndex *Index
	embeddedErr   error
)

// embeddedContent is the built-in content, or the directory in
// BRIEFING_TEST_CONTENT (to test against a copy while content is written).
func embeddedContent() fs.FS {
	if dir := os.Getenv("BRIEFING_TEST_CONTENT"); dir != "" {
		return os.DirFS(dir)
	}
	return content.FS()
}

func embedded(tb testing.TB) *Index {
	tb.Helper()
	embeddedOnce.Do(func() {
		b, err := Load(embeddedContent())
		if err == nil {
			embeddedIndex = NewIndex(b, searchToday)
		}
		embeddedErr = err
	})
	if embeddedErr != nil {
		tb.Fatalf("loading the content: %v", embeddedErr)
	}
	return embeddedIndex
}

func ids(res Results) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	return out
}

func mustSearch(tb testing.TB, ix *Index, q string, opts SearchOptions) Results {
	tb.Helper()
	res, err := ix.Search(q, opts)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q, err)
	}
	return res
}

// TestRankingRealQueries asks what staff ask in a meeting and wants the
// answer first.
func TestRankingRealQueries(t *testing.T) {
	ix := embedded(t)
	for _, tc := range []struct{ query, first, why string }{
		{"codeweek", "SKILLS-2", "the joint action on EU Code Week"},
		{"enisa", "GL-ENISA", "the glossary entry titled ENISA; CYBER-1 names it only in an alias and its title"},
		{"6g", "B5G", "the Beyond 5G/6G area"},
		{"virkkunen", "GL-VIRKKUNEN", "the person"},
		{"undersea cable", "DPC-2.13", "the DPC-2 connectivity outcome"},
		{"conformity assessment", "DPC-3.4", "the DPC-3 AI outcome"},
		{"SKILLS-2", "SKILLS-2", "an id"},
		{"dpc-3", "DPC-3", "an id in lower case"},
	} {
		res := mustSearch(t, ix, tc.query, SearchOptions{Limit: 5})
		if len(res.Hits) == 0 || res.Hits[0].ID != tc.first {
			t.Errorf("%q: want %s (%s) first, got %v", tc.query, tc.first, tc.why, ids(res))
		}
	}
}

func TestHiddenFieldsFind(t *testing.T) {
	ix := embedded(t)
	for _, tc := range []struct{ query, want string }{
		{"eID", "DID"},                  // an alias of the area
		{"6G", "B5G"},                   // an alias, in capitals
		{"smart networks", "GL-SNS-JU"}, // a term's expansion
	} {
		res := mustSearch(t, ix, tc.query, SearchOptions{Limit: 3})
		if !slices.Contains(ids(res), tc.want) {
			t.Errorf("%q: want %s in the first 3, got %v", tc.query, tc.want, ids(res))
		}
	}
}

func TestOperatorsAndScopes(t *testing.T) {
	ix := embedded(t)
	all := func(q string, ok func(Result) bool) {
		t.Helper()
		res := mustSearch(t, ix, q, SearchOptions{})
		if res.Total == 0 {
			t.Errorf("%q: nothing found", q)
		}
		for _, h := range res.Hits {
			if !ok(h) {
				t.Errorf("%q: %s does not belong", q, h.ID)
			}
		}
	}
	all("^GL-", func(r Result) bool {
		return strings.HasPrefix(r.ID, "GL-") || strings.HasPrefix(strings.ToUpper(r.Title), "GL-")
	})
	all("kind:action", func(r Result) bool { return r.Kind == KindAction })
	all("kind:action,outcome quantum", func(r Result) bool { return r.Kind == KindAction || r.Kind == KindOutcome })
	all("area:SEMI kind:action", func(r Result) bool { return strings.HasPrefix(r.ID, "SEMI-") })
	all("council:2 kind:outcome", func(r Result) bool { return strings.HasPrefix(r.ID, "DPC-2.") })
	all("year:2025 kind:council", func(r Result) bool { return r.ID == "DPC-3" })
	all("quantum !kind:term", func(r Result) bool { return r.Kind != KindTerm })
	all("'quantum", func(r Result) bool {
		return strings.Contains(strings.ToLower(r.Entry.Base().Title+r.Entry.Base().Summary+r.Entry.Base().Body+strings.Join(r.Entry.Base().Aliases, " ")), "quantum")
	})
	all("codeweek | virkkunen", func(r Result) bool { return true })
	either := ids(mustSearch(t, ix, "codeweek | virkkunen", SearchOptions{}))
	if !slices.Contains(either, "SKILLS-2") || !slices.Contains(either, "GL-VIRKKUNEN") {
		t.Errorf("codeweek | virkkunen: want both, got %v", either)
	}
	without := ids(mustSearch(t, ix, "codeweek !skills", SearchOptions{}))
	if slices.Contains(without, "SKILLS-2") {
		t.Errorf("codeweek !skills still has SKILLS-2: %v", without)
	}
	for _, st := range Statuses() {
		res := mustSearch(t, ix, "status:"+strings.ReplaceAll(string(st), " ", "-"), SearchOptions{})
		for _, h := range res.Hits {
			if a, ok := h.Entry.(*Action); !ok || ix.b.ProgressOf(a, searchToday).Status != st {
				t.Errorf("status:%s found %s", st, h.ID)
			}
		}
	}
	if res := mustSearch(t, ix, "quantum", SearchOptions{Kind: KindArea}); len(res.Hits) == 0 || res.Hits[0].Kind != KindArea {
		t.Errorf("Kind option: got %v", ids(res))
	}
}

func TestQueryErrorsPointAtTheProblem(t *testing.T) {
	ix := embedded(t)
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
	} {
		_, err := ix.Search(tc.query, SearchOptions{})
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: want a QueryError, got %v", tc.query, err)
			continue
		}
		if qe.Pos != tc.pos || !strings.Contains(qe.Msg, tc.says) {
			t.Errorf("%q: got column %d %q; want column %d and %q", tc.query, qe.Pos, qe.Msg, tc.pos, tc.says)
		}
	}
	for _, ok := range []string{"10:30", "https://example.org", "'foo:bar", "", "   "} {
		if _, err := ix.Search(ok, SearchOptions{}); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}

// TestNarrowingMatchesAFreshSearch types queries letter by letter, and
// edits them, and wants the same hits as searching from scratch.
func TestNarrowingMatchesAFreshSearch(t *testing.T) {
	ix := embedded(t)
	s := ix.NewSearcher()
	var typed []string
	for _, q := range []string{"conformity assessment", "kind:action quantum", "undersea !cable", "enisa | codeweek", "^GL-vi", "eID"} {
		for i := 1; i <= len(q); i++ {
			typed = append(typed, q[:i])
		}
		for i := len(q) - 1; i > 0; i -= 3 {
			typed = append(typed, q[:i])
		}
	}
	for _, q := range typed {
		got, errS := s.Search(q, SearchOptions{Limit: 10})
		want, errI := ix.Search(q, SearchOptions{Limit: 10})
		if (errS == nil) != (errI == nil) {
			t.Fatalf("%q: errors differ: %v, %v", q, errS, errI)
		}
		if got.Total != want.Total || !slices.Equal(ids(got), ids(want)) {
			t.Fatalf("%q: narrowed %d %v, fresh %d %v", q, got.Total, ids(got), want.Total, ids(want))
		}
	}
}

func TestParallelMatchesSerial(t *testing.T) {
	ix := synthetic(t, 10000)
	for _, q := range []string{"quantum research", "știri", "lithography !forum", "kind:event year:2024 seoul"} {
		one := mustSearch(t, ix, q, SearchOptions{Limit: 20, Workers: 1})
		two := mustSearch(t, ix, q, SearchOptions{Limit: 20, Workers: 2})
		if one.Total != two.Total || !slices.Equal(ids(one), ids(two)) {
			t.Errorf("%q: serial %d %v, parallel %d %v", q, one.Total, ids(one), two.Total, ids(two))
		}
	}
}

// small builds a briefing from a few files, for folding and offsets.
func small(t *testing.T, files map[string]string) *Index {
	t.Helper()
	fsys := fstest.MapFS{
		"sources/S0.md": {Data: []byte("---\nid: S0\ntitle: Seed\nsummary: A seed.\ntype: seed\nlanguage: ro\nsources:\n  - S0\n---\n")},
		"areas/SEMI.md": {Data: []byte("---\nid: SEMI\ntitle: Semiconductors\nsummary: Chips.\norder: 1\nshort: Semiconductors\nname: Semiconductors\nsources:\n  - S0\n---\n")},
	}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	b, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(b, searchToday)
}

func termFile(id, title, summary, body string) string {
	return "---\nid: " + id + "\ntitle: " + title + "\ncategory: concept\nsummary: " + summary + "\nsources:\n  - S0\n---\n" + body
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
		{"인능", "GL-KO", []int{0, 3}},                                   // scattered
		{"RAN", "GL-RAN", nil},
	} {
		res := mustSearch(t, ix, tc.query, SearchOptions{})
		if len(res.Hits) == 0 || res.Hits[0].ID != tc.first {
			t.Errorf("%q: want %s first, got %v", tc.query, tc.first, ids(res))
			continue
		}
		if tc.title != nil && !slices.Equal(res.Hits[0].TitleMatches, tc.title) {
			t.Errorf("%q: title matches %v, want %v in %q", tc.query, res.Hits[0].TitleMatches, tc.title, res.Hits[0].Title)
		}
	}
	// Smart case: a capital makes the word exact about case.
	if got := ids(mustSearch(t, ix, "RAN", SearchOptions{})); slices.Contains(got, "GL-RND") {
		t.Errorf("RAN found Random: %v", got)
	}
	if got := ids(mustSearch(t, ix, "ran", SearchOptions{})); !slices.Contains(got, "GL-RND") {
		t.Errorf("ran did not find Random: %v", got)
	}
	// A snippet from the summary, highlighted at the right characters.
	res := mustSearch(t, ix, "tara", SearchOptions{})
	h := res.Hits[0]
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
	// sahilm's byte offsets to characters: 한 is 3 bytes, ș 2.
	if got := runeOffsets("한국 ș x", []int{0, 3, 7, 10}); !slices.Equal(got, []int{0, 1, 3, 5}) {
		t.Errorf("runeOffsets: %v", got)
	}
}

func TestMatchRangesAndQueryTerms(t *testing.T) {
	if got := MatchRanges("Cooperare științifică, ştiinţifică", []string{"stiintifica"}); !slices.Equal(got, [][2]int{{10, 21}, {23, 34}}) {
		t.Errorf("MatchRanges: %v", got)
	}
	if got := MatchRanges("한국과 EU의 협력", []string{"협력", "eu"}); !slices.Equal(got, [][2]int{{4, 6}, {8, 10}}) {
		t.Errorf("MatchRanges Hangul: %v", got)
	}
	if got := MatchRanges("Open RAN, random", []string{"RAN"}); !slices.Equal(got, [][2]int{{5, 8}}) {
		t.Errorf("MatchRanges smart case: %v", got)
	}
	if got := QueryTerms("kind:action 'quantum ^semi !term a | b"); !slices.Equal(got, []string{"quantum", "semi", "a", "b"}) {
		t.Errorf("QueryTerms: %v", got)
	}
}
