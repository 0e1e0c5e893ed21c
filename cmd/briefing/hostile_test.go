package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

// hostilePack is a valid content pack whose text is full of terminal escape
// sequences: clearing the screen, OSC 52 clipboard writes, OSC 8 links, BEL,
// the 8-bit CSI and a bidi override.
const hostilePack = "../../model/testdata/packs/hostile"

// evil is what a hostile file name, note or argument carries: a screen
// clear, an OSC 52 clipboard write ("evil"), an 8-bit CSI, a bidi override
// and a newline that would forge a line of its own.
const evil = "\x1b[2J\x1b]52;c;ZXZpbA==\a\u009b31m\u202eexe.md\nfake.md:1: all good"

// evilNote is evil in a note, where a newline is the note's own.
var evilNote = strings.ReplaceAll(evil, "\n", " ")

// hostileWorld builds what the hostile-output tests run on: the hostile
// pack with a page of dangerous links added; a broken pack whose file and
// folder names are hostile; a data directory whose own name is hostile,
// with hostile notes (one on an item the pack lacks), flags and agenda.
func hostileWorld(t *testing.T) (pack, badPack, data string) {
	t.Helper()
	root := t.TempDir()
	pack = filepath.Join(root, "pack")
	copyDir(t, hostilePack, pack)
	writeFile(t, filepath.Join(pack, "glossary", "GL-LINK.md"), "---\nid: GL-LINK\ntitle: Links\nsummary: Links of every kind.\n"+
		"category: concept\nsources:\n  - S0\n---\n[run](javascript:alert(5)) <javascript:alert(6)> [data](data:text/html,x) "+
		"[ok](https://example.org/) [mail](mailto:a@b.c)\n")
	badPack = filepath.Join(root, "bad")
	copyDir(t, pack, badPack)
	writeFile(t, filepath.Join(badPack, "glossary", "X"+evil+".md"), "---\nid: X\n---\n")
	writeFile(t, filepath.Join(badPack, "glossary", "SEMI-9\u202edm.exe.md"), "not a header\n")
	if err := os.Mkdir(filepath.Join(badPack, "evil"+evil), 0o700); err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(root, "data"+evil)
	s, _ := personal.Open(data)
	for id, note := range map[string]string{"GL-EVIL": "first line " + evilNote + "\n\n[x](javascript:alert(1))", "ORPHAN-1": evilNote} {
		if err := s.SetNote(id, note, ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range []error{s.Flag("GL-EVIL"), s.AgendaAdd("GL-EVIL"), s.AgendaAdd("ORPHAN-1")} {
		if err != nil {
			t.Fatal(err)
		}
	}
	// Junk where updates and keys are picked up: a pack that is not one
	// (refused, renamed, said once) and a key file that is not a key
	// (said at every start), both with hostile names.
	for _, dir := range []string{"updates", "trusted-keys"} {
		if err := os.MkdirAll(filepath.Join(data, dir), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(data, "updates", "x"+evil+".briefing"), "not a pack")
	writeFile(t, filepath.Join(data, "trusted-keys", "k"+evil+".pub"), "not a key")
	return pack, badPack, data
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o700)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// hostileRun is one command of the hostile-output tests.
type hostileRun struct {
	args  []string
	stdin string
}

// hostileRuns are every verb, on the hostile pack and notes, and the
// broken pack's problem list, with hostile arguments where a verb echoes
// them.
func hostileRuns(pack, badPack, data, out string) []hostileRun {
	on := func(args ...string) hostileRun {
		return hostileRun{args: append(args, "--content", pack, "--data", data)}
	}
	runs := []hostileRun{
		{args: []string{"list", "areas", "--data", data}}, // the built-in content: picks up updates/ first
		{args: []string{"trust", "list", "--data", data}},
		on("list", "areas"), on("list", "glossary"), on("list", "glossary", "--json"), on("list", "sources"),
		on("show", "GL-EVIL"), on("show", "GL-EVIL", "--json"), on("show", "GL-LINK"), on("show", "SEMI"),
		on("search", "evil"), on("search", "evil", "--json"), on("search", "first line"), on("status"),
		on("note", "GL-EVIL"), on("note", "ORPHAN-1"), on("notes"), on("notes", "--json"),
		on("agenda"), on("agenda", "--json"), on("flag", "GL-EVIL"), on("unflag", "GL-EVIL"),
		on("export", "GL-EVIL", "--notes"), on("export", "GL-EVIL", "GL-LINK", "--notes", "--format", "html"),
		on("export", "--agenda", "--notes", "-o", out), on("export", "GL-EVIL", "-o", out),
		on("show", evil), on("note", evil), on("list", evil), on("--today", evil, "status"), on("--theme", evil, "status"),
		on("version"), on("validate", pack),
		{args: []string{"validate", badPack}},
		{args: []string{"list", "areas", "--content", badPack}},
		{args: []string{"show", "SEMI", "--content", badPack}},
		{args: []string{"list", "areas", "--content", filepath.Join(badPack, "none"+evil)}},
	}
	runs = append(runs, hostileRun{args: on("note", "GL-EVIL", "-").args, stdin: "stdin " + evilNote})
	return runs
}

// TestHostileOutputPiped: piped, no verb prints any control character or
// bidi override from content, file names, notes, paths, arguments or
// errors; a crafted name cannot forge a line of its own.
func TestHostileOutputPiped(t *testing.T) {
	pack, badPack, data := hostileWorld(t)
	out := filepath.Join(t.TempDir(), "export"+evil+".md")
	for _, r := range hostileRuns(pack, badPack, data, out) {
		var stdout, stderr bytes.Buffer
		code := runSafely(context.Background(), r.args, stdio{in: strings.NewReader(r.stdin), out: &stdout, err: &stderr})
		for _, printed := range []string{stdout.String(), stderr.String()} {
			if i := strings.IndexFunc(printed, isTerminalControl); i >= 0 {
				t.Errorf("%q (exit %d) printed %U: %q", r.args, code, []rune(printed[i:])[0], printed)
			}
			if strings.Contains(printed, "\nfake.md:1: all good") || strings.Contains(printed, "crashed") {
				t.Errorf("%q (exit %d): %q", r.args, code, printed)
			}
		}
	}
}

// isTerminalControl reports the characters that make a terminal act
// rather than print (newline and tab aside): those model.Sanitize shows.
func isTerminalControl(r rune) bool { return model.NeedsSanitizing(r) }

// The JSON escapes what would act on a terminal, and keeps every
// character: decoded, a note is exactly what the store holds.
func TestJSONKeepsNotesExact(t *testing.T) {
	pack, _, data := hostileWorld(t)
	out, errOut, code := briefing(t, "notes", "--json", "--content", pack, "--data", data)
	var notes []noteJSON
	if err := json.Unmarshal([]byte(out), &notes); err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, errOut)
	}
	s, _ := personal.Open(data)
	for _, n := range notes {
		if n.Note != s.Note(n.ID) {
			t.Errorf("%s: JSON note %q, stored %q", n.ID, n.Note, s.Note(n.ID))
		}
	}
	if len(notes) != 2 {
		t.Errorf("%d notes", len(notes))
	}
}
