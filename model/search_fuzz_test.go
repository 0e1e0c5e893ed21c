package model

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// queryCorpus seeds the query fuzzers: every operator, every scope, the
// errors the parser knows and text that folding has to work on.
var queryCorpus = []string{
	"", " ", "codeweek", "undersea cable", "conformity assessment", "SKILLS-2", "dpc-3",
	"'exact", "^prefix", "suffix$", "^equal$", "!neg", "a | b", "a | b | c", "| a", "a |", "a | | b",
	"kind:action", "kind:action,outcome", "area:SEMI", "area:semiconductors", "council:2", "council:DPC-02",
	"year:2024", "year:2023,2024", "status:overdue", "status:late,none", "status:under-way", "kind:", "area:",
	"foo:bar", "'foo:bar", "10:30", "https://example.org", "new\\ york", "!", "^", "$", "'", "^$", "!^$", "!'",
	"știri", "ştiri", "s\u0326tiri", "인공지능", "\u1112\u1167\u11B8", "eID", "RAN", "ÅÄÖ", "ǅ", "ﬁ", "İstanbul",
	"\x00", "\xff\xfe", "a\tb", "\u202e", "\u0301", "x\u0301\u0301", "kind:action quantum !cable | enisa",
	"^GL- virk", "year:99999", "council:0", "council:-1", "area:,", "kind:|", "!!a", "''a", "^^a$$",
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
	_ = qe.Error()
	_ = qe.Pointer()
}

// checkResults checks what a search returned: hits within the limit and the
// total, each highlight a valid, ascending character index.
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

// FuzzParseQuery: whatever is typed, parsing never panics and an error
// points inside the query; QueryTerms never panics and returns folded words.
func FuzzParseQuery(f *testing.F) {
	for _, q := range queryCorpus {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, ix := range []*Index{nil, fuzzSmallIndex(t)} {
			parsed, err := parse(q, ix)
			if err != nil {
				checkQueryError(t, q, err)
				continue
			}
			for _, g := range parsed.groups {
				if len(g) == 0 {
					t.Fatalf("%q: an empty group", q)
				}
				for _, tm := range g {
					if tm.scope == scopeNone && tm.text == "" {
						t.Fatalf("%q: a word with no text: %+v", q, tm)
					}
				}
			}
		}
		for _, w := range QueryTerms(q) {
			if w == "" {
				t.Fatalf("%q: QueryTerms gave an empty word", q)
			}
		}
	})
}

// FuzzSearch runs any query on the built-in briefing: it never panics, it
// fails only with a QueryError inside the query, the highlights fall on
// characters of the title and snippet, and a search box narrowing from the
// previous query finds what a fresh search finds.
func FuzzSearch(f *testing.F) {
	for _, q := range queryCorpus {
		f.Add(q, "", uint8(0))
		f.Add(q, "x", uint8(3))
	}
	f.Add("conformity", " assessment", uint8(10))
	f.Add("quantum", " !cable", uint8(1))
	f.Add("^GL-", "vi", uint8(0))
	f.Fuzz(func(t *testing.T, q, more string, limit uint8) {
		ix := embedded(t)
		opts := SearchOptions{Limit: int(limit % 40)}
		res, err := ix.Search(q, opts)
		if err != nil {
			checkQueryError(t, q, err)
		} else {
			checkResults(t, q, res, opts.Limit)
		}
		// A search box: q, then q extended, against a fresh search.
		s := ix.NewSearcher()
		_, _ = s.Search(q, opts)
		next := q + more
		got, errS := s.Search(next, opts)
		want, errI := ix.Search(next, opts)
		if (errS == nil) != (errI == nil) {
			t.Fatalf("%q then %q: errors differ: %v, %v", q, next, errS, errI)
		}
		if errS != nil {
			return
		}
		checkResults(t, next, got, opts.Limit)
		if got.Total != want.Total || !slices.Equal(ids(got), ids(want)) {
			t.Fatalf("%q then %q: narrowed %d %v, fresh %d %v", q, next, got.Total, ids(got), want.Total, ids(want))
		}
	})
}

// FuzzSearchContent searches a small briefing whose glossary item has fuzzed
// text: odd Unicode in titles, summaries, aliases and bodies must not push
// a highlight off its text.
func FuzzSearchContent(f *testing.F) {
	f.Add("stiri", "Știri și cooperare științifică", "Știri din țară.", "Scris cu sedilă: ştiri din ţară.")
	f.Add("인능", "인공지능 협력", "한국과 EU의 인공지능 협력.", "디지털 파트너십")
	f.Add("RAN", "Open RAN", "Radio access networks.", "")
	f.Add("ﬁ", "ﬁnance Ǆ ǅ", "İstanbul ß", "ΣΑΣ ﬃ")
	f.Add("a", "a\u0301\u0301b", "x\u0326", "\u1112\u1167\u11B8")
	f.Add("tara", "T", "ţară "+strings.Repeat("word ", 40)+"țară", strings.Repeat("line\n", 5)+"tara")
	f.Add("^gl-x", "ǅemal", "s", "b")
	f.Fuzz(func(t *testing.T, q, title, summary, body string) {
		for _, s := range []string{title, summary} {
			if strings.ContainsAny(s, "\r\n") || strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "-") {
				return // not a one-line header value
			}
		}
		fsys := smallPack()
		fsys["glossary/GL-X.md"] = &fstest.MapFile{Data: []byte("---\nid: GL-X\ntitle: " + title + "\nsummary: " + summary +
			"\naliases: " + title + "\ncategory: concept\nsources:\n  - S0\n---\n" + body)}
		b, err := Load(fsys)
		if err != nil {
			return
		}
		ix := NewIndex(b, searchToday)
		res, err := ix.Search(q, SearchOptions{})
		if err != nil {
			checkQueryError(t, q, err)
			return
		}
		checkResults(t, q, res, 0)
		for _, text := range []string{title, summary, body} {
			checkRanges(t, text, MatchRanges(text, QueryTerms(q)))
		}
	})
}

// FuzzMatchRanges: the ranges a detail view highlights lie inside the text,
// in order, not overlapping; FoldMap's map points into the original.
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

var (
	fuzzSmallOnce sync.Once
	fuzzSmallIx   *Index
)

// fuzzSmallIndex is the small pack as an index, built once.
func fuzzSmallIndex(t *testing.T) *Index {
	fuzzSmallOnce.Do(func() {
		b, err := Load(smallPack())
		if err != nil {
			t.Fatalf("loading the small pack: %v", err)
		}
		fuzzSmallIx = NewIndex(b, searchToday)
	})
	return fuzzSmallIx
}

// TestQueryOfOnlyMarks: a word that is only combining marks folds to
// nothing. It used to become an empty word that matched every item (and, as
// !word, left out every item); found by FuzzParseQuery.
func TestQueryOfOnlyMarks(t *testing.T) {
	ix := fuzzSmallIndex(t)
	for _, q := range []string{"\u0301", "x \u0301\u0326", "!\u0301", "'\u0301", "^\u0301$"} {
		_, err := ix.Search(q, SearchOptions{})
		checkQueryError(t, q, err)
	}
	if got := QueryTerms("chips \u0301"); !slices.Equal(got, []string{"chips"}) {
		t.Errorf("QueryTerms: %q", got)
	}
	if res := mustSearch(t, ix, "chips", SearchOptions{}); res.Total == 0 {
		t.Errorf("chips found nothing")
	}
}
