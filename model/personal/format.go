package personal

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/eu-rok/briefing/model"
)

// The file is Markdown a person can read, back up and diff:
//
//	<!-- briefing notes, format 2 ... -->
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
//	<!-- end of the notes -->
//
// "# Agenda" holds the agenda in order, one id a line ("1. ID" or "- ID").
// "# Notes" holds one "## ID" section an item: optional "flag: yes" lines
// right under the heading, a blank line, then the note as written. A note
// line that would read as a level-1 or level-2 heading ("# x", "## x") is
// written with a backslash in front ("\## x"), and one backslash is taken
// off when read, so any note survives the trip unchanged. Comments of the
// user's own between sections are kept, after the first line. What the
// parser could not place is kept under "# Not understood", as it was. The
// last line tells a whole file from one cut short.
//
// Which text of its item each note was written on is kept, by the hash
// the briefing gives the item's text (updates.Tracker.Hash), in one
// comment of the program's own among the comments after the first line:
//
//	<!-- item hashes: ...
//	SEMI-1 3f2a…
//	-->
//
// A comment, so that a reader of format 2 made before it (which keeps
// every comment between sections as it is, and writes them back in the
// same place) reads such a file without a complaint, keeps the hashes and
// leaves the notes as they are. A file without the comment reads as before:
// its notes have no hash, and are never said to be on a changed item.

const fileHeader = "<!-- briefing notes, format 2. Edit with care: \"# Agenda\" lists ids in order; " +
	"under \"# Notes\" each \"## ID\" section may start with \"flag: yes\", then a blank line, then the note. " +
	"Note lines starting with \"# \" or \"## \" are stored as \"\\# \" and \"\\## \". " +
	"The last line marks the end of the file. -->"

// ownHeaders are the first lines this program has written, in every
// format; they are written anew, never kept as the user's comments.
var ownHeaders = []string{fileHeader,
	"<!-- briefing notes, format 1. Edit with care: \"# Agenda\" lists ids in order; " +
		"under \"# Notes\" each \"## ID\" section may start with \"flag: yes\", then a blank line, then the note. " +
		"Note lines starting with \"# \" or \"## \" are stored as \"\\# \" and \"\\## \". -->"}

// endLine is the last line of a file of format 2: a file without it was
// cut short (or edited by hand).
const endLine = "<!-- end of the notes -->"

// keptTitle heads the lines the parser could not place, and keptNote says
// what they are.
const (
	keptTitle = "Not understood"
	keptNote  = "<!-- briefing could not place these lines when it read this file; they are kept as they were. " +
		"Move them where they belong (under \"# Notes\", after a \"## ID\" line) or delete them. -->"
)

// The comment of item hashes: its first line, one "ID HASH" line a note,
// and its last line.
const (
	hashesOpen = "<!-- item hashes: the text of its item each note was written on, " +
		"to tell \"item changed since your note\"; one \"ID HASH\" a line, written by briefing:"
	hashesEnd = "-->"
)

// An item hash is hex; hashLine is one line of the item hashes: an id and
// a hash.
var (
	hashText = regexp.MustCompile(`^[0-9a-f]{8,128}$`)
	hashLine = regexp.MustCompile(`^(\S+) ([0-9a-f]{8,128})$`)
)

// record is what the file holds about one item.
type record struct {
	ID   string
	Flag bool
	Note string
	// ItemHash is the hash of the item's text when the note was last
	// written; "" when it is not known (a note written by hand, or
	// with content read from a directory).
	ItemHash string
}

// state is the whole file, parsed.
type state struct {
	items    map[string]*record // by key(id)
	agenda   []string
	comments []string // the user's comments between sections, line by line
	kept     []string // the lines the parser could not place, as they were
}

func newState() *state { return &state{items: map[string]*record{}} }

// key is an id as the file's items are keyed by it: model.IDKey of the id
// as typed, spaces round it dropped.
func key(id string) string { return model.IDKey(strings.TrimSpace(id)) }

var (
	headingLine = regexp.MustCompile(`^(#{1,2})(?:[ \t]+(.*))?$`)
	// A note's line that would read as a heading or as the end line is
	// written with one more backslash in front, and read with one less.
	headingEscaped = regexp.MustCompile(`^\\+(#{1,2}([ \t]|$)|` + regexp.QuoteMeta(endLine) + `$)`)
	needsEscape    = regexp.MustCompile(`^\\*(#{1,2}([ \t]|$)|` + regexp.QuoteMeta(endLine) + `$)`)
	agendaItem     = regexp.MustCompile(`^(?:\d+\.|[-*])\s+(\S+)\s*$`)
)

// storable reports whether an id can be stored: a valid id (model.ValidID)
// that is not the name of one of the file's sections.
func storable(id string) bool {
	return model.ValidID(id) && !model.SameID(id, "Agenda") && !model.SameID(id, "Notes")
}

// normalizeNote makes line ends LF and drops blank lines at both ends, so
// the stored form is the one read back.
func normalizeNote(s string) string {
	lines := strings.Split(lineEnds.Replace(s), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// format writes the state: the user's comments, the agenda, the notes in
// id order, what was not understood, and the end line.
func format(st *state) []byte {
	var b strings.Builder
	b.WriteString(fileHeader + "\n\n")
	// The hashes first, then the user's comments, as a reader of format 2
	// would write them back: the same file, byte for byte.
	top := append(hashesComment(st), st.comments...)
	for _, line := range top {
		b.WriteString(line + "\n")
	}
	if len(top) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("# Agenda\n\n")
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
	if len(st.kept) > 0 {
		b.WriteString("\n# " + keptTitle + "\n\n" + keptNote + "\n\n")
		for _, line := range st.kept {
			b.WriteString(line + "\n")
		}
	}
	b.WriteString("\n" + endLine + "\n")
	return []byte(b.String())
}

// hashesComment is the comment of item hashes, line by line: one line for
// each note whose item's hash is known; nothing when there is none.
func hashesComment(st *state) []string {
	var lines []string
	for _, r := range st.sorted() {
		if r.Note != "" && r.ItemHash != "" {
			lines = append(lines, r.ID+" "+r.ItemHash)
		}
	}
	if lines == nil {
		return nil
	}
	return append(append([]string{hashesOpen}, lines...), hashesEnd)
}

// sorted lists the records in natural id order (SEMI-2 before SEMI-10).
func (st *state) sorted() []*record {
	out := make([]*record, 0, len(st.items))
	for _, r := range st.items {
		out = append(out, r)
	}
	slices.SortFunc(out, func(x, y *record) int {
		// Ties ("A-01" and "A-1") go by spelling, so the file never
		// depends on the order of a map.
		return cmp.Or(model.CompareIDs(x.ID, y.ID), strings.Compare(key(x.ID), key(y.ID)))
	})
	return out
}
