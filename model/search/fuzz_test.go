package search

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/eu-rok/briefing/model"
)

// queryCorpus seeds the query fuzzers: every operator, every scope, the
// errors the parser knows, questions, and text that folding has to work on.
var queryCorpus = []string{
	"", " ", "codeweek", "undersea cable", "conformity assessment", "SKILLS-2", "dpc-3", `"undersea cable"`, `"`, `a "b`,
	"'exact", "^prefix", "suffix$", "^equal$", "!neg", "a | b", "a | b | c", "| a", "a |", "a | | b",
	"kind:action", "kind:action,outcome", "area:SEMI", "area:semiconductors", "council:2", "council:DPC-02",
	"year:2024", "year:2023,2024", "status:overdue", "status:late,none", "status:under-way", "kind:", "area:",
	"foo:bar", "'foo:bar", "10:30", "https://example.org", "new\\ york", "!", "^", "$", "'", "^$", "!^$", "!'",
	"știri", "ştiri", "s\u0326tiri", "인공지능", "\u1112\u1167\u11B8", "eID", "RAN", "ÅÄÖ", "ǅ", "ﬁ", "İstanbul",
	"\x00", "\xff\xfe", "a\tb", "\u202e", "\u0301", "x\u0301\u0301", "kind:action quantum !cable | enisa",
	"^GL- virk", "year:99999", "council:0", "council:-1", "area:,", "kind:|", "!!a", "''a", "^^a$$",
	"what did korea promise on semiconductors", "who co-chaired the third council", "when is the next council",
	"what is", "the of on", "third council | fourth council", "smcndctr", "semicondutors", "council 9", "DPC-3 !chips",
}

// checkQueryError checks that err is a *QueryError whose column is inside
// the query.
func checkQueryError(t *testing.T, q string, err error) {
	t.Helper()
	var qe *QueryError
	if !errors.As(err, &qe) {
		t.Fatalf("%q: error %T %v is not a QueryError", q, err, err)
	}
	n := utf8.RuneCountInString(q)
	if qe.Pos < 0 || qe.Len < 1 || qe.Pos+qe.Len > n {
		t.Fatalf("%q (%d runes): error at %d+%d is outside the query: %v", q, n, qe.Pos, qe.Len, err)
	}
	if qe.Query != q || qe.Msg == "" {
		t.Fatalf("%q: error carries query %q, message %q", q, qe.Query, qe.Msg)
	}
}

// checkResults checks what a search returned: hits within the limit and the
// total, no item twice, each highlight a valid, ascending character index,
// each reason on a word of the query.
func checkResults(t *testing.T, q string, res Results, limit int) {
	t.Helper()
	if res.Query != q {
		t.Fatalf("%q: results say query %q", q, res.Query)
	}
	if len(res.Hits) > res.Total || (limit > 0 && len(res.Hits) > limit) {
		t.Fatalf("%q: %d hits, total %d, limit %d", q, len(res.Hits), res.Total, limit)
	}
	if strings.TrimSpace(q) == "" && res.Total != 0 {
		t.Fatalf("%q: an empty query found %d items", q, res.Total)
	}
	seen := map[string]bool{}
	for _, h := range res.Hits {
		if seen[h.ID] {
			t.Fatalf("%q: %s found twice", q, h.ID)
		}
		seen[h.ID] = true
		if h.Entry == nil || h.Entry.Base().ID != h.ID {
			t.Fatalf("%q: hit %s carries entry %v", q, h.ID, h.Entry)
		}
		checkIndexes(t, q, "title", h.Title, h.TitleMatches)
		checkIndexes(t, q, "snippet", h.Snippet, h.SnippetMatches)
		if !utf8.ValidString(h.Snippet) {
			t.Fatalf("%q: snippet of %s is not valid UTF-8: %q", q, h.ID, h.Snippet)
		}
		if h.Field.String() == "" {
			t.Fatalf("%q: hit %s matched in field %d", q, h.ID, h.Field)
		}
		if len(h.Why)+len(h.Missing) > len(res.Words) {
			t.Fatalf("%q: hit %s has %d reasons and %d missing for %d words", q, h.ID, len(h.Why), len(h.Missing), len(res.Words))
		}
	}
}

func checkIndexes(t *testing.T, q, what, text string, idx []int) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	for i, x := range idx {
		if x < 0 || x >= n {
			t.Fatalf("%q: %s match %d is outside %q (%d characters): %v", q, what, x, text, n, idx)
		}
		if i > 0 && idx[i-1] >= x {
			t.Fatalf("%q: %s matches not ascending: %v", q, what, idx)
		}
	}
}

// FuzzParseQuery: whatever is typed, reading it never panics, an error
// points inside the query, and no term is left with nothing to look for.
func FuzzParseQuery(f *testing.F) {
	for _, q := range queryCorpus {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		parsed, err := builtIn(t).parse(q)
		if err != nil {
			checkQueryError(t, q, err)
			return
		}
		for _, g := range parsed.groups {
			if len(g) == 0 {
				t.Fatalf("%q: an empty group", q)
			}
			for _, tm := range g {
				if tm.mode != modeScope && tm.text == "" {
					t.Fatalf("%q: a term with no text: %+v", q, tm)
				}
			}
		}
	})
}

