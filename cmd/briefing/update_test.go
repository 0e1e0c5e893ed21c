package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// editors is what the editors of a test have: a key pair made by the test
// and a copy of the content to change.
type editors struct {
	secret, public, dir string
}

func newEditors(t *testing.T) editors {
	t.Helper()
	keys := t.TempDir()
	e := editors{secret: filepath.Join(keys, "editors.key"), public: filepath.Join(keys, "editors.pub"), dir: filepath.Join(t.TempDir(), "content")}
	ok(t, "pack", "keygen", "--key", e.secret, "--no-password")
	if err := os.CopyFS(e.dir, content.FS()); err != nil {
		t.Fatal(err)
	}
	return e
}

// version stamps the editors' content with a version.
func (e editors) version(t *testing.T, version string) {
	t.Helper()
	write(t, filepath.Join(e.dir, "VERSION"), "version: "+version+"\ndate: 2026-12-01\n")
}

// edit changes the editors' content: a new version, one action changed and
// one glossary item added.
func (e editors) edit(t *testing.T, version string) {
	t.Helper()
	e.version(t, version)
	semi := filepath.Join(e.dir, "actions", "SEMI-1.md")
	text, err := os.ReadFile(semi)
	if err != nil || !strings.Contains(string(text), "**intend to** set up") {
		t.Fatalf("SEMI-1 is not as the test expects: %v", err)
	}
	write(t, semi, strings.Replace(string(text), "**intend to** set up", "**intend to** hold", 1))
	write(t, filepath.Join(e.dir, "glossary", "GL-TEST-NEW.md"),
		"---\nid: GL-TEST-NEW\ntitle: A term the test adds\ncategory: concept\nsummary: Only the test has it.\nsources:\n  - S0 L1\n---\nNew.\n")
}

// pack builds and signs the editors' content.
func (e editors) pack(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "briefing.briefing")
	ok(t, "pack", "build", e.dir, "-o", out, "--key", e.secret)
	return out
}

func TestUpdateRoundTrip(t *testing.T) {
	data := t.TempDir()
	e := newEditors(t)
	ok(t, "--data", data, "list", "areas") // a first start: the briefing as the user has it
	e.edit(t, "9000.2")
	file := e.pack(t)

	if _, errOut, code := briefing(t, "--data", data, "update", file); code != 2 || !strings.Contains(flat(errOut), "not trusted") {
		t.Fatalf("an update signed by a key not yet trusted: exit %d, %s", code, errOut)
	}
	if out := ok(t, "--data", data, "trust", "add", e.public, "--yes"); !strings.Contains(out, "trusted") {
		t.Errorf("trust add: %s", out)
	}
	if out := ok(t, "--data", data, "update", file); !strings.Contains(out, "installed briefing 9000.2") {
		t.Errorf("update: %s", out)
	}

	// The next start: version and the browser's status bar say which
	// briefing is in use, from one description.
	if out := ok(t, "--data", data, "version"); !strings.Contains(out, "content 9000.2") || !strings.Contains(out, "installed pack") {
		t.Errorf("version: %s", out)
	}
	a := &app{io: stdio{out: io.Discard, err: io.Discard}, data: data}
	if got := a.contentInUse().status(); got != "briefing 9000.2, signed update" {
		t.Errorf("the status bar says %q", got)
	}
	var r whatsnew.Report
	if err := json.Unmarshal([]byte(ok(t, "--data", data, "whatsnew", "--json")), &r); err != nil {
		t.Fatal(err)
	}
	var added, changed []string
	for _, k := range r.Kinds {
		for _, c := range k.Added {
			added = append(added, c.ID)
		}
		for _, c := range k.Changed {
			changed = append(changed, c.ID)
		}
		if len(k.Removed) > 0 {
			t.Errorf("removed: %+v", k.Removed)
		}
	}
	if strings.Join(added, ",") != "GL-TEST-NEW" || strings.Join(changed, ",") != "SEMI-1" {
		t.Errorf("added %v, changed %v", added, changed)
	}
	if out := ok(t, "--data", data, "whatsnew"); !strings.Contains(out, "[-set up-]{+hold+}") || !strings.Contains(out, "What's new in briefing 9000.2") {
		t.Errorf("whatsnew:\n%s", out)
	}
	ok(t, "--data", data, "whatsnew", "--mark-read")
	if out := ok(t, "--data", data, "whatsnew"); !strings.HasPrefix(out, "Nothing new") {
		t.Errorf("after --mark-read:\n%s", out)
	}
	if out := ok(t, "--data", data, "update", "--rollback"); !strings.Contains(out, "built-in briefing") {
		t.Errorf("rollback: %s", out)
	}
	if out := ok(t, "--data", data, "version"); !strings.Contains(out, "built in\n") {
		t.Errorf("version after the rollback: %s", out)
	}
	if got := a.contentInUse().status(); got != "briefing "+builtInVersion()+", built in" {
		t.Errorf("the status bar after the rollback says %q", got)
	}
	a.contentDir = e.dir
	if got := a.contentInUse().status(); got != "unsigned content from "+filepath.Base(e.dir) {
		t.Errorf("the status bar with --content says %q", got)
	}
}

