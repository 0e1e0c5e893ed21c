package search

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mode is how one query term must match.
type mode uint8

const (
	modeWord    mode = iota // words: exact, prefix, stem, synonym, typo, scattered letters
	modePhrase              // "quoted words": these words, in this order
	modeExact               // 'word: as written, anywhere, also inside a word
	modePrefix              // ^word: an id, title, alias or fact starts with it
	modeSuffix              // word$: an id, title, alias or fact ends with it
	modeEqual               // ^word$: an id, title, alias or fact is it
	modeScope               // kind:, area:, council:, year:, status:
	modeCouncil             // "third Council": one Council and what it did
)

// term is one alternative of a query group.
type term struct {
	raw      string   // as typed, with its operators
	text     string   // folded, lower case, operators removed; a phrase's words joined by one space
	words    []string // the words of text (one for a word)
	mode     mode
	negate   bool
	caps     bool // typed in capitals ("RAN", "MSIT"): an acronym, matched whole
	scope    scopeFilter
	council  int // modeCouncil: index into Briefing.Councils
	pos, len int // where it was typed, in runes
}

// group is alternatives joined by |: one of them must hold.
type group []*term

// query is a parsed search: every group must hold.
type query struct {
	groups  []group
	intent  intent
	dropped []*term // question and filler words left out
}

// QueryError says what is wrong with a query and where: Pos and Len are in
// runes (characters) of the query as typed.
type QueryError struct {
	Query string
	Pos   int
	Len   int
	Msg   string
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q, column %d: %s", e.Query, e.Pos+1, e.Msg)
}

// token is one word of the query as typed: a run without spaces, or a
// quoted phrase.
type token struct {
	text   string
	quoted bool
	pos    int // rune offset in the query
	len    int // runes
}

// tokenize splits a query on white space. A backslash keeps a space in a
// word ("new\ york"); double quotes make a phrase.
func tokenize(q string) ([]token, error) {
	var toks []token
	rs := []rune(q)
	var cur []rune
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{text: string(cur), pos: start, len: end - start})
		}
		cur, start = cur[:0], -1
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '"' && start < 0:
			end := -1
			for j := i + 1; j < len(rs); j++ {
				if rs[j] == '"' {
					end = j
					break
				}
			}
			if end < 0 {
				return nil, &QueryError{Query: q, Pos: i, Len: len(rs) - i, Msg: `a quote is not closed: write "words in order"`}
			}
			toks = append(toks, token{text: string(rs[i+1 : end]), quoted: true, pos: i, len: end - i + 1})
			i = end
		case r == '\\' && i+1 < len(rs) && unicode.IsSpace(rs[i+1]):
			if start < 0 {
				start = i
			}
			cur = append(cur, ' ')
			i++
		case unicode.IsSpace(r) || unicode.IsControl(r):
			flush(i)
		default:
			if start < 0 {
				start = i
			}
			cur = append(cur, r)
		}
	}
	flush(len(rs))
	return toks, nil
}

// parse reads a query: words are ANDed, a | between two makes them
// alternatives, then questions are read (question.go).
func (ix *Index) parse(q string) (*query, error) {
	toks, err := tokenize(q)
	if err != nil {
		return nil, err
	}
	out := &query{}
	fail := func(t token, format string, args ...any) error {
		return &QueryError{Query: q, Pos: t.pos, Len: t.len, Msg: fmt.Sprintf(format, args...)}
	}
	joinNext := false
	var pipe token
	for _, t := range toks {
		if t.text == "|" && !t.quoted {
			if len(out.groups) == 0 || joinNext {
				return nil, fail(t, "| needs a word before it: write a | b")
			}
			joinNext, pipe = true, t
			continue
		}
		tm, err := ix.parseTerm(t)
		if err != nil {
			return nil, fail(t, "%s", err.Error())
		}
		if tm == nil {
			continue // nothing to look for: "" or punctuation alone
		}
		if joinNext {
			last := len(out.groups) - 1
			out.groups[last] = append(out.groups[last], tm)
			joinNext = false
			continue
		}
		out.groups = append(out.groups, group{tm})
	}
	if joinNext {
		return nil, fail(pipe, "| needs a word after it: write a | b")
	}
	ix.readQuestion(out)
	return out, nil
}

// parseTerm reads one token with its operators.
func (ix *Index) parseTerm(t token) (*term, error) {
	tm := &term{raw: t.text, pos: t.pos, len: t.len}
	if t.quoted {
		tm.mode = modePhrase
		tm.words = simpleWords(t.text)
		if len(tm.words) == 0 {
			return nil, nil
		}
		tm.text = strings.Join(tm.words, " ")
		return tm, nil
	}
	s := t.text
	if strings.HasPrefix(s, "!") {
		tm.negate = true
		s = s[1:]
		if s == "" {
			return nil, fmt.Errorf("! needs a word after it: !word leaves out items that contain it")
		}
	}
	if name, value, ok := strings.Cut(s, ":"); ok && isScopeName(name) && !strings.HasPrefix(value, "//") {
		tm.mode = modeScope
		sf, err := ix.parseScope(strings.ToLower(name), value)
		tm.scope = sf
		return tm, err
	}
	switch {
	case strings.HasPrefix(s, "'"):
		tm.mode = modeExact
		s = s[1:]
	case strings.HasPrefix(s, "^"):
		tm.mode = modePrefix
		s = s[1:]
		if strings.HasSuffix(s, "$") && len(s) > 1 {
			tm.mode = modeEqual
			s = s[:len(s)-1]
		}
	case strings.HasSuffix(s, "$") && len(s) > 1:
		tm.mode = modeSuffix
		s = s[:len(s)-1]
	}
	if tm.negate && tm.mode == modeWord {
		tm.mode = modeExact // as in fzf, !word leaves out what holds it as written
	}
	if s == "" {
		return nil, fmt.Errorf("%s needs a word: 'exact, ^prefix, suffix$", quoteShort(t.text))
	}
	folded := Fold(s)
	tm.text = strings.ToLower(folded)
	if !strings.ContainsFunc(tm.text, isWordRune) {
		if folded == "" {
			return nil, fmt.Errorf("%s has nothing to search for once accents are ignored", quoteShort(t.text))
		}
		if tm.mode == modeWord {
			return nil, nil // punctuation alone: nothing to look for
		}
	}
	tm.words = simpleWords(tm.text)
	tm.caps = isAcronym(folded)
	if tm.mode == modeWord && len(tm.words) > 1 && !strings.ContainsAny(tm.text, "-.'&_") {
		// "new\ york": a phrase.
		tm.mode, tm.text = modePhrase, strings.Join(tm.words, " ")
	}
	return tm, nil
}

// isAcronym reports whether a word is typed in capitals, letters only
// ("RAN", "MSIT", not "DPC-3"): an acronym, which matches whole words.
func isAcronym(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsUpper(r) })
}

// isScopeName tells a scope ("kind:") from a word with a colon in it
// ("10:30"): a scope name is letters only.
func isScopeName(name string) bool {
	return name != "" && !strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })
}

// quoteShort quotes what was typed for a message, cut if it is long.
func quoteShort(s string) string {
	if rs := []rune(s); len(rs) > 40 {
		s = string(rs[:40]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