// FuzzSearch runs any query on the built-in briefing: it never panics, it
// fails only with a QueryError inside the query, and the results hold
// together (checkResults).
func FuzzSearch(f *testing.F) {
	for _, q := range queryCorpus {
		f.Add(q, uint8(0))
		f.Add(q, uint8(3))
	}
	f.Fuzz(func(t *testing.T, q string, limit uint8) {
		opts := Options{Limit: int(limit % 40)}
		res, err := builtIn(t).Search(context.Background(), q, opts)
		if err != nil {
			checkQueryError(t, q, err)
			return
		}
		checkResults(t, q, res, opts.Limit)
	})
}

// FuzzSearchContent searches a small briefing whose glossary item has fuzzed
// text: odd Unicode in titles, summaries, aliases and bodies must not push
// a highlight off its text.
func FuzzSearchContent(f *testing.F) {
	f.Add("stiri", "Știri și cooperare științifică", "Știri din țară.", "Scris cu sedilă: ştiri din ţară.")
	f.Add("인공", "인공지능 협력", "한국과 EU의 인공지능 협력.", "디지털 파트너십")
	f.Add("RAN", "Open RAN", "Radio access networks.", "")
	f.Add("ﬁ", "ﬁnance Ǆ ǅ", "İstanbul ß", "ΣΑΣ ﬃ")
	f.Add("a", "a\u0301\u0301b", "x\u0326", "\u1112\u1167\u11B8")
	f.Add("tara", "T", "ţară "+strings.Repeat("word ", 40)+"țară", strings.Repeat("line\n", 5)+"tara")
	f.Add("^gl-x", "ǅemal", "s", "b")
	f.Add("link", "A [link](http://x)", "**bold** `code`", "- [link](http://x) and **link**")
	f.Fuzz(func(t *testing.T, q, title, summary, body string) {
		for _, s := range []string{title, summary} {
			if strings.ContainsAny(s, "\r\n") || strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "-") {
				return // not a one-line header value
			}
		}
		fsys := fstest.MapFS{
			"sources/S0.md":    {Data: []byte("---\nid: S0\ntitle: Seed\nsummary: A seed.\ntype: seed\nlanguage: ro\nsources:\n  - S0\n---\n")},
			"areas/ZZ.md":      {Data: []byte("---\nid: ZZ\ntitle: Zz\norder: 1\nshort: Zz\nname: Zz\nsummary: Zz.\nsources:\n  - S0\n---\n")},
			"glossary/GL-X.md": {Data: []byte("---\nid: GL-X\ntitle: " + title + "\nsummary: " + summary + "\naliases: " + title + "\ncategory: concept\nsources:\n  - S0\n---\n" + body)},
		}
		b, err := model.Load(fsys)
		var problems model.Problems
		if errors.As(err, &problems) {
			for _, p := range problems {
				if p.File != "glossary/GL-X.md" {
					t.Fatalf("the fixture itself has a problem: %v", p)
				}
			}
			return // the fuzzed item is not valid content: nothing to search
		}
		if err != nil {
			t.Fatal(err)
		}
		res, err := New(b, testToday, nil).Search(context.Background(), q, Options{})
		if err != nil {
			checkQueryError(t, q, err)
			return
		}
		checkResults(t, q, res, 0)
		for _, text := range []string{title, summary, body} {
			checkRanges(t, text, MatchRanges(text, strings.Fields(q)))
		}
	})
}

// FuzzMatchRanges: the ranges find in document highlights lie inside the
// text, in order, not overlapping; FoldMap's map points into the original.
func FuzzMatchRanges(f *testing.F) {
	f.Add("Cooperare științifică, ştiinţifică", "stiintifica")
	f.Add("한국과 EU의 협력", "eu")
	f.Add("Open RAN, random", "RAN")
	f.Add("ﬁnance İ ß", "fi")
	f.Add("a\u0301\u0301", "a")
	f.Fuzz(func(t *testing.T, text, word string) {
		checkRanges(t, text, MatchRanges(text, []string{word}))
		folded, at := FoldMap(text)
		if at == nil {
			if folded != text {
				t.Fatalf("FoldMap(%q) changed the text without a map", text)
			}
			return
		}
		n := utf8.RuneCountInString(text)
		if len(at) != utf8.RuneCountInString(folded) {
			t.Fatalf("FoldMap(%q): %d map entries for %d runes", text, len(at), utf8.RuneCountInString(folded))
		}
		for i, x := range at {
			if x < 0 || x >= n || (i > 0 && at[i-1] > x) {
				t.Fatalf("FoldMap(%q): map %v", text, at)
			}
		}
	})
}

func checkRanges(t *testing.T, text string, rs [][2]int) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	for i, r := range rs {
		if r[0] < 0 || r[1] > n || r[0] >= r[1] {
			t.Fatalf("range %v outside %q (%d characters): %v", r, text, n, rs)
		}
		if i > 0 && rs[i-1][1] >= r[0] {
			t.Fatalf("ranges overlap or touch in %q: %v", text, rs)
		}
	}
}