func TestUpdateRefusalsExitTwo(t *testing.T) {
	data := t.TempDir()
	e := newEditors(t)
	ok(t, "--data", data, "trust", "add", e.public, "--yes")
	e.edit(t, "9000.2")
	good := e.pack(t)
	unsigned := filepath.Join(t.TempDir(), "unsigned.briefing")
	ok(t, "pack", "build", e.dir, "-o", unsigned)
	truncated := filepath.Join(t.TempDir(), "cut.briefing")
	whole, _ := os.ReadFile(good)
	os.WriteFile(truncated, whole[:len(whole)/2], 0o600)
	stranger := newEditors(t)
	stranger.edit(t, "9000.3")
	ok(t, "--data", data, "update", good)
	e.version(t, "9000.1")
	older := e.pack(t)
	for name, tc := range map[string]struct{ file, want string }{
		"unsigned":    {unsigned, "not signed"},
		"wrong key":   {stranger.pack(t), "not trusted"},
		"truncated":   {truncated, "not a complete briefing pack"},
		"older":       {older, "older than 9000.2"},
		"not a file":  {filepath.Join(t.TempDir(), "none.briefing"), "no such file"},
		"a directory": {e.dir, "directory"},
	} {
		_, errOut, code := briefing(t, "--data", data, "update", tc.file)
		if code != 2 || !strings.Contains(flat(errOut), tc.want) {
			t.Errorf("%s: exit %d, %s", name, code, errOut)
		}
	}
	if out := ok(t, "--data", data, "update", older, "--allow-older"); !strings.Contains(out, "9000.1") {
		t.Errorf("--allow-older: %s", out)
	}
}

func TestUpdatesFolderAtStart(t *testing.T) {
	data := t.TempDir()
	e := newEditors(t)
	ok(t, "--data", data, "trust", "add", e.public, "--yes")
	e.edit(t, "9000.2")
	whole, _ := os.ReadFile(e.pack(t))
	write(t, filepath.Join(data, "updates", "new.briefing"), string(whole))
	cut := filepath.Join(data, "updates", "cut.briefing")
	write(t, cut, string(whole[:100]))
	long := time.Now().Add(-time.Hour)
	os.Chtimes(cut, long, long) // cut short long ago: no copy under way
	_, errOut, code := briefing(t, "--data", data, "list", "areas")
	if code != 0 || !strings.Contains(flat(errOut), "installed briefing 9000.2") || !strings.Contains(flat(errOut), "cut.briefing was refused") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	left, _ := os.ReadDir(filepath.Join(data, "updates"))
	if len(left) != 1 || left[0].Name() != "cut.briefing.refused" {
		t.Errorf("left in updates/: %v", left)
	}
	if out := ok(t, "--data", data, "version"); !strings.Contains(out, "content 9000.2") {
		t.Errorf("version: %s", out)
	}
	if _, errOut, _ := briefing(t, "--data", data, "list", "areas"); errOut != "" {
		t.Errorf("the next start says: %s", errOut)
	}
}

