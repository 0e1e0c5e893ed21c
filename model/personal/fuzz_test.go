package personal

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// notesSeeds are files and notes that exercise every rule of the format.
var notesSeeds = []string{
	"",
	awkward,
	"# Agenda\n\n1. SEMI-1\n<!-- todo: reorder\n\n# Notes\n\n## AI-1\n\nkeep me\n",
	"\uFEFF# Agenda\r\n\r\n- SEMI-1\r\n- dpc-3\r\n\r\n# Notes\r\n\r\n## SEMI-1\r\nflag: yes\r\n\r\nfirst\r\n",
	"# Notes\n\n## AI-1\n\ncaf\xe9\n##\tSEMI-1\n## Agenda\n# Meeting\n\\## x\n",
	"stray\n# Not understood\n\nkept <!--\n# Notes\n## X\nflag: maybe\n<!-- c -->\n",
	fileHeader + "\n\n# Agenda\n\n# Notes\n\n## A-1\n\nnote\n\n" + endLine + "\n",
	fileHeader + "\n\n# Agenda\n\n# Notes\n\n## A-1\n\nnote cut",
	"0\r",                               // a lone CR ends a line
	"# Notes\n## 0000\nx\n## 000000\ny", // ids equal as numbers
	newerFile,                           // item hashes, and a comment of the user's
	// Item hashes: of a note that is gone, not in their form, inside a
	// note, never closed.
	hashesOpen + "\nA-1 " + hashOld + "\nB-2 " + hashNew + "\n" + hashesEnd + "\n# Notes\n## b-2\n\nnote\n",
	hashesOpen + "\nA-1 " + hashOld + "\nwords\n" + hashesEnd + "\n# Notes\n## A-1\n\nnote\n",
	"# Notes\n## A-1\n\n" + hashesOpen + "\nA-1 " + hashOld + "\n" + hashesEnd + "\n",
	hashesOpen + "\nA-1 " + hashOld + "\n# Notes\n## A-1\n\nnote\n",
}

// FuzzNotesFile: reading any file never fails, and never loses a word of
// it; writing what was read and reading it again gives the same state with
// nothing to complain about, and the same file.
func FuzzNotesFile(f *testing.F) {
	for _, s := range notesSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		st, _ := parse(data)
		out := format(st)
		if !utf8.Valid(out) {
			t.Fatalf("wrote invalid UTF-8 from %q", data)
		}
		st2, problems := parse(out)
		if len(problems) > 0 {
			t.Fatalf("the file written from %q has problems %v:\n%s", data, problems[0], out)
		}
		if again := format(st2); string(again) != string(out) {
			t.Fatalf("not stable for %q:\n%s\n---\n%s", data, out, again)
		}
		if w := lostWord(data, string(out)); w != "" {
			t.Fatalf("the word %q of %q is not in the file written:\n%s", w, data, out)
		}
	})
}

// agendaMarker is "1." or "-" or "*" before an agenda id: rewritten.
var agendaMarker = regexp.MustCompile(`^(?:\d+\.|[-*])$`)

// lostWord returns a word of the input that the output lacks, leaving out
// what the format writes anew: its own lines, section headings, item
// headings (an empty item is no text), flag lines, agenda numbers and the
// comment of item hashes (the program's own record, which drops the hash
// of a note that is gone; the hashes of the notes there are checked by
// the second reading).
func lostWord(data []byte, out string) string {
	text, _ := repairUTF8(data)
	text = strings.TrimPrefix(text, "\uFEFF")
	lines := strings.Split(lineEnds.Replace(text), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == hashesOpen {
			if end, ok := commentEnd(lines, i); ok && (&parser{}).itemHashes(lines[i:end+1]) {
				i = end
				continue
			}
		}
		if isOwnLine(line) || line == keptNote {
			continue
		}
		if _, ok := flagLine(line); ok {
			continue
		}
		if level, title := heading(line); level == 1 && (strings.EqualFold(title, "Agenda") || strings.EqualFold(title, "Notes") || strings.EqualFold(title, keptTitle)) ||
			level == 2 && storable(title) {
			continue
		}
		for _, w := range strings.Fields(line) {
			w = strings.TrimLeft(w, `#\`)
			if w != "" && !agendaMarker.MatchString(w) && !strings.Contains(out, w) {
				return w
			}
		}
	}
	return ""
}

// FuzzNoteRoundTrip: any UTF-8 note comes back as written (less blank
// lines at its ends), and a note that is not UTF-8 is refused, never
// written.
func FuzzNoteRoundTrip(f *testing.F) {
	for _, s := range notesSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, note string) {
		if err := checkUTF8(note); err != nil {
			if utf8.ValidString(note) {
				t.Fatalf("valid UTF-8 refused: %v", err)
			}
			if fixed, changed := RepairUTF8(note); !changed || checkUTF8(fixed) != nil {
				t.Fatalf("RepairUTF8(%q) = %q, %v", note, fixed, changed)
			}
			return
		}
		st := newState()
		st.items[key("X-1")] = &record{ID: "X-1", Note: normalizeNote(note), ItemHash: hashOld}
		st.items[key("Y-2")] = &record{ID: "Y-2", Note: "the other note", Flag: true}
		got, problems := parse(format(st))
		if len(problems) > 0 {
			t.Fatalf("note %q: the file has problems: %v", note, problems[0])
		}
		if r := got.items[key("X-1")]; normalizeNote(note) != "" && (r == nil || r.Note != normalizeNote(note) || r.ItemHash != hashOld) {
			t.Fatalf("note %q came back as %+v", note, r)
		}
		if r := got.items[key("Y-2")]; r == nil || r.Note != "the other note" || !r.Flag {
			t.Fatalf("note %q changed another note: %+v", note, r)
		}
	})
}
