package search

import (
	"context"
	"io/fs"
	"os"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

// testToday fixes the clock: "next Council" and status: are read against it.
var testToday = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

var (
	builtInOnce  sync.Once
	builtInIndex *Index
	builtInErr   error
)

// contentFS is the built-in content, or the directory in
// BRIEFING_TEST_CONTENT (to test a copy while content is written).
func contentFS() fs.FS {
	if dir := os.Getenv("BRIEFING_TEST_CONTENT"); dir != "" {
		return os.DirFS(dir)
	}
	return content.FS()
}

// builtIn is the index of the built-in content, built once.
func builtIn(tb testing.TB) *Index {
	tb.Helper()
	builtInOnce.Do(func() {
		b, err := model.Load(contentFS())
		if err == nil {
			builtInIndex = New(b, testToday, nil)
		}
		builtInErr = err
	})
	if builtInErr != nil {
		tb.Fatalf("loading the content: %v", builtInErr)
	}
	return builtInIndex
}

func mustSearch(tb testing.TB, ix *Index, q string, opts Options) Results {
	tb.Helper()
	res, err := ix.Search(context.Background(), q, opts)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q, err)
	}
	return res
}

func hitIDs(res Results) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	return out
}

// small indexes a briefing of a few files, for folding and offsets.
func small(t *testing.T, files map[string]string) *Index {
	t.Helper()
	fsys := fstest.MapFS{
		"sources/S0.md": {Data: []byte("---\nid: S0\ntitle: Seed\nsummary: A seed.\ntype: seed\nlanguage: ro\nsources:\n  - S0\n---\n")},
		// A briefing has at least one area; this one says nothing the tests search for.
		"areas/ZZ.md": {Data: []byte("---\nid: ZZ\ntitle: Zz\norder: 1\nshort: Zz\nname: Zz\nsummary: Zz.\nsources:\n  - S0\n---\n")},
	}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	b, err := model.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return New(b, testToday, nil)
}

func termFile(id, title, summary, body string) string {
	return "---\nid: " + id + "\ntitle: " + title + "\ncategory: concept\nsummary: " + summary + "\nsources:\n  - S0\n---\n" + body
}