func TestKeygenKeepsKeysSafe(t *testing.T) {
	repo := t.TempDir()
	os.Mkdir(filepath.Join(repo, ".git"), 0o755)
	os.Mkdir(filepath.Join(repo, "keys"), 0o755)
	key := filepath.Join(repo, "keys", "editors.key")
	if _, errOut, code := briefing(t, "pack", "keygen", "--key", key, "--no-password"); code != 2 || !strings.Contains(flat(errOut), "repository") {
		t.Errorf("inside a repository: exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(key); err == nil {
		t.Error("a secret key was written inside a repository")
	}
	e := newEditors(t)
	before, _ := os.ReadFile(e.secret)
	if _, _, code := briefing(t, "pack", "keygen", "--key", e.secret, "--no-password"); code != 2 {
		t.Errorf("over an existing key: exit %d", code)
	}
	after, _ := os.ReadFile(e.secret)
	if string(before) != string(after) {
		t.Error("keygen wrote over a key")
	}
	if info, err := os.Stat(e.secret); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("the secret key's mode: %v", info.Mode())
	}
	if _, errOut, code := briefingIn(t, "", "pack", "sign", "x.briefing", "--key", e.public); code != 2 {
		t.Errorf("signing with a public key: exit %d, %s", code, errOut)
	}
}

func TestPackBuildRefusesProblems(t *testing.T) {
	e := newEditors(t)
	write(t, filepath.Join(e.dir, "glossary", "GL-X.md"), "---\nid: GL-X\n")
	out := filepath.Join(t.TempDir(), "p.briefing")
	_, errOut, code := briefing(t, "pack", "build", e.dir, "-o", out)
	if code != 2 || !strings.Contains(flat(errOut), "glossary/GL-X.md:2") {
		t.Errorf("exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a pack was written of content with problems")
	}
	os.Remove(filepath.Join(e.dir, "glossary", "GL-X.md"))
	os.Remove(filepath.Join(e.dir, "VERSION"))
	if _, errOut, code := briefing(t, "pack", "build", e.dir, "-o", out); code != 2 || !strings.Contains(flat(errOut), "VERSION") {
		t.Errorf("no VERSION: exit %d, %s", code, errOut)
	}
}

func TestDiffDirectoriesAndPacks(t *testing.T) {
	e := newEditors(t)
	old := filepath.Join(t.TempDir(), "old")
	os.CopyFS(old, os.DirFS(e.dir))
	e.edit(t, "9000.2")
	for _, args := range [][]string{{old, e.dir}, {old, e.pack(t)}} {
		out := ok(t, append([]string{"diff"}, args...)...)
		for _, want := range []string{"1 added, 1 changed\n", "changed  SEMI-1", "[-set up-]{+hold+}", "added    GL-TEST-NEW"} {
			if !strings.Contains(out, want) {
				t.Errorf("diff %v lacks %q:\n%s", args, want, out)
			}
		}
	}
	if out := ok(t, "diff", e.dir, e.dir); !strings.Contains(out, "no item differs") {
		t.Errorf("a directory against itself:\n%s", out)
	}
}

