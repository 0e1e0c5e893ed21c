package search

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/cmd/gencontent/gen"
	"github.com/eu-rok/briefing/model"
)

var (
	synthMu      sync.Mutex
	synthIndexes = map[int]*Index{}
)

// synthetic indexes n generated items (cmd/gencontent), once per n.
func synthetic(tb testing.TB, n int) *Index {
	tb.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if ix, ok := synthIndexes[n]; ok {
		return ix
	}
	b, err := model.Load(generated(n))
	if err != nil {
		tb.Fatal(err)
	}
	ix := New(b, testToday, nil)
	synthIndexes[n] = ix
	return ix
}

// benchQueries are, per corpus, what is timed: words, a question, a typo,
// scattered letters, the first two letters typed.
var benchQueries = map[string][]string{
	"builtin": {"codeweek", "what did korea promise on semiconductors", "digital identity wallet", "semicondutors", "smcndctr", "se"},
	"synth":   {"quantum research", "lithography", "știri", "semicondutor", "smcndctr", "se"},
}

// BenchmarkSearch times one search, limit 50 hits as the search box asks,
// on the built-in content and on 10,000 and 100,000 generated items. A
// search runs on one core.
func BenchmarkSearch(b *testing.B) {
	for _, c := range []struct {
		name, queries string
		n             int
	}{{"builtin", "builtin", 0}, {"10k", "synth", 10000}, {"100k", "synth", 100000}} {
		for _, q := range benchQueries[c.queries] {
			b.Run(fmt.Sprintf("%s/%s", c.name, q), func(b *testing.B) {
				ix := builtIn(b)
				if c.n > 0 {
					ix = synthetic(b, c.n)
				}
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					if _, err := ix.Search(context.Background(), q, Options{Limit: 50}); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu)
			})
		}
	}
}

// BenchmarkTyping types each synthetic query into a search box over
// 100,000 items, one letter at a time, as the box does, and cancels a
// search while it runs, as the next keystroke does. It reports, as the
// median over the rounds (the machine's load moves the slowest ones), the
// slowest keystroke's search (max-ms) and how long a cancelled search
// takes to give up (abort-ms): typing never waits behind older queries.
func BenchmarkTyping(b *testing.B) {
	ix := synthetic(b, 100000)
	for _, q := range benchQueries["synth"] {
		b.Run(q, func(b *testing.B) {
			var slowest, abort []time.Duration
			for b.Loop() {
				rs := []rune(q)
				var round time.Duration
				for i := 1; i <= len(rs); i++ {
					start := time.Now()
					if _, err := ix.Search(context.Background(), string(rs[:i]), Options{Limit: 50}); err != nil {
						b.Fatal(err)
					}
					round = max(round, time.Since(start))
				}
				slowest = append(slowest, round)
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan time.Time)
				go func() {
					ix.Search(ctx, q, Options{Limit: 50})
					done <- time.Now()
				}()
				time.Sleep(time.Millisecond)
				cancelled := time.Now()
				cancel()
				abort = append(abort, max((<-done).Sub(cancelled), 0))
			}
			b.ReportMetric(median(slowest), "max-ms")
			b.ReportMetric(median(abort), "abort-ms")
		})
	}
}

// median is the middle duration, in milliseconds.
func median(ds []time.Duration) float64 {
	slices.Sort(ds)
	return float64(ds[len(ds)/2].Microseconds()) / 1000
}

// BenchmarkIndex builds the index of 10,000 and 100,000 items and reports
// its memory over the text it holds (mem/text): the heap it keeps once
// built, less the briefing's. cpu-ms/op leaves out the collections that
// measure the heap.
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			bf, err := model.Load(generated(n))
			if err != nil {
				b.Fatal(err)
			}
			var ratio float64
			var ix *Index
			var cpu time.Duration
			for b.Loop() {
				before := heap()
				start := cpuTime()
				ix = New(bf, testToday, nil)
				cpu += cpuTime() - start
				ratio = float64(heap()-before) / float64(ix.TextBytes())
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(ratio, "mem/text")
			b.ReportMetric(float64(ix.TextBytes())/1e6, "text-MB")
			runtime.KeepAlive(ix)
		})
	}
}

// heap is the live heap after a collection.
func heap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// generated is n synthetic items (cmd/gencontent) as a file system
// model.Load reads.
func generated(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range gen.Files(n, 1) {
		fsys[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
	}
	return fsys
}
