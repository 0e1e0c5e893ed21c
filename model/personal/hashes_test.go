package personal

import (
	"os"
	"slices"
	"strings"
	"testing"
)

const (
	hashOld = "3f2a9c0000000000000000000000000000000000000000000000000000000001"
	hashNew = "9b1c000000000000000000000000000000000000000000000000000000000002"
)

// TestItemHashRoundTrip: the hash of the item a note was written on comes
// back with the note, across stores and saves; it goes with the note, and
// a note written without one has none.
func TestItemHashRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	other := open(t, dir) // another copy of the program
	must(t, s.SetNote("SEMI-1", "Raise the timetable.", hashOld))
	must(t, other.SetNote("AI-1", "Ask about the decree.", hashNew))
	must(t, s.Flag("HPCQ-4"))
	fileHas(t, s, fileHeader, "", hashesOpen, "AI-1 "+hashNew, "SEMI-1 "+hashOld, hashesEnd, "", "# Agenda")

	again := open(t, dir)
	if again.ItemHash("SEMI-1") != hashOld || again.ItemHash("ai-1") != hashNew || again.ItemHash("HPCQ-4") != "" {
		t.Errorf("hashes read back: %+v", again.Items())
	}
	must(t, again.SetNote("SEMI-1", "Raise the timetable again.", hashNew))
	if open(t, dir).ItemHash("SEMI-1") != hashNew {
		t.Error("writing the note again keeps the item's hash of now")
	}
	must(t, again.SetNote("SEMI-1", "Written from a content directory.", ""))
	if open(t, dir).ItemHash("SEMI-1") != "" {
		t.Error("a note written without a hash keeps an old one")
	}
	must(t, again.SetNote("AI-1", "", hashNew))
	if data, _ := os.ReadFile(s.Path()); strings.Contains(string(data), "item hashes") {
		t.Errorf("no note has a hash, and the comment stays:\n%s", data)
	}
	if err := s.SetNote("AI-1", "x", "not hex"); err == nil {
		t.Error("a hash that is not one is accepted")
	}
}

// newerFile is a notes file with item hashes and a comment of the user's.
const newerFile = fileHeader + "\n\n" +
	hashesOpen + "\nSEMI-1 " + hashOld + "\n" + hashesEnd + "\n" +
	"<!-- my own comment -->\n\n" +
	"# Agenda\n\n1. SEMI-1\n\n# Notes\n\n## SEMI-1\nflag: yes\n\nRaise the timetable.\n\n" + endLine + "\n"

// TestOlderFilesRead: a file of format 2 written before item hashes reads
// without a word and is not rewritten (no copy kept aside), its notes
// without hashes.
func TestOlderFilesRead(t *testing.T) {
	older := strings.Replace(newerFile, hashesOpen+"\nSEMI-1 "+hashOld+"\n"+hashesEnd+"\n", "", 1)
	st, problems := parse([]byte(older))
	if len(problems) > 0 || st.items[key("SEMI-1")].ItemHash != "" {
		t.Fatalf("problems %v, %+v", problems, st.items[key("SEMI-1")])
	}
	if string(format(st)) != older {
		t.Errorf("an older file is written differently:\n%s", format(st))
	}
	st, problems = parse([]byte(newerFile))
	if len(problems) > 0 || st.items[key("SEMI-1")].ItemHash != hashOld || string(format(st)) != newerFile {
		t.Errorf("the newer file: problems %v, %+v, written as:\n%s", problems, st.items[key("SEMI-1")], format(st))
	}
}

// TestOlderReaderKeepsTheHashes: a reader of format 2 made before item
// hashes takes their comment for a comment of the user's, as this reader
// takes any comment it does not know (the rule is the same code, given
// here a first line it does not know): no complaint, the notes as they
// are, and the file written back byte for byte, so the hashes are there
// for the next newer reader.
func TestOlderReaderKeepsTheHashes(t *testing.T) {
	unknown := "<!-- a comment of the user's:"
	asOlder := strings.Replace(newerFile, hashesOpen, unknown, 1)
	st, problems := parse([]byte(asOlder))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if r := st.items[key("SEMI-1")]; r == nil || r.Note != "Raise the timetable." || !slices.Contains(st.comments, "SEMI-1 "+hashOld) {
		t.Errorf("the notes or the comment changed: %+v, %q", r, st.comments)
	}
	if out := string(format(st)); out != asOlder {
		t.Errorf("written back differently:\n%s\n--- want\n%s", out, asOlder)
	}
}

// TestItemHashesThatAreNotThem: a comment that looks like the hashes but
// is not in their form is the user's, kept as it is; hashes of notes that
// are gone are dropped; a hash line inside a note is the note's text.
func TestItemHashesThatAreNotThem(t *testing.T) {
	for name, tc := range map[string]struct {
		file, hash string
		kept       []string
	}{
		"a line of prose": {
			file: hashesOpen + "\nSEMI-1 " + hashOld + "\nmy words\n" + hashesEnd + "\n# Notes\n## SEMI-1\n\nnote\n",
			kept: []string{hashesOpen, "SEMI-1 " + hashOld, "my words", hashesEnd},
		},
		"not an id": {
			file: hashesOpen + "\nAgenda " + hashOld + "\n" + hashesEnd + "\n# Notes\n## SEMI-1\n\nnote\n",
			kept: []string{hashesOpen, "Agenda " + hashOld, hashesEnd},
		},
		"a note that is gone": {
			file: hashesOpen + "\nAI-1 " + hashNew + "\nSEMI-1 " + hashOld + "\n" + hashesEnd + "\n# Notes\n## SEMI-1\n\nnote\n## AI-1\nflag: yes\n",
			hash: hashOld,
		},
		"inside a note": {
			file: "# Notes\n## SEMI-1\n\n" + hashesOpen + "\nSEMI-1 " + hashOld + "\n" + hashesEnd + "\n",
		},
	} {
		st, problems := parse([]byte(tc.file))
		if len(problems) > 0 {
			t.Errorf("%s: %v", name, problems)
		}
		r := st.items[key("SEMI-1")]
		if r == nil || r.ItemHash != tc.hash || !slices.Equal(st.comments, tc.kept) {
			t.Errorf("%s: %+v, comments %q", name, r, st.comments)
		}
		if ai := st.items[key("AI-1")]; ai != nil && ai.ItemHash != "" {
			t.Errorf("%s: a flag has a hash", name)
		}
	}
}
