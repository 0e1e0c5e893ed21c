package model

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func vocabularyPack(vocab string) fstest.MapFS {
	return fstest.MapFS{
		"sources/S0.md":          {Data: []byte("---\nid: S0\ntitle: Seed\nsummary: A seed.\ntype: seed\nlanguage: en\nsources:\n  - S0\n---\n")},
		"areas/ZZ.md":            {Data: []byte("---\nid: ZZ\ntitle: Zz\norder: 1\nshort: Zz\nname: Zz\nsummary: Zz.\nsources:\n  - S0\n---\n")},
		"glossary/GL-X.md":       {Data: []byte("---\nid: GL-X\ntitle: X\ncategory: concept\nsummary: X.\nsources:\n  - S0\n---\n")},
		"vocabulary/synonyms.md": {Data: []byte(vocab)},
	}
}

func TestVocabularyLoads(t *testing.T) {
	b, err := Load(vocabularyPack("# Synonyms\n\nWhat the file is for.\n\n## Chips\nwords: chips, semiconductors, 반도체\nsources: S0 L3\n\n# A section\n\nMore words for people.\n\n## 6G\nwords: 6G,  beyond   5G\nsources: S0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Synonyms) != 2 {
		t.Fatalf("groups: %+v", b.Synonyms)
	}
	g := b.Synonyms[1]
	if g.Name != "6G" || strings.Join(g.Words, "|") != "6G|beyond 5G" || g.Line != 13 || g.Sources[0].Source != "S0" {
		t.Errorf("second group: %+v", g)
	}
}

// Every problem of a vocabulary file is reported at once, with its line.
func TestVocabularyProblems(t *testing.T) {
	vocab := `## No sources
words: chips, semiconductors

## One word
words: chips
sources: S0

## Unknown source
words: a, b
sources: S9 L1, GL-X

## Bad field
words: c, d, c
sources: S0
wrods: e, f
this line is not a field
`
	_, err := Load(vocabularyPack(vocab))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	got := ps.Error()
	for _, want := range []string{
		"vocabulary/synonyms.md:1: sources: the group cites no source",
		"vocabulary/synonyms.md:5: words: a group needs two words or phrases or more",
		`vocabulary/synonyms.md:10: sources: "S9" is not an id in the content`,
		"vocabulary/synonyms.md:10: sources: GL-X is a glossary, not a source",
		`vocabulary/synonyms.md:13: words: "c" is listed twice`,
		"vocabulary/synonyms.md:15: wrods: unknown field",
		"vocabulary/synonyms.md:16: expected words: or sources:",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
