package model

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/eu-rok/briefing/cmd/gencontent/gen"
)

var (
	synthMu      sync.Mutex
	synthIndexes = map[int]*Index{}
)

// synthetic loads n generated items (cached across tests and benchmarks).
func synthetic(tb testing.TB, n int) *Index {
	tb.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if ix, ok := synthIndexes[n]; ok {
		return ix
	}
	b, err := Load(gen.FS(n, 1))
	if err != nil {
		tb.Fatal(err)
	}
	ix := NewIndex(b, searchToday)
	synthIndexes[n] = ix
	return ix
}

// benchQueries are, per corpus, a query and the same query one letter
// shorter, to time a whole query and the last keystroke of typing it.
var benchQueries = map[string][]string{
	"embedded": {"conformity assessment", "codeweek", "6g", "kind:action quantum"},
	"synth":    {"quantum research", "lithography", "știri", "smcndctr"},
}

func BenchmarkSearch(b *testing.B) {
	corpora := []struct {
		name    string
		queries string
		ix      func(testing.TB) *Index
	}{
		{"embedded", "embedded", embedded},
		{"10k", "synth", func(tb testing.TB) *Index { return synthetic(tb, 10000) }},
		{"100k", "synth", func(tb testing.TB) *Index { return synthetic(tb, 100000) }},
	}
	for _, c := range corpora {
		ix := c.ix(b)
		ix.buildWords()
		for _, q := range benchQueries[c.queries] {
			for _, v := range []struct {
				name    string
				workers int
				noWords bool
			}{{"2cores", 2, false}, {"1core", 1, false}, {"scan-2cores", 2, true}} {
				opts := SearchOptions{Limit: 50, Workers: v.workers}
				b.Run(fmt.Sprintf("%s/%s/full/%s", c.name, q, v.name), func(b *testing.B) {
					ix.noWords = v.noWords
					defer func() { ix.noWords = false }()
					b.ReportAllocs()
					cpu := startCPU()
					for b.Loop() {
						if _, err := ix.Search(q, opts); err != nil {
							b.Fatal(err)
						}
					}
					cpu.report(b)
				})
				b.Run(fmt.Sprintf("%s/%s/keystroke/%s", c.name, q, v.name), func(b *testing.B) {
					ix.noWords = v.noWords
					defer func() { ix.noWords = false }()
					prev, _ := parse(q[:len(q)-1], ix)
					_, pass := ix.run(prev, q, nil, opts)
					b.ReportAllocs()
					cpu := startCPU()
					for b.Loop() {
						next, err := parse(q, ix)
						if err != nil {
							b.Fatal(err)
						}
						ix.run(next, q, pass, opts)
					}
					cpu.report(b)
				})
			}
		}
	}
}

// BenchmarkIndex builds the index, records then word index, and reports
// its memory against its text: heap after building, less heap before, over
// the bytes of text; the records (what a one-off search needs) and the word
// index (what a search box adds) separately, and how long each took.
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			br, err := Load(gen.FS(n, 1))
			if err != nil {
				b.Fatal(err)
			}
			var ix *Index
			var before, mid, after runtime.MemStats
			var recTime, wordTime time.Duration
			for b.Loop() {
				runtime.GC()
				runtime.ReadMemStats(&before)
				start := time.Now()
				ix = NewIndex(br, searchToday)
				recTime += time.Since(start)
				runtime.GC()
				runtime.ReadMemStats(&mid)
				start = time.Now()
				ix.buildWords()
				wordTime += time.Since(start)
				runtime.GC()
				runtime.ReadMemStats(&after)
			}
			text := float64(ix.TextBytes())
			recs := float64(mid.HeapAlloc) - float64(before.HeapAlloc)
			words := float64(after.HeapAlloc) - float64(mid.HeapAlloc)
			b.ReportMetric((recs+words)/text, "index/text")
			b.ReportMetric(recs/text, "records/text")
			b.ReportMetric(words/text, "words/text")
			b.ReportMetric(text/1e6, "textMB")
			b.ReportMetric((recs+words)/1e6, "indexMB")
			b.ReportMetric(float64(recTime.Milliseconds())/float64(b.N), "records-ms")
			b.ReportMetric(float64(wordTime.Milliseconds())/float64(b.N), "words-ms")
			runtime.KeepAlive(ix)
		})
	}
}

// cpuClock measures the CPU time (user and system, all threads) a benchmark
// uses, reported beside the wall time: on a machine shared with other work
// the wall time grows with the load, the CPU time much less.
type cpuClock struct{ start time.Duration }

func startCPU() cpuClock { return cpuClock{cpuNow()} }

func (c cpuClock) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuNow()-c.start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// BenchmarkTyping types each synthetic query letter by letter into a
// search box over 100k items, the way the TUI's Searcher runs it: each
// keystroke searches among what the query one letter shorter matched (the
// first letter searches everything). Each sub-benchmark is one keystroke.
func BenchmarkTyping(b *testing.B) {
	ix := synthetic(b, 100000)
	ix.buildWords()
	// The bench queries, and two with capitals (smart case): a place, and
	// an id with its punctuation.
	for _, q := range append(benchQueries["synth"], "Seoul", "EV-2024-1") {
		rs := []rune(q)
		var pass []int32
		for k := 1; k <= len(rs); k++ {
			prefix := string(rs[:k])
			opts := SearchOptions{Limit: 50}
			prevParsed, _ := parse(string(rs[:max(k-1, 0)]), ix)
			next, err := parse(prefix, ix)
			if err != nil {
				b.Fatal(err)
			}
			var cands []int32
			if k > 1 && len(prevParsed.groups) > 0 && narrows(next, prevParsed) {
				cands = pass
				if cands == nil {
					cands = []int32{}
				}
			}
			b.Run(fmt.Sprintf("%s/%d-%s", q, k, prefix), func(b *testing.B) {
				b.ReportAllocs()
				cpu := startCPU()
				for b.Loop() {
					next, _ := parse(prefix, ix)
					ix.run(next, prefix, cands, opts)
				}
				cpu.report(b)
			})
			_, pass = ix.run(next, prefix, cands, opts)
		}
	}
}
