package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// briefingIn runs the command line with stdin.
func briefingIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, stdio{in: strings.NewReader(stdin), out: &out, err: &errOut})
	return out.String(), errOut.String(), code
}

// ok runs a command that must succeed.
func ok(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := briefing(t, args...)
	if code != 0 {
		t.Fatalf("briefing %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func TestNoteSetShowClear(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "note", "semi-1", "Raise the timetable;", "they said March.")
	if out := ok(t, "--data", data, "note", "SEMI-1"); out != "Raise the timetable; they said March.\n" {
		t.Errorf("note SEMI-1 printed %q", out)
	}
	ok(t, "--data", data, "note", "SEMI-1", "--clear")
	if _, _, code := briefing(t, "--data", data, "note", "SEMI-1"); code != 1 {
		t.Errorf("a missing note: exit %d, want 1", code)
	}
	if _, errOut, code := briefing(t, "--data", data, "note", "SEMI-1", ""); code != 2 || !strings.Contains(errOut, "--clear") {
		t.Errorf("an empty note: exit %d %q", code, errOut)
	}
}

func TestNoteFromStdin(t *testing.T) {
	data := t.TempDir()
	note := "# What to raise\n\n## First\n\n- the *timetable*\n"
	if _, errOut, code := briefingIn(t, note, "--data", data, "note", "HPCQ-4", "-"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if out := ok(t, "--data", data, "note", "hpcq-4"); out != strings.TrimSpace(note)+"\n" {
		t.Errorf("the note came back as %q", out)
	}
	file, _ := os.ReadFile(filepath.Join(data, "notes.md"))
	if !strings.Contains(string(file), "## HPCQ-4\n") || !strings.Contains(string(file), "\\## First") {
		t.Errorf("notes.md:\n%s", file)
	}
}

func TestPersonalUnknownIDSuggests(t *testing.T) {
	data := t.TempDir()
	for _, args := range [][]string{{"note", "SEMI-9", "x"}, {"flag", "SEMI-9"}, {"agenda", "add", "SEMI-9"}, {"export", "SEMI-9"}} {
		_, errOut, code := briefing(t, append([]string{"--data", data}, args...)...)
		if code != 2 || !strings.Contains(errOut, "SEMI-1") {
			t.Errorf("%v: exit %d, stderr %q: want 2 and a suggestion", args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(data, "notes.md")); err == nil {
		t.Error("a refused command wrote the notes file")
	}
}

func TestFlagsAndNotesList(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "flag", "SEMI-1", "ai-1")
	ok(t, "--data", data, "unflag", "AI-1")
	ok(t, "--data", data, "note", "HPCQ-4", "**Ask** about [the call](https://example.org/c)")
	out := ok(t, "--data", data, "notes")
	if !strings.Contains(out, "Ask about the call") {
		t.Errorf("notes shows the note's Markdown, not its text:\n%s", out)
	}
	// The marks column is the agenda's: ★ for a flag, ✎ for a note.
	if !strings.Contains(out, "★   SEMI-1") || !strings.Contains(out, " ✎  HPCQ-4") || strings.Contains(out, "AI-1") {
		t.Errorf("notes printed:\n%s", out)
	}
	var list []noteJSON
	if err := json.Unmarshal([]byte(ok(t, "--data", data, "notes", "--json")), &list); err != nil || len(list) != 2 {
		t.Fatalf("notes --json: %v %+v", err, list)
	}
	if list[1].ID != "SEMI-1" || !list[1].Flag || list[1].Title == "" || list[0].Note != "**Ask** about [the call](https://example.org/c)" {
		t.Errorf("notes --json: %+v", list)
	}
}

func TestOrphanNotesKeptAndMarked(t *testing.T) {
	data := t.TempDir()
	text := "# Agenda\n\n1. GONE-7\n\n# Notes\n\n## GONE-7\nflag: yes\n\nwords on an item that was removed\n"
	if err := os.WriteFile(filepath.Join(data, "notes.md"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ok(t, "--data", data, "note", "SEMI-1", "new")
	var list []noteJSON
	_ = json.Unmarshal([]byte(ok(t, "--data", data, "notes", "--json")), &list)
	if len(list) != 2 || list[0].ID != "GONE-7" || !list[0].Orphan || list[0].Note != "words on an item that was removed" {
		t.Errorf("notes --json: %+v", list)
	}
	if out := ok(t, "--data", data, "note", "gone-7"); !strings.Contains(out, "removed") {
		t.Errorf("an orphan's note cannot be read: %q", out)
	}
	if out := ok(t, "--data", data, "agenda"); !strings.Contains(out, "not in the briefing") {
		t.Errorf("agenda:\n%s", out)
	}
}

func TestAgenda(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "agenda", "add", "SEMI-1", "HPCQ-4", "AI-1", "DPC-3", "RES-1")
	ok(t, "--data", data, "agenda", "mv", "ai-1", "1")
	ok(t, "--data", data, "agenda", "rm", "DPC-3")
	var list []noteJSON
	if err := json.Unmarshal([]byte(ok(t, "--data", data, "agenda", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range list {
		got = append(got, n.ID)
	}
	if strings.Join(got, " ") != "AI-1 SEMI-1 HPCQ-4 RES-1" || list[0].Position != 1 {
		t.Errorf("agenda %v", got)
	}
	out := ok(t, "--data", data, "agenda", "list")
	if !strings.HasPrefix(out, "1.  AI-1") {
		t.Errorf("agenda list:\n%s", out)
	}
	for _, bad := range [][]string{{"agenda", "mv", "AI-1", "0"}, {"agenda", "mv", "DPC-3", "1"}, {"agenda", "rm", "DPC-3"}, {"agenda", "shuffle"}} {
		if _, _, code := briefing(t, append([]string{"--data", data}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

func TestCorruptNotesWarnAndGoOn(t *testing.T) {
	data := t.TempDir()
	path := filepath.Join(data, "notes.md")
	if err := os.WriteFile(path, []byte("not the format\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := briefing(t, "--data", data, "note", "SEMI-1", "fresh")
	if code != 0 || !strings.Contains(errOut, "notes.md.kept-") || !strings.Contains(errOut, "line 1") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	matches, _ := filepath.Glob(path + ".kept-*")
	if len(matches) != 1 {
		t.Fatalf("kept aside: %v", matches)
	}
	if kept, _ := os.ReadFile(matches[0]); string(kept) != "not the format\n" {
		t.Errorf("kept %q", kept)
	}
	if now, _ := os.ReadFile(path); !strings.Contains(string(now), "\nnot the format\n") || !strings.Contains(string(now), "fresh") {
		t.Errorf("the line was not kept in the file:\n%s", now)
	}
	// Said once: the next command reads the file without a word.
	if _, errOut, _ := briefing(t, "--data", data, "notes"); errOut != "" {
		t.Errorf("said again: %q", errOut)
	}
}

func TestExportAgendaHTMLToFile(t *testing.T) {
	data := t.TempDir()
	ok(t, "--data", data, "agenda", "add", "SEMI-1", "HPCQ-4")
	ok(t, "--data", data, "note", "SEMI-1", "<script>alert(1)</script>\n\n**raise** it")
	file := filepath.Join(t.TempDir(), "brief.html")
	if err := os.WriteFile(file, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	// M4: an existing file is replaced only with --force, keeping its mode.
	args := []string{"--data", data, "--today", "2026-03-01", "export", "--agenda", "--notes", "-o", file}
	if _, errOut, code := briefing(t, args...); code != 2 || !strings.Contains(errOut, "--force") {
		t.Errorf("over an existing file: exit %d, %q", code, errOut)
	}
	if old, _ := os.ReadFile(file); string(old) != "old" {
		t.Fatal("the file was replaced without --force")
	}
	ok(t, append(args, "--force")...)
	if info, _ := os.Stat(file); runtime.GOOS != "windows" && info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v after --force, want the old 0640", info.Mode().Perm())
	}
	if _, errOut, code := briefing(t, "export", "SEMI-1", "-o", t.TempDir(), "--force"); code != 2 || !strings.Contains(errOut, "directory") {
		t.Errorf("-o a directory: exit %d, %q", code, errOut)
	}
	page, _ := os.ReadFile(file)
	for _, want := range []string{"<!DOCTYPE html>", "SEMI-1", "HPCQ-4", "<strong>raise</strong>", "1 March 2026", "Sources"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(string(page), "<script>") {
		t.Error("the page has a script")
	}
}

func TestExportMarkdownAreaAndIDs(t *testing.T) {
	out := ok(t, "--today", "2026-03-01", "export", "--area", "AI", "SEMI-1", "--format", "md", "--title", "AI")
	if !strings.HasPrefix(out, "# AI\n") || !strings.Contains(out, "## 1. ") || !strings.Contains(out, "**AI-1** · joint action") ||
		!strings.Contains(out, "## Sources") || strings.Contains(out, "Your note") {
		t.Errorf("export printed:\n%s", out)
	}
	if strings.Index(out, "**SEMI-1**") > strings.Index(out, "**AI-1**") {
		t.Error("ids given come first")
	}
	if _, _, code := briefing(t, "export"); code != 2 {
		t.Errorf("export with nothing chosen: exit %d", code)
	}
	if _, _, code := briefing(t, "export", "SEMI-1", "--format", "pdf"); code != 2 {
		t.Errorf("export --format pdf: exit %d", code)
	}
	if _, _, code := briefing(t, "export", "--area", "SEMI-1"); code != 2 {
		t.Errorf("export --area with an action: exit %d", code)
	}
}
