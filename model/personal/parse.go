package personal

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ParseError is one thing in the notes file the parser could not place,
// said with its line. The line itself is never dropped: it is kept under
// "# Not understood" (see parse).
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// lineEnds makes every line end LF: CRLF from Windows, a lone CR from old
// Macs.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// Where the parser is in the file.
type region int

const (
	inTop     region = iota // before any section
	inAgenda                // under "# Agenda"
	inNotes                 // under "# Notes", before the first "## ID"
	inMeta                  // right under "## ID": flag lines
	inBody                  // the note
	inKept                  // under "# Not understood": kept as it is
	inUnknown               // under a level-1 heading the file does not have
)

// parse reads the file. It never fails and never drops text: a line it
// cannot place (text outside any section, a bad agenda line, a comment
// that is never closed, what stands under an unknown heading) is kept, as
// it is, in st.kept and reported; bytes that are not UTF-8 are read as
// Windows-1252 (Latin-1) and reported; a file of this format that lacks its
// end line is reported as cut short. A byte-order mark is allowed.
func parse(data []byte) (*state, []*ParseError) {
	p := parser{st: newState()}
	text, badLines := repairUTF8(data)
	for _, n := range badLines {
		p.problem(n, "not UTF-8 text: read as Windows-1252 (Latin-1)")
	}
	text = lineEnds.Replace(strings.TrimPrefix(text, "\uFEFF"))
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if text == "" {
		lines = nil
	}
	if len(lines) > 0 && lines[0] == fileHeader && !slices.Contains(lines, endLine) {
		p.problem(len(lines), "the file ends early: its last line, "+endLine+", is missing (cut short, or edited by hand)")
	}
	for i := 0; i < len(lines); i++ {
		i = p.line(lines, i)
	}
	p.finish()
	for k, hash := range p.hashes {
		if r := p.st.items[k]; r != nil && r.Note != "" {
			r.ItemHash = hash
		}
	}
	p.st.kept = trimBlank(p.st.kept)
	return p.st, p.problems
}

type parser struct {
	st       *state
	problems []*ParseError
	where    region
	cur      *record
	body     []string
	hashes   map[string]string // the item hashes read, by key(id)
}

func (p *parser) problem(line int, msg string) {
	p.problems = append(p.problems, &ParseError{Line: line, Msg: msg})
}

// keep keeps a line the parser cannot place, and says why.
func (p *parser) keep(line int, text, why string) {
	p.st.kept = append(p.st.kept, text)
	p.problem(line, why)
}

// line reads lines[i] (and, for a comment, the lines up to its end) and
// returns the index of the last line it read.
func (p *parser) line(lines []string, i int) int {
	line, n := lines[i], i+1
	if line == endLine { // written anew; a note's own copy is escaped
		return i
	}
	if p.where != inBody && p.where != inKept && p.where != inMeta {
		if isOwnLine(line) {
			return i
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			end, ok := commentEnd(lines, i)
			if !ok {
				p.keep(n, line, "a comment (<!--) that is not closed (-->) before the next heading")
				return i
			}
			if !p.itemHashes(lines[i : end+1]) {
				p.st.comments = append(p.st.comments, lines[i:end+1]...)
			}
			return end
		}
	}
	if level, title := heading(line); level > 0 && p.heading(n, line, level, title) {
		return i
	}
	switch p.where {
	case inTop, inNotes:
		if strings.TrimSpace(line) != "" {
			p.keep(n, line, "text outside any note (a note starts with a \"## ID\" line under \"# Notes\")")
		}
	case inUnknown:
		if strings.TrimSpace(line) != "" {
			p.keep(n, line, "text under a heading the file does not have")
		}
	case inAgenda:
		p.agendaLine(n, line)
	case inMeta:
		if strings.TrimSpace(line) == "" {
			p.where = inBody
			return i
		}
		if flag, ok := flagLine(line); ok {
			p.cur.Flag = p.cur.Flag || flag
			return i
		}
		p.where = inBody // no blank line after the heading: the note starts here
		p.body = append(p.body, line)
	case inBody:
		if headingEscaped.MatchString(line) {
			line = line[1:]
		}
		p.body = append(p.body, line)
	case inKept:
		if line != keptNote {
			p.st.kept = append(p.st.kept, line)
		}
	}
	return i
}

