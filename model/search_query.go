package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchMode is how one query word must match.
type matchMode uint8

const (
	modeFuzzy  matchMode = iota // word: contiguous anywhere, or scattered in a short field
	modeExact                   // 'word: contiguous anywhere
	modePrefix                  // ^word: a short field starts with it
	modeSuffix                  // word$: a short field ends with it
	modeEqual                   // ^word$: a short field is exactly it
)

// scopeName is a field scope: kind:, area:, council:, year:, status:.
type scopeName uint8

const (
	scopeNone scopeName = iota
	scopeKind
	scopeArea
	scopeCouncil
	scopeYear
	scopeStatus
)

var scopeNames = map[string]scopeName{
	"kind": scopeKind, "area": scopeArea, "council": scopeCouncil, "year": scopeYear, "status": scopeStatus,
}

// term is one alternative of a query group: a word to match or a scope.
type term struct {
	raw   string // as typed, with its operators
	text  string // the word, folded, without operators
	lower string // text in lower case, for case-insensitive matching
	runes []rune // lower as runes, for the ordered-character check
	// textRunes is text as runes, for scattered letters as written.
	textRunes []rune
	mode      matchMode
	negate    bool
	cased     bool // smart case: the word has an upper-case letter
	mask      uint64

	scope   scopeName
	kinds   []Kind
	areas   []int // indexes into Index.areas
	council []int // indexes into Index.councils
	year    int
	status  []Status
}

// group is a set of alternatives joined by |: one of them must hold.
type group []*term

// query is a parsed search: every group must hold.
type query struct {
	groups []group
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

// Pointer draws the query with a caret line under the problem, for a
// terminal message.
func (e *QueryError) Pointer() string {
	n := max(e.Len, 1)
	return e.Query + "\n" + strings.Repeat(" ", e.Pos) + strings.Repeat("^", n)
}

// token is one whitespace-separated word of the query, with its position.
type token struct {
	text string
	pos  int // rune offset in the query
	len  int // runes
}

// tokenize splits a query on white space; a backslash keeps a space in a
// word ("new\ york").
func tokenize(q string) []token {
	var toks []token
	var cur strings.Builder
	start, n, pos := -1, 0, 0
	flush := func() {
		if start >= 0 {
			toks = append(toks, token{text: cur.String(), pos: start, len: n})
		}
		cur.Reset()
		start, n = -1, 0
	}
	rs := []rune(q)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		pos = i
		switch {
		case r == '\\' && i+1 < len(rs) && unicode.IsSpace(rs[i+1]):
			if start < 0 {
				start = pos
			}
			cur.WriteRune(' ')
			n += 2
			i++
		case unicode.IsSpace(r) || unicode.IsControl(r):
			flush()
		default:
			if start < 0 {
				start = pos
			}
			cur.WriteRune(r)
			n++
		}
	}
	flush()
	return toks
}

// parse reads a query. Words are ANDed; a | between words makes them
// alternatives. ix resolves the values of scopes; it may be nil for parsing
// the words alone.
func parse(q string, ix *Index) (*query, error) {
	toks := tokenize(q)
	out := &query{}
	fail := func(t token, format string, args ...any) error {
		return &QueryError{Query: q, Pos: t.pos, Len: t.len, Msg: fmt.Sprintf(format, args...)}
	}
	joinNext := false
	for i, t := range toks {
		if t.text == "|" {
			if i == 0 || toks[i-1].text == "|" || joinNext {
				return nil, fail(t, "| needs a word before it: write a | b")
			}
			if i == len(toks)-1 {
				return nil, fail(t, "| needs a word after it: write a | b")
			}
			joinNext = true
			continue
		}
		tm, err := parseTerm(t, ix)
		if err != nil {
			return nil, fail(t, "%s", err.Error())
		}
		if joinNext {
			last := len(out.groups) - 1
			out.groups[last] = append(out.groups[last], tm)
			joinNext = false
			continue
		}
		out.groups = append(out.groups, group{tm})
	}
	return out, nil
}

