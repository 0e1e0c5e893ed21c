package model

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/sahilm/fuzzy"
)

// TestFuzzyScoreIsSahilms: fuzzyScore gives sahilm/fuzzy's verdict, score
// and matched byte offsets, on random values and patterns (cases,
// separators, Romanian and Hangul).
func TestFuzzyScoreIsSahilms(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcdeABCDE -_./\\xyzșȘşţ한국ǅİı0129")
	ascii := []rune("abcdeABCDE -_./\\xyz0129@[`{")
	randStr := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rnd.IntN(len(alphabet))]
		}
		return string(rs)
	}
	for i := range 400000 {
		if i == 200000 {
			alphabet = ascii
		}
		v := randStr(rnd.IntN(24))
		var p string
		if i%2 == 0 && v != "" {
			// A subsequence of the value, so that most patterns match.
			var b strings.Builder
			for _, r := range v {
				if rnd.IntN(3) == 0 {
					b.WriteRune(r)
				}
			}
			p = b.String()
		} else {
			p = randStr(1 + rnd.IntN(4))
		}
		if p == "" {
			continue
		}
		ms := fuzzy.FindNoSort(p, []string{v})
		score, pos, ok := fuzzyScore([]rune(p), v, []int{})
		if hasSubsequence(v, []rune(p)) && len(ms) != 1 {
			t.Fatalf("pattern %q in %q: in order, but sahilm finds no match", p, v)
		}
		if ok != (len(ms) == 1) {
			t.Fatalf("pattern %q in %q: fuzzyScore says %v, sahilm %d matches", p, v, ok, len(ms))
		}
		if ok && (score != ms[0].Score || !slices.Equal(pos, ms[0].MatchedIndexes)) {
			t.Fatalf("pattern %q in %q: fuzzyScore %d %v, sahilm %d %v", p, v, score, pos, ms[0].Score, ms[0].MatchedIndexes)
		}
		if sc, ok, ascii := fuzzyScoreASCII(p, v); ascii != (isPlainASCII(p) && isPlainASCII(v)) && isPlainASCII(p) {
			t.Fatalf("pattern %q in %q: fuzzyScoreASCII says ascii %v", p, v, ascii)
		} else if ascii && (ok != (len(ms) == 1) || ok && sc != ms[0].Score) {
			t.Fatalf("pattern %q in %q: fuzzyScoreASCII %d %v, sahilm %v", p, v, sc, ok, ms)
		}
		if lp, lv := strings.ToLower(p), strings.ToLower(v); isPlainASCII(lp) && isPlainASCII(lv) {
			ms := fuzzy.FindNoSort(lp, []string{lv})
			if sc, ok := fuzzyScoreLower(lp, lv); ok != (len(ms) == 1) || ok && sc != ms[0].Score {
				t.Fatalf("pattern %q in %q: fuzzyScoreLower %d %v, sahilm %v", lp, lv, sc, ok, ms)
			}

		}
	}
}

// indexQueries makes queries from an index's own words: whole words,
// prefixes, inner parts, capitalised and upper-case forms, scattered
// letters, operators, alternatives, negations and scopes.
func indexQueries(ix *Index, rnd *rand.Rand, n int) []string {
	wi := ix.buildWords()
	pick := func() string {
		for {
			w := wi.lower.word(uint32(rnd.IntN(wi.lower.len())))
			if w != "" {
				return w
			}
		}
	}
	cut := func(w string) string {
		rs := []rune(w)
		i := rnd.IntN(len(rs))
		j := i + 1 + rnd.IntN(len(rs)-i)
		return string(rs[i:j])
	}
	var out []string
	for len(out) < n {
		var q string
		switch rnd.IntN(14) {
		case 0:
			q = pick()
		case 1:
			w := []rune(pick())
			q = string(w[:1+rnd.IntN(len(w))])
		case 2:
			q = cut(pick())
		case 3:
			q = strings.ToUpper(pick()[:1]) + pick()
		case 4:
			q = strings.ToUpper(cut(pick()))
		case 5: // scattered letters of a title
			e := ix.recs[rnd.IntN(len(ix.recs))].entry.Base()
			var b strings.Builder
			for _, r := range strings.ToLower(e.Title) {
				if r != ' ' && rnd.IntN(4) == 0 {
					b.WriteRune(r)
				}
			}
			q = b.String()
		case 6:
			q = pick() + " " + cut(pick())
		case 7:
			q = "'" + cut(pick())
		case 8:
			q = "^" + cut(pick())
		case 9:
			q = cut(pick()) + "$"
		case 10:
			q = pick() + " | " + cut(pick())
		case 11:
			q = cut(pick()) + " !" + cut(pick())
		case 12: // an id, or part of one, with its punctuation
			id := ix.recs[rnd.IntN(len(ix.recs))].entry.Base().ID
			q = id[:1+rnd.IntN(len(id))]
			if rnd.IntN(2) == 0 {
				q = strings.ToLower(q)
			}
		case 13:
			q = []string{"kind:action ", "kind:term,event ", "year:2024 ", "!kind:outcome ", "status:overdue "}[rnd.IntN(5)] + cut(pick())
		}
		if strings.TrimSpace(q) != "" {
			out = append(out, q)
		}
	}
	return out
}

