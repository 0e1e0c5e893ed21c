package search

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// The thresholds the relevance set must reach.
const (
	minTop1 = 0.85
	minTop3 = 0.97
)

// TestRelevance asks the meeting questions of testdata/relevance.txt and
// wants their answers first. It prints top-1 (an answer first), top-3 (an
// answer in the first three) and the mean reciprocal rank (1 for an answer
// first, 1/2 for second … 0 if none in the first ten), and fails below the
// thresholds or when a question gets no answer at all.
func TestRelevance(t *testing.T) {
	ix := builtIn(t)
	f, err := os.Open("testdata/relevance.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n, top1, top3 int
	var rr float64
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		query, answers, ok := strings.Cut(text, " | ")
		if !ok {
			t.Fatalf("relevance.txt:%d: want \"query | ids\"", line)
		}
		want := strings.Fields(answers)
		for _, id := range want {
			if _, ok := ix.b.Get(id); !ok {
				t.Errorf("relevance.txt:%d: %s is not an id of the content", line, id)
			}
		}
		res := mustSearch(t, ix, query, Options{Limit: 10})
		got := hitIDs(res)
		rank := slices.IndexFunc(got, func(id string) bool { return slices.Contains(want, id) }) + 1
		n++
		switch {
		case len(got) == 0:
			t.Errorf("relevance.txt:%d: %q has an answer (%s) but gets nothing", line, query, answers)
		case rank == 1:
			top1++
		default:
			t.Logf("relevance.txt:%d: %q: answer at %d, want %s; got %v", line, query, rank, answers, got[:min(5, len(got))])
		}
		if rank >= 1 && rank <= 3 {
			top3++
		}
		if rank > 0 {
			rr += 1 / float64(rank)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	p1, p3, mrr := float64(top1)/float64(n), float64(top3)/float64(n), rr/float64(n)
	t.Logf("relevance: %d questions, top-1 %.1f%%, top-3 %.1f%%, MRR %.3f", n, 100*p1, 100*p3, mrr)
	if p1 < minTop1 || p3 < minTop3 {
		t.Errorf("relevance below the bar: top-1 %.1f%% (want %.0f%%), top-3 %.1f%% (want %.0f%%)", 100*p1, 100*minTop1, 100*p3, 100*minTop3)
	}
}
