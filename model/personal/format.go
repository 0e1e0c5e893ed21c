package personal

import (
	"bufio"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The file is Markdown a person can read, back up and diff:
//
//	<!-- briefing notes, format 1 ... -->
//
//	# Agenda
//
//	1. SEMI-1
//	2. HPCQ-4
//
//	# Notes
//
//	## SEMI-1
//	flag: yes
//
//	Raise the timetable. *They said* March.
//
// "# Agenda" holds the agenda in order, one id a line ("1. ID" or "- ID").
// "# Notes" holds one "## ID" section an item: optional "flag: yes" lines
// right under the heading, a blank line, then the note as written. A note
// line that would read as a level-1 or level-2 heading ("# x", "## x") is
// written with a backslash in front ("\## x"), and one backslash is taken
// off when read, so any note survives the trip unchanged.

const fileHeader = "<!-- briefing notes, format 1. Edit with care: \"# Agenda\" lists ids in order; " +
	"under \"# Notes\" each \"## ID\" section may start with \"flag: yes\", then a blank line, then the note. " +
	"Note lines starting with \"# \" or \"## \" are stored as \"\\# \" and \"\\## \". -->"

// record is what the file holds about one item.
type record struct {
	ID   string
	Flag bool
	Note string
}

// state is the whole file, parsed.
type state struct {
	items  map[string]*record // by key(id)
	agenda []string
}

func newState() *state { return &state{items: map[string]*record{}} }

// key is how ids compare: in any case, as the content does.
func key(id string) string { return strings.ToUpper(strings.TrimSpace(id)) }

var (
	idPattern      = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$`)
	headingEscaped = regexp.MustCompile(`^\\+#{1,2}( |$)`)
	needsEscape    = regexp.MustCompile(`^\\*#{1,2}( |$)`)
	agendaLine     = regexp.MustCompile(`^(?:\d+\.|[-*])\s+(\S+)\s*$`)
)

// validID reports whether an id can be stored: one word of letters, digits
// and . _ : / -, as content ids are.
func validID(id string) bool { return idPattern.MatchString(id) }

// normalizeNote makes line ends LF and drops blank lines at both ends, so
// the stored form is the one read back.
func normalizeNote(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// ParseError says where the notes file stops making sense.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// parse reads the file. An empty file is an empty state.
func parse(data []byte) (*state, error) {
	st := newState()
	if !utf8.Valid(data) {
		return nil, &ParseError{Line: 1, Msg: "the file is not UTF-8 text"}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), len(text)+1)
	const (
		top = iota
		inAgenda
		inNotes
		inMeta
		inBody
	)
	where := top
	var cur *record
	var body []string
	finish := func() {
		if cur == nil {
			return
		}
		note := normalizeNote(strings.Join(body, "\n"))
		if old, ok := st.items[key(cur.ID)]; ok {
			// The same id twice (a hand edit or a merge): keep both.
			old.Flag = old.Flag || cur.Flag
			old.Note = normalizeNote(old.Note + "\n\n" + note)
		} else {
			cur.Note = note
			st.items[key(cur.ID)] = cur
		}
		cur, body = nil, nil
	}
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if where == top || where == inAgenda || where == inNotes {
			// Comments are allowed between sections, never inside a note.
			if inComment || strings.HasPrefix(strings.TrimSpace(line), "<!--") {
				inComment = !strings.Contains(line, "-->")
				continue
			}
		}
		switch {
		case line == "# Agenda":
			finish()
			where = inAgenda
			continue
		case line == "# Notes":
			finish()
			where = inNotes
			continue
		case strings.HasPrefix(line, "## ") && where != top && where != inAgenda:
			finish()
			id := strings.TrimSpace(line[3:])
			if !validID(id) {
				return nil, &ParseError{n, fmt.Sprintf("%q is not an item id", id)}
			}
			cur = &record{ID: id}
			where = inMeta
			continue
		case strings.HasPrefix(line, "# "):
			return nil, &ParseError{n, fmt.Sprintf("unknown section %q: the file has \"# Agenda\" and \"# Notes\"", line)}
		}
		switch where {
		case top, inNotes:
			if strings.TrimSpace(line) != "" {
				return nil, &ParseError{n, "text outside any section"}
			}
		case inAgenda:
			if strings.TrimSpace(line) == "" {
				continue
			}
			m := agendaLine.FindStringSubmatch(line)
			if m == nil || !validID(m[1]) {
				return nil, &ParseError{n, "an agenda line is \"1. ID\" or \"- ID\""}
			}
			if !slices.ContainsFunc(st.agenda, func(x string) bool { return key(x) == key(m[1]) }) {
				st.agenda = append(st.agenda, m[1])
			}
		case inMeta:
			if strings.TrimSpace(line) == "" {
				where = inBody
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok || strings.TrimSpace(k) != "flag" {
				return nil, &ParseError{n, "under a \"## ID\" heading only \"flag: yes\" may come before the blank line"}
			}
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "yes", "true":
				cur.Flag = true
			case "no", "false", "":
			default:
				return nil, &ParseError{n, "flag is yes or no"}
			}
		case inBody:
			if headingEscaped.MatchString(line) {
				line = line[1:]
			}
			body = append(body, line)
		}
	}
	finish()
	return st, nil
}

// format writes the state: agenda first, then the items in id order.
func format(st *state) []byte {
	var b strings.Builder
	b.WriteString(fileHeader + "\n\n# Agenda\n\n")
	for i, id := range st.agenda {
		fmt.Fprintf(&b, "%d. %s\n", i+1, id)
	}
	if len(st.agenda) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("# Notes\n")
	for _, r := range st.sorted() {
		if !r.Flag && r.Note == "" {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n", r.ID)
		if r.Flag {
			b.WriteString("flag: yes\n")
		}
		b.WriteString("\n")
		if r.Note != "" {
			for _, line := range strings.Split(r.Note, "\n") {
				if needsEscape.MatchString(line) {
					line = `\` + line
				}
				b.WriteString(line + "\n")
			}
		}
	}
	return []byte(b.String())
}

// sorted lists the records in natural id order (SEMI-2 before SEMI-10).
func (st *state) sorted() []*record {
	out := make([]*record, 0, len(st.items))
	for _, r := range st.items {
		out = append(out, r)
	}
	slices.SortFunc(out, func(x, y *record) int { return compareIDs(x.ID, y.ID) })
	return out
}

// compareIDs orders ids with runs of digits compared as numbers.
func compareIDs(a, b string) int {
	a, b = key(a), key(b)
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, _ := strconv.Atoi(a[:da])
			nb, _ := strconv.Atoi(b[:db])
			if c := cmp.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digits(s string) int {
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