// scanAll is the search without the word index: matchTerm on every
// candidate's text.
func scanAll(ix *Index, q *query, cands []int32) []scored {
	n := len(ix.recs)
	if cands != nil {
		n = len(cands)
	}
	return ix.scan(q, cands, 0, n, "", nil)
}

func sameScored(a, b []scored) bool {
	return slices.Equal(a, b)
}

// TestIndexMatchesScan: the word index finds exactly the items, with
// exactly the scores, that reading every item's text finds, for whole
// queries and for queries narrowed from the one a letter shorter.
func TestIndexMatchesScan(t *testing.T) {
	fixed := []string{
		"codeweek", "enisa", "6g", "6G", "virkkunen", "undersea cable", "conformity assessment", "SKILLS-2", "dpc-3",
		"DPC-3", "eID", "RAN", "ran", "cdwk", "smcndctr", "stiri", "știri", "quantum research", "^GL-", "^gl-vi",
		"gl-enisa$", "^SEMI$", "'quantum", "quantum !cable", "!kind:term quantum", "kind:action", "a", "e", "E",
		"ev-", "EV-", "s", "es", "cables", "Seoul", "seoul", "SEOUL", "협력", "인능", "new\\ york", "-", "'", "5g/6g",
		"enisa | codeweek", "a | !b", "!zzz", "year:2024 seoul", "lithography !forum", "x y z", "ﬁ", "İstanbul",
	}
	for _, c := range []struct {
		name string
		ix   *Index
		n    int
	}{{"embedded", embedded(t), 1500}, {"10k", synthetic(t, 10000), 150}} {
		t.Run(c.name, func(t *testing.T) {
			ix := c.ix
			wi := ix.buildWords()
			if wi == nil {
				t.Fatal("no word index")
			}
			rnd := rand.New(rand.NewPCG(7, uint64(len(ix.recs))))
			queries := append(slices.Clone(fixed), indexQueries(ix, rnd, c.n)...)
			nonEmpty := 0
			defer func() { t.Logf("%d queries, %d found something", len(queries), nonEmpty) }()
			for _, qs := range queries {
				q, err := parse(qs, ix)
				if err != nil || len(q.groups) == 0 {
					continue
				}
				st := ix.getState(wi, 2)
				got := st.evalQuery(q, nil, 0)
				ix.putState(st)
				want := scanAll(ix, q, nil)
				if testing.Verbose() && len(want) > 0 {
					nonEmpty++
				}
				if !sameScored(got, want) {
					t.Fatalf("%q: index found %d, the scan %d\nindex %v\nscan  %v", qs, len(got), len(want), head(got), head(want))
				}
				// The whole search, with a limit: the same hits, scores,
				// snippets and total.
				for _, opts := range []SearchOptions{{Limit: 20}, {Limit: 3, Kind: KindTerm}} {
					withIndex, _ := ix.Search(qs, opts)
					ix.noWords = true
					withScan, _ := ix.Search(qs, opts)
					ix.noWords = false
					if withIndex.Total != withScan.Total || !reflect.DeepEqual(withIndex.Hits, withScan.Hits) {
						t.Fatalf("%q %+v: index found %d %v, the scan %d %v", qs, opts, withIndex.Total, ids(withIndex), withScan.Total, ids(withScan))
					}
				}
				// Narrowing: the query one character shorter, then this one
				// among what it matched.
				rs := []rune(qs)
				if len(rs) < 2 {
					continue
				}
				prev, err := parse(string(rs[:len(rs)-1]), ix)
				if err != nil || len(prev.groups) == 0 {
					continue
				}
				pass := recsOf(scanAll(ix, prev, nil))
				if !narrows(q, prev) {
					continue
				}
				st = ix.getState(wi, 2)
				got = st.evalQuery(q, pass, 0)
				ix.putState(st)
				want = scanAll(ix, q, pass)
				if !sameScored(got, want) {
					t.Fatalf("%q narrowed: index found %d, the scan %d\nindex %v\nscan  %v", qs, len(got), len(want), head(got), head(want))
				}
			}
		})
	}
}

