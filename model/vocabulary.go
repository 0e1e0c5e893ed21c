package model

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// VocabularyFolder is the content folder of the search vocabulary: the
// words people use for the same thing (see FORMAT.md).
const VocabularyFolder = "vocabulary"

// SynonymGroup is words and phrases that mean the same thing to a reader
// ("chips", "semiconductors", "반도체"), so that search finds each by the
// others. Like every fact of the content it cites its sources: where the
// words are used alike, or where a Korean name is written.
type SynonymGroup struct {
	Name    string     `json:"name"`
	Words   []string   `json:"words"`
	Sources []Citation `json:"sources"`
	File    string     `json:"file"`
	Line    int        `json:"line"` // of the group's heading

	wordsLine, sourcesLine int // for messages about a word or a source
}

// maxPhraseWords bounds a phrase of the vocabulary: a name, not a sentence.
const maxPhraseWords = 12

// loadVocabulary reads every file of the vocabulary folder, if there is
// one, and checks it: each group has two words or more, and cites sources
// of the content.
func (l *loader) loadVocabulary(fsys fs.FS) {
	entries, err := fs.ReadDir(fsys, VocabularyFolder)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.add(Problem{File: VocabularyFolder, Message: "cannot read folder: " + err.Error()})
		}
		return
	}
	for _, e := range entries {
		name := path.Join(VocabularyFolder, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			l.add(Problem{File: name, Message: "not a vocabulary file: the folder holds only .md files"})
			continue
		}
		data, err := readContent(fsys, name)
		if err != nil {
			l.add(Problem{File: name, Message: err.Error()})
			continue
		}
		if !utf8.Valid(data) {
			l.add(Problem{File: name, Line: invalidUTF8Line(data), Message: "file is not valid UTF-8 text"})
			continue
		}
		for _, g := range parseVocabulary(name, Sanitize(string(data)), l.add) {
			l.checkGroup(&g)
			l.b.Synonyms = append(l.b.Synonyms, g)
		}
	}
}

// parseVocabulary reads one vocabulary file: groups, each a "## " heading
// and its words: and sources: lines. A "# " heading (a title, a section)
// and the text under it are for people.
func parseVocabulary(file, text string, report func(Problem)) []SynonymGroup {
	var groups []SynonymGroup
	var g *SynonymGroup
	done := func() {
		if g == nil {
			return
		}
		if len(g.Words) == 0 {
			report(Problem{File: file, Line: g.Line, Field: "words", Message: "the group lists no words: add a words: line"})
		}
		if len(g.Sources) == 0 {
			report(Problem{File: file, Line: g.Line, Field: "sources", Message: "the group cites no source: add a sources: line"})
		}
		groups = append(groups, *g)
	}
	for i, line := range strings.Split(strings.TrimPrefix(text, "\uFEFF"), "\n") {
		n := i + 1
		line = strings.TrimRight(line, " \t\r")
		switch {
		case strings.HasPrefix(line, "## "):
			done()
			g = &SynonymGroup{Name: strings.TrimSpace(line[3:]), File: file, Line: n}
		case strings.HasPrefix(line, "# "):
			// A title or a section: text for people, up to the next group.
			done()
			g = nil
		case g == nil || strings.TrimSpace(line) == "":
			// The introduction, and blank lines.
		default:
			key, value, ok := strings.Cut(line, ":")
			switch {
			case !ok:
				report(Problem{File: file, Line: n, Message: "expected words: or sources: (a group is a ## heading, a words: line and a sources: line)"})
			case key == "words" && g.Words != nil, key == "sources" && g.Sources != nil:
				report(Problem{File: file, Line: n, Field: key, Message: "given twice in one group"})
			case key == "words":
				g.Words, g.wordsLine = vocabularyWords(file, n, value, report), n
			case key == "sources":
				g.Sources, g.sourcesLine = vocabularySources(file, n, value, report), n
			default:
				report(Problem{File: file, Line: n, Field: key, Message: "unknown field: a group has words: and sources:"})
			}
		}
	}
	done()
	return groups
}

// vocabularyWords reads a words: line: two or more words or phrases,
// comma separated.
func vocabularyWords(file string, line int, value string, report func(Problem)) []string {
	words := []string{}
	bad := func(msg string) { report(Problem{File: file, Line: line, Field: "words", Message: msg}) }
	for _, w := range strings.Split(value, ",") {
		w = strings.Join(strings.Fields(w), " ")
		switch {
		case w == "":
			bad("an empty entry: separate words and phrases with one comma")
			continue
		case !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
			bad(quoteShort(w) + " has no letter or digit to search for")
			continue
		case len(strings.Fields(w)) > maxPhraseWords:
			bad(fmt.Sprintf("%s is longer than %d words: a phrase here is a name, not a sentence", quoteShort(w), maxPhraseWords))
			continue
		}
		words = append(words, w)
	}
	if len(words) == 1 {
		bad("a group needs two words or phrases or more: the word and what else people call it")
	}
	return words
}

// vocabularySources reads a sources: line: citations, comma separated,
// each a source id and optionally where in it ("S1 L19").
func vocabularySources(file string, line int, value string, report func(Problem)) []Citation {
	out := []Citation{}
	for _, c := range strings.Split(value, ",") {
		src, loc, _ := strings.Cut(strings.TrimSpace(c), " ")
		if src == "" {
			report(Problem{File: file, Line: line, Field: "sources", Message: "an empty entry: separate citations with one comma"})
			continue
		}
		out = append(out, Citation{Source: src, Locator: strings.TrimSpace(loc)})
	}
	return out
}

// checkGroup checks what needs the whole content: that each source is a
// source, and that no word is listed twice. A word may be in several
// groups ("semiconductors" with "chips", and with "반도체"): search takes
// all of them.
func (l *loader) checkGroup(g *SynonymGroup) {
	for _, c := range g.Sources {
		e, ok := l.b.byID[IDKey(c.Source)]
		switch {
		case !ok:
			msg := quoteShort(c.Source) + " is not an id in the content"
			if near := suggest(l.b, c.Source, 3); len(near) > 0 {
				msg += " (did you mean " + strings.Join(near, ", ") + "?)"
			}
			l.add(Problem{File: g.File, Line: g.sourcesLine, Field: "sources", Message: msg})
		case e.Base().Kind != KindSource:
			l.add(Problem{File: g.File, Line: g.sourcesLine, Field: "sources", Message: c.Source + " is a " + e.Base().Kind.Label() + ", not a source"})
		}
	}
	seen := map[string]bool{}
	for _, w := range g.Words {
		key := strings.ToLower(w)
		if seen[key] {
			l.add(Problem{File: g.File, Line: g.wordsLine, Field: "words", Message: quoteShort(w) + " is listed twice"})
		}
		seen[key] = true
	}
}