// parseTerm reads one word with its operators.
func parseTerm(t token, ix *Index) (*term, error) {
	s := t.text
	tm := &term{raw: s}
	if strings.HasPrefix(s, "!") {
		tm.negate = true
		s = s[1:]
		if s == "" {
			return nil, fmt.Errorf("! needs a word after it: !word leaves out items that contain it")
		}
	}
	if name, value, ok := strings.Cut(s, ":"); ok && isScopeName(name) && !strings.HasPrefix(value, "//") {
		if err := tm.parseScope(strings.ToLower(name), value, ix); err != nil {
			return nil, err
		}
		return tm, nil
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
	if tm.negate && tm.mode == modeFuzzy {
		tm.mode = modeExact // as in fzf, !word is an exact match left out
	}
	if s == "" {
		return nil, fmt.Errorf("%s needs a word: 'exact, ^prefix, suffix$", quoteShort(t.text))
	}
	tm.text = Fold(s)
	if tm.text == "" {
		// Only accents or other combining marks: nothing is left to look for.
		return nil, fmt.Errorf("%s has nothing to search for once accents are ignored", quoteShort(t.text))
	}
	tm.cased = strings.ToLower(tm.text) != tm.text
	tm.lower = strings.Map(unicode.ToLower, tm.text)
	tm.runes = []rune(tm.lower)
	tm.textRunes = []rune(tm.text)
	tm.mask = charMask(tm.lower)
	return tm, nil
}

// isScopeName tells apart a scope ("kind:") from a word with a colon in it
// ("10:30"): a scope name is letters only.
func isScopeName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func (tm *term) parseScope(name, value string, ix *Index) error {
	sc, ok := scopeNames[name]
	if !ok {
		return fmt.Errorf("unknown scope %s: the scopes are kind:, area:, council:, year:, status: (to search for the text, write '%s:%s)", name+":", name, value)
	}
	tm.scope = sc
	if value == "" {
		return fmt.Errorf("%s: needs a value, for example %s", name, scopeExample(sc))
	}
	values := strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == '|' })
	if len(values) == 0 {
		return fmt.Errorf("%s: needs a value, for example %s", name, scopeExample(sc))
	}
	for _, v := range values {
		switch sc {
		case scopeKind:
			k, ok := ParseKind(v)
			if !ok {
				return fmt.Errorf("unknown kind %s: kinds are %s", quoteShort(v), kindNames())
			}
			tm.kinds = append(tm.kinds, k)
		case scopeArea:
			i := -1
			if ix != nil {
				i = ix.areaIndex(v)
			}
			if i < 0 {
				return fmt.Errorf("unknown area %s: areas are %s", quoteShort(v), ix.areaNames())
			}
			tm.areas = append(tm.areas, i)
		case scopeCouncil:
			i := -1
			if ix != nil {
				i = ix.councilIndex(v)
			}
			if i < 0 {
				return fmt.Errorf("unknown Council %s: Councils are %s", quoteShort(v), ix.councilNames())
			}
			tm.council = append(tm.council, i)
		case scopeYear:
			y, err := strconv.Atoi(v)
			if err != nil || len(v) != 4 {
				return fmt.Errorf("year: takes a year of four digits, for example year:2024, not %s", quoteShort(v))
			}
			tm.year = y
		case scopeStatus:
			st, ok := ParseStatus(v)
			if !ok {
				return fmt.Errorf("unknown status %s: statuses are %s", quoteShort(v), statusNames())
			}
			tm.status = append(tm.status, st)
		}
	}
	if sc == scopeYear && len(values) > 1 {
		return fmt.Errorf("year: takes one year; for two, write year:2023 | year:2024")
	}
	return nil
}

func scopeExample(sc scopeName) string {
	switch sc {
	case scopeKind:
		return "kind:action"
	case scopeArea:
		return "area:SEMI"
	case scopeCouncil:
		return "council:2"
	case scopeYear:
		return "year:2024"
	default:
		return "status:overdue"
	}
}

func kindNames() string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func statusNames() string {
	names := []string{"none", "late"}
	for _, s := range Statuses() {
		names = append(names, strings.ReplaceAll(string(s), " ", "-"))
	}
	return strings.Join(names, ", ")
}

// QueryTerms lists the plain words of a query, without operators, scopes or
// left-out words: what a detail view highlights after a search.
func QueryTerms(q string) []string {
	parsed, err := parse(q, nil)
	if err != nil {
		// Take what can be read: the words that parse on their own.
		var out []string
		for _, t := range tokenize(q) {
			if tm, err := parseTerm(t, nil); err == nil && tm.scope == scopeNone && !tm.negate && tm.text != "" {
				out = append(out, tm.text)
			}
		}
		return out
	}
	var out []string
	for _, g := range parsed.groups {
		for _, tm := range g {
			if tm.scope == scopeNone && !tm.negate {
				out = append(out, tm.text)
			}
		}
	}
	return out
}

// charMask sets one bit for each kind of character in s: letters and digits
// their own bits, everything else hashed into the rest. A record whose mask
// lacks a bit of a word's mask cannot contain the word.
func charMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			m |= 1 << asciiBit[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		m |= 1 << (36 + uint(r)%27)
		i += size
	}
	return m
}

// asciiBit gives each ASCII byte its bit: a-z 0-25, 0-9 26-35, and the rest
// (punctuation, spaces) bit 63, which every record has.
var asciiBit = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = uint8(c - 'a')
		case c >= 'A' && c <= 'Z':
			t[c] = uint8(c - 'A')
		case c >= '0' && c <= '9':
			t[c] = uint8(26 + c - '0')
		default:
			t[c] = 63
		}
	}
	return t
}()