func recsOf(ms []scored) []int32 {
	out := make([]int32, len(ms))
	for i, m := range ms {
		out[i] = m.rec
	}
	return out
}

func head(ms []scored) []scored {
	if len(ms) > 12 {
		return ms[:12]
	}
	return ms
}

// FuzzIndexMatchesScan: for any query, the word index finds what reading
// every item's text finds, with the same scores, whole and narrowed.
func FuzzIndexMatchesScan(f *testing.F) {
	for _, q := range queryCorpus {
		f.Add(q, "x")
	}
	f.Add("smcndctr", "s")
	f.Add("EV-", "2")
	f.Fuzz(func(t *testing.T, q, more string) {
		ix := embedded(t)
		wi := ix.buildWords()
		for _, qs := range []string{q, q + more} {
			parsed, err := parse(qs, ix)
			if err != nil || len(parsed.groups) == 0 {
				return
			}
			st := ix.getState(wi, 2)
			got := st.evalQuery(parsed, nil, 0)
			ix.putState(st)
			if want := scanAll(ix, parsed, nil); !sameScored(got, want) {
				t.Fatalf("%q: index found %d, the scan %d\nindex %v\nscan  %v", qs, len(got), len(want), head(got), head(want))
			}
		}
		prev, _ := parse(q, ix)
		next, _ := parse(q+more, ix)
		if prev == nil || next == nil || len(prev.groups) == 0 || !narrows(next, prev) {
			return
		}
		pass := recsOf(scanAll(ix, prev, nil))
		st := ix.getState(wi, 2)
		got := st.evalQuery(next, pass, 0)
		ix.putState(st)
		if want := scanAll(ix, next, pass); !sameScored(got, want) {
			t.Fatalf("%q then %q: index found %d, the scan %d", q, q+more, len(got), len(want))
		}
	})
}

