package model

import (
	"strings"
	"testing"
	"testing/fstest"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-06-30", "2023-06", "Q1 2023", "H2 2025", "2026", "early 2024", "end of 2024", "", "Q9 2023", "2023-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		again, err := ParseDate(d.ISO())
		if err != nil || again != d {
			t.Fatalf("%q parsed to %+v, whose ISO %q reads back as %+v, %v", s, d, d.ISO(), again, err)
		}
		if d.End().Before(d.Start()) {
			t.Fatalf("%q ends before it starts", s)
		}
	})
}

// FuzzLoadFile loads a pack whose glossary holds one fuzzed file: whatever
// the bytes, loading must not panic, and it either loads or says why, with a
// file name on every problem.
func FuzzLoadFile(f *testing.F) {
	for _, file := range smallPack() {
		f.Add(string(file.Data))
	}
	f.Add("---\nid: GL-X\ntitle: T\nsummary: S\ncategory: concept\nsources:\n  - S0\n---\n")
	f.Add("---\nid: GL-X\nsources:\n  - \x1b]52;c;x\x07\n---\n\xff")
	f.Fuzz(func(t *testing.T, text string) {
		fsys := smallPack()
		fsys["glossary/GL-X.md"] = &fstest.MapFile{Data: []byte(text)}
		b, err := Load(fsys)
		if err != nil {
			for _, p := range err.(Problems) {
				if p.File == "" {
					t.Fatalf("a problem without a file: %+v", p)
				}
			}
			return
		}
		for _, e := range b.All() {
			if strings.ContainsRune(e.Base().Title+e.Base().Summary+e.Base().Body, 0x1b) {
				t.Fatalf("an escape character survived loading in %s", e.Base().ID)
			}
		}
	})
}