// heading handles a heading line and reports whether it did; a level-2
// heading that names no item, inside a note, is the note's own text.
func (p *parser) heading(n int, line string, level int, title string) bool {
	if level == 1 {
		switch {
		case strings.EqualFold(title, "Agenda"):
			p.finish()
			p.where = inAgenda
		case strings.EqualFold(title, "Notes"):
			p.finish()
			p.where = inNotes
		case strings.EqualFold(title, keptTitle):
			p.finish()
			p.where = inKept
		case p.where == inMeta || p.where == inBody || p.where == inKept:
			return false // the note's own heading, or kept text
		default:
			p.keep(n, line, fmt.Sprintf("unknown section %q: the file has \"# Agenda\" and \"# Notes\"", title))
			p.where = inUnknown
		}
		return true
	}
	switch p.where {
	case inNotes, inMeta, inBody:
		if !storable(title) {
			return false // inside a note: its text; before the first note: kept below
		}
		p.finish()
		p.cur = &record{ID: title}
		p.where = inMeta
		return true
	}
	return false
}

func (p *parser) agendaLine(n int, line string) {
	if strings.TrimSpace(line) == "" {
		return
	}
	m := agendaItem.FindStringSubmatch(line)
	if m == nil || !storable(m[1]) {
		p.keep(n, line, "an agenda line is \"1. ID\" or \"- ID\"")
		return
	}
	if agendaIndex(p.st.agenda, m[1]) < 0 {
		p.st.agenda = append(p.st.agenda, m[1])
	}
}

// itemHashes reads a comment of item hashes, and reports whether it was
// one: its first line, "ID HASH" lines, its last line, exactly as format
// writes it. Any other comment is the user's, kept as it is.
func (p *parser) itemHashes(comment []string) bool {
	n := len(comment)
	if n < 2 || comment[0] != hashesOpen || comment[n-1] != hashesEnd {
		return false
	}
	read := map[string]string{}
	for _, line := range comment[1 : n-1] {
		m := hashLine.FindStringSubmatch(line)
		if m == nil || !storable(m[1]) {
			return false
		}
		read[key(m[1])] = m[2]
	}
	if p.hashes == nil {
		p.hashes = map[string]string{}
	}
	maps.Copy(p.hashes, read)
	return true
}

// finish files the note being read.
func (p *parser) finish() {
	if p.cur == nil {
		return
	}
	note := normalizeNote(strings.Join(p.body, "\n"))
	if old, ok := p.st.items[key(p.cur.ID)]; ok {
		// The same id twice (a hand edit or a merge): keep both.
		old.Flag = old.Flag || p.cur.Flag
		old.Note = normalizeNote(old.Note + "\n\n" + note)
	} else {
		p.cur.Note = note
		p.st.items[key(p.cur.ID)] = p.cur
	}
	p.cur, p.body = nil, nil
}

// heading reads "# Title" or "## Title" (a space or a tab after the marks,
// closing marks allowed): its level and title, or 0.
func heading(line string) (level int, title string) {
	m := headingLine.FindStringSubmatch(line)
	if m == nil {
		return 0, ""
	}
	return len(m[1]), strings.TrimSpace(strings.TrimRight(strings.TrimSpace(m[2]), "#"))
}

// flagLine reads "flag: yes" (or true, no, false, nothing).
func flagLine(line string) (flag, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found || strings.TrimSpace(k) != "flag" {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "yes", "true":
		return true, true
	case "no", "false", "":
		return false, true
	}
	return false, false
}

// commentEnd finds the line that closes the comment opened on lines[i].
// A comment may not hold a heading: one that reaches a heading, or the end
// of the file, is not closed.
func commentEnd(lines []string, i int) (int, bool) {
	if strings.Contains(lines[i][strings.Index(lines[i], "<!--")+4:], "-->") {
		return i, true
	}
	for j := i + 1; j < len(lines); j++ {
		if level, _ := heading(lines[j]); level > 0 {
			return 0, false
		}
		if strings.Contains(lines[j], "-->") {
			return j, true
		}
	}
	return 0, false
}

// isOwnLine reports the lines the program writes itself, headers of this
// format and the last, which are written anew.
func isOwnLine(line string) bool {
	return slices.Contains(ownHeaders, line) || line == endLine
}

// trimBlank drops blank lines at both ends.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