// FuzzIndexMatchesScanContent: on a small briefing whose glossary item
// has fuzzed text, the word index finds what the scan finds.
func FuzzIndexMatchesScanContent(f *testing.F) {
	f.Add("stiri", "Știri și cooperare științifică", "Știri din țară.", "Scris cu sedilă: ştiri din ţară.")
	f.Add("인능", "인공지능 협력", "한국과 EU의 인공지능 협력.", "디지털 파트너십")
	f.Add("RAN", "Open RAN", "Radio access networks.", "RANs and ran")
	f.Add("ﬁ", "ﬁnance Ǆ ǅ", "İstanbul ß", "ΣΑΣ ﬃ")
	f.Add("Ǆ", "ǅemal", "s", "b")
	f.Fuzz(func(t *testing.T, q, title, summary, body string) {
		for _, s := range []string{title, summary} {
			if strings.ContainsAny(s, "\r\n") || strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "-") {
				return
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
		wi := ix.buildWords()
		parsed, err := parse(q, ix)
		if err != nil || len(parsed.groups) == 0 || wi == nil {
			return
		}
		st := ix.getState(wi, 1)
		got := st.evalQuery(parsed, nil, 0)
		ix.putState(st)
		if want := scanAll(ix, parsed, nil); !sameScored(got, want) {
			t.Fatalf("%q: index %v, scan %v", q, got, want)
		}
	})
}

// TestFoldLowerMask: the index's text is foldLower of each value, and its
// mask charMask of that, worked out in one pass.
func TestFoldLowerMask(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	alpha := []rune("aAsStT ș ş ţ ț é e\u0301 \u0326 \u0327 \u0301\u0301 한 국 \u1112\u1167\u11B8 \u11A8 ﬁ İ ı Σ ς Ǆ ǅ ø Ł đ ‘ ” – \u00a0 ॐ क\u093f \u0e01\u0e34 ﾊﾞ \u3099 が か\u3099 Å Å ẞ ᾳ ǖ K -.,:;!?0189")
	for range 100000 {
		rs := make([]rune, rnd.IntN(12))
		for i := range rs {
			rs[i] = alpha[rnd.IntN(len(alpha))]
		}
		s := string(rs)
		if rnd.IntN(5) == 0 {
			s += "\xff"
		}
		got, m := appendFoldLowerMask([]byte("x"), s)
		want := strings.Map(unicode.ToLower, Fold(s))
		if string(got[1:]) != want || m != charMask(want) {
			t.Fatalf("%q: %q %x, want %q %x", s, got[1:], m, want, charMask(want))
		}
		if got := string(appendFold([]byte("y"), s)); got != "y"+Fold(s) {
			t.Fatalf("%q: appendFold %q, Fold %q", s, got[1:], Fold(s))
		}
	}
}

// TestValuesWithoutLists: eachValue and casedHaystackOf follow r.values()
// and casedHaystack, which they stand in for on the search path.
func TestValuesWithoutLists(t *testing.T) {
	withNotes := NewIndexWithNotes(embedded(t).b, searchToday, map[string]string{"SEMI-1": "a note", "GL-ENISA": "Știri"})
	for _, ix := range []*Index{embedded(t), withNotes, synthetic(t, 10000)} {
		for i := range ix.recs {
			r := &ix.recs[i]
			var got []string
			eachValue(r, func(f Field, v string) { got = append(got, f.String()+"="+v) })
			var want []string
			vals := r.values()
			for f := Field(0); f < numFields; f++ {
				for _, v := range vals[f] {
					want = append(want, f.String()+"="+v)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s: eachValue %q, values %q", r.entry.Base().ID, got, want)
			}
			h, _ := casedHaystackOf(r, ^uint32(0), nil)
			if w := casedHaystack(vals); h.text != w.text || h.ends != w.ends {
				t.Fatalf("%s: casedHaystackOf %q %v, casedHaystack %q %v", r.entry.Base().ID, h.text, h.ends, w.text, w.ends)
			}
		}
	}
}

// TestCasedMatchNeedsNoLowerStep: matchTerm checks a word with a capital
// as written after only a quick rejection in lower case; that gives what
// matching in lower case first, then as written, gives.
func TestCasedMatchNeedsNoLowerStep(t *testing.T) {
	ix := synthetic(t, 10000)
	rnd := rand.New(rand.NewPCG(3, 3))
	var words []string
	for _, q := range indexQueries(ix, rnd, 400) {
		if tm, err := parseTerm(token{text: q}, ix); err == nil && tm.scope == scopeNone {
			words = append(words, strings.ToUpper(q[:1])+q[1:], strings.ToUpper(q))
		}
	}
	words = append(words, "EV-", "Seoul", "RAN", "Se", "SKILLS-2", "^GL-", "EV-2024$", "'Korea")
	for _, w := range words {
		tm, err := parseTerm(token{text: w}, ix)
		if err != nil || !tm.cased {
			continue
		}
		for i := 0; i < len(ix.recs); i += 7 {
			r := &ix.recs[i]
			got, okGot := ix.matchTerm(r, tm, false)
			want, okWant := matchTermReference(ix, r, tm)
			if okGot != okWant || okGot && got.score != want.score {
				t.Fatalf("%q in %s: %v %v, reference %v %v", w, r.entry.Base().ID, got, okGot, want, okWant)
			}
		}
	}
}

// matchTermReference is matchTerm for a word with a capital as it was
// first written: in lower case, then in the whole text as written.
func matchTermReference(ix *Index, r *record, tm *term) (hit, bool) {
	if tm.mask&r.mask != tm.mask {
		return hit{}, false
	}
	lower := haystack{text: r.text, ends: r.ends}
	h, ok := matchIn(&lower, tm.lower, tm.runes, tm.mode, tm.mask&r.shortMask == tm.mask, false)
	if !ok {
		return h, ok
	}
	cased := casedHaystack(r.values())
	return matchIn(&cased, tm.text, []rune(tm.text), tm.mode, true, false)
}

// TestIndexWordIsIndex: indexWord finds what strings.Index finds.
func TestIndexWordIsIndex(t *testing.T) {
	rnd := rand.New(rand.NewPCG(8, 8))
	alphabet := "aeezq- \x00ș"
	for range 200000 {
		mk := func(n int) string {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[rnd.IntN(len(alphabet))]
			}
			return string(b)
		}
		s, w := mk(rnd.IntN(20)), mk(1+rnd.IntN(4))
		if got, want := indexWord(s, w), strings.Index(s, w); got != want {
			t.Fatalf("%q in %q: %d, want %d", w, s, got, want)
		}
	}
}