func TestTrustListAndRemove(t *testing.T) {
	data := t.TempDir()
	e := newEditors(t)
	if _, _, code := briefingIn(t, "no\n", "--data", data, "trust", "add", e.public); code != 1 {
		t.Errorf("answering no: exit %d", code)
	}
	if _, _, code := briefingIn(t, "y\n", "--data", data, "trust", "add", e.public); code != 0 {
		t.Errorf("answering y: exit %d", code)
	}
	var keys []struct {
		ID      string `json:"id"`
		BuiltIn bool   `json:"built_in"`
	}
	if err := json.Unmarshal([]byte(ok(t, "--data", data, "trust", "list", "--json")), &keys); err != nil || len(keys) != 1 || keys[0].BuiltIn {
		t.Fatalf("%v %v", keys, err)
	}
	ok(t, "--data", data, "trust", "remove", strings.ToLower(keys[0].ID))
	if _, _, code := briefing(t, "--data", data, "trust", "remove", keys[0].ID); code != 2 {
		t.Errorf("removing it twice: exit %d", code)
	}
	if _, _, code := briefing(t, "--data", data, "trust", "remove", "not-a-key"); code != 2 {
		t.Errorf("a bad id: exit %d", code)
	}
}

func TestWhatsnewIsForTheBriefingInUse(t *testing.T) {
	if _, _, code := briefing(t, "--content", "../../content", "whatsnew"); code != 2 {
		t.Errorf("whatsnew --content: exit %d", code)
	}
	if _, errOut, code := briefing(t, "whatsnew", "--since", "1999.1"); code != 2 || !strings.Contains(flat(errOut), "not on this laptop") {
		t.Errorf("--since a version that is not here: exit %d, %s", code, errOut)
	}
}

// flat joins the words of an error message: a message on a terminal (or a
// buffer) is styled and wrapped.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestNoteOnAChangedItem: a note written before an update on an item the
// update changed is flagged in `notes`, `note`, `agenda` and an export, until the
// note is written again; a note on an item that did not change is not.
func TestNoteOnAChangedItem(t *testing.T) {
	data := t.TempDir()
	e := newEditors(t)
	ok(t, "--data", data, "note", "SEMI-1", "Ask about the forum.")
	ok(t, "--data", data, "note", "SEMI-2", "Unchanged item.")
	ok(t, "--data", data, "agenda", "add", "SEMI-1", "SEMI-2")
	e.edit(t, "9000.2") // changes SEMI-1
	ok(t, "--data", data, "trust", "add", e.public, "--yes")
	ok(t, "--data", data, "update", e.pack(t))

	flagged := func() []string {
		var notes []noteJSON
		if err := json.Unmarshal([]byte(ok(t, "--data", data, "notes", "--json")), &notes); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range notes {
			if n.ItemChanged {
				ids = append(ids, n.ID)
			}
		}
		return ids
	}
	if got := flagged(); strings.Join(got, ",") != "SEMI-1" {
		t.Errorf("flagged in notes --json: %v", got)
	}
	if out := ok(t, "--data", data, "notes"); !strings.Contains(out, "(item changed since your note) Ask about the forum.") ||
		strings.Contains(out, "(item changed since your note) Unchanged") {
		t.Errorf("notes:\n%s", out)
	}
	out, errOut, code := briefing(t, "--data", data, "note", "SEMI-1")
	if code != 0 || out != "Ask about the forum.\n" || !strings.Contains(flat(errOut), "SEMI-1: item changed since your note") {
		t.Errorf("note SEMI-1: exit %d, %q, %q", code, out, errOut)
	}
	if out := ok(t, "--data", data, "agenda"); strings.Count(out, "(item changed since your note)") != 1 {
		t.Errorf("agenda:\n%s", out)
	}
	if out := ok(t, "--data", data, "export", "SEMI-1", "SEMI-2", "--notes"); strings.Count(out, "*(item changed since your note)*") != 1 {
		t.Errorf("export:\n%s", out)
	}
	// With --content there is no telling: nothing is flagged.
	if out := ok(t, "--data", data, "--content", e.dir, "notes"); strings.Contains(out, "item changed") {
		t.Errorf("notes --content:\n%s", out)
	}

	ok(t, "--data", data, "note", "SEMI-1", "Ask about the forum, held now.")
	if got := flagged(); len(got) != 0 {
		t.Errorf("flagged after the note was written again: %v", got)
	}
}
