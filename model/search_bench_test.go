package model

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

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
		for _, q := range benchQueries[c.queries] {
			for _, v := range []struct {
				name    string
				workers int
				noMask  bool
			}{{"2cores", 2, false}, {"1core", 1, false}, {"2cores-nomask", 2, true}} {
				opts := SearchOptions{Limit: 50, Workers: v.workers}
				b.Run(fmt.Sprintf("%s/%s/full/%s", c.name, q, v.name), func(b *testing.B) {
					ix.noMask = v.noMask
					defer func() { ix.noMask = false }()
					b.ReportAllocs()
					for b.Loop() {
						if _, err := ix.Search(q, opts); err != nil {
							b.Fatal(err)
						}
					}
				})
				b.Run(fmt.Sprintf("%s/%s/keystroke/%s", c.name, q, v.name), func(b *testing.B) {
					ix.noMask = v.noMask
					defer func() { ix.noMask = false }()
					prev, _ := parse(q[:len(q)-1], ix)
					_, pass := ix.run(prev, q, nil, opts)
					b.ReportAllocs()
					for b.Loop() {
						next, err := parse(q, ix)
						if err != nil {
							b.Fatal(err)
						}
						ix.run(next, q, pass, opts)
					}
				})
			}
		}
	}
}

// BenchmarkIndex builds the index and reports its memory against its
// text: heap after building, less heap before, over the bytes of text.
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			br, err := Load(gen.FS(n, 1))
			if err != nil {
				b.Fatal(err)
			}
			var ix *Index
			var before, after runtime.MemStats
			for b.Loop() {
				runtime.GC()
				runtime.ReadMemStats(&before)
				ix = NewIndex(br, searchToday)
				runtime.GC()
				runtime.ReadMemStats(&after)
			}
			used := float64(after.HeapAlloc) - float64(before.HeapAlloc)
			b.ReportMetric(used/float64(ix.TextBytes()), "index/text")
			b.ReportMetric(float64(ix.TextBytes())/1e6, "textMB")
			b.ReportMetric(used/1e6, "indexMB")
			runtime.KeepAlive(ix)
		})
	}
}
