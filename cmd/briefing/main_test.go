package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// briefing runs the command line as a user would and returns what it
// printed and its exit code.
func briefing(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errOut})
	return out.String(), errOut.String(), code
}

func TestListAreas(t *testing.T) {
	out, errOut, code := briefing(t, "list", "areas")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 11 || !strings.HasPrefix(lines[0], "RES ") || !strings.HasPrefix(lines[10], "TRADE ") {
		t.Errorf("list areas printed:\n%s", out)
	}
}

func TestListJSON(t *testing.T) {
	out, _, code := briefing(t, "list", "actions", "--json")
	var items []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &items) != nil || len(items) != 25 {
		t.Fatalf("exit %d, %d items:\n%.300s", code, len(items), out)
	}
	if items[0]["id"] != "RES-1" || items[0]["modality"] == "" {
		t.Errorf("first action: %v", items[0])
	}
}

func TestListUnknown(t *testing.T) {
	_, errOut, code := briefing(t, "list", "things")
	if code != 2 || !strings.Contains(errOut, "areas") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestShowPipedIsMarkdown(t *testing.T) {
	out, errOut, code := briefing(t, "show", "semi-1", "--today", "2026-11-23")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"# ", "**Id:** SEMI-1", "**Modality:** intend to", "**Status:** delivered", "## Sources", "S0 L83"} {
		if !strings.Contains(out, want) {
			t.Errorf("show SEMI-1 lacks %q:\n%s", want, out)
		}
	}
}

func TestShowUnknownSuggests(t *testing.T) {
	_, errOut, code := briefing(t, "show", "SEMI-9")
	if code != 2 || !strings.Contains(errOut, "SEMI-1") {
		t.Errorf("exit %d, stderr %q: want 2 and a suggestion", code, errOut)
	}
}

func TestShowJSONHasProgress(t *testing.T) {
	out, _, code := briefing(t, "show", "HPCQ-4", "--json", "--today", "2026-11-23")
	var v struct {
		Item     map[string]any `json:"item"`
		Progress struct {
			Status   string `json:"status"`
			Evidence []any  `json:"evidence"`
		} `json:"progress"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil {
		t.Fatalf("exit %d: %.300s", code, out)
	}
	if v.Progress.Status != "partly delivered" || len(v.Progress.Evidence) == 0 {
		t.Errorf("HPCQ-4 progress: %+v", v.Progress)
	}
}

func TestStatus(t *testing.T) {
	out, errOut, code := briefing(t, "status", "--today", "2026-11-23")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"HPCQ-4", "partly delivered", "HPCQ-4b\tdelivered late", "SKILLS-2", "no evidence", "could (option)"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q", want)
		}
	}
	if _, _, code := briefing(t, "status", "--area", "NOPE"); code != 2 {
		t.Errorf("status --area NOPE: exit %d, want 2", code)
	}
}

func TestValidateBuiltIn(t *testing.T) {
	out, errOut, code := briefing(t, "validate")
	if code != 0 || !strings.Contains(out, "is valid") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

func TestValidateBrokenDirNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "areas", "SEMI.md"), "---\nid: SEMI\ntitle: T\nsummary: S\norder: x\nshort: S\nname: N\nsources:\n  - S9\n---\n")
	write(t, filepath.Join(dir, "glossary", "GL-X.md"), "---\nid: GL-X\n")
	_, errOut, code := briefing(t, "validate", dir)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, want := range []string{"areas/SEMI.md:5: order: must be a whole number", "areas/SEMI.md:9: sources: \"S9\" is not an id", "glossary/GL-X.md:2: the metadata header is not closed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestContentSymlinkOutsideIsRefused(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	write(t, filepath.Join(outside, "SEMI.md"), "---\nid: SEMI\n---\n")
	if err := os.MkdirAll(filepath.Join(dir, "areas"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "SEMI.md"), filepath.Join(dir, "areas", "SEMI.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, errOut, code := briefing(t, "validate", dir)
	if code != 2 || !strings.Contains(errOut, "areas/SEMI.md") {
		t.Errorf("exit %d, stderr %q: a link out of the directory must be refused", code, errOut)
	}
}

// TestEmptyPackIsRefused: a folder with no items (most likely the wrong
// one) is refused by every verb and by the browser, not shown as a blank
// briefing; a folder with items but no area too.
func TestEmptyPackIsRefused(t *testing.T) {
	empty, noArea := t.TempDir(), t.TempDir()
	write(t, filepath.Join(noArea, "sources", "S0.md"), "---\nid: S0\ntitle: T\nsummary: S\ntype: seed\nlanguage: en\nsources:\n  - S0\n---\n")
	for _, tc := range []struct {
		dir, want string
	}{{empty, "no items: is this the content folder?"}, {noArea, "areas: no area"}} {
		for _, args := range [][]string{{"validate", tc.dir}, {"--content", tc.dir}, {"--content", tc.dir, "--accessible"}, {"--content", tc.dir, "list", "areas"}, {"--content", tc.dir, "search", "x"}} {
			if _, errOut, code := briefing(t, args...); code != 2 || !strings.Contains(errOut, tc.want) {
				t.Errorf("briefing %v: exit %d, stderr %q; want exit 2 and %q", args, code, errOut, tc.want)
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"nosuchverb"}, {"show"}, {"list", "--bogus"}, {"status", "--today", "yesterday"}, {"--content", "/nonexistent", "list", "areas"}} {
		if _, _, code := briefing(t, args...); code != 2 {
			t.Errorf("briefing %v: exit %d, want 2", args, code)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := briefing(t, "version")
	if code != 0 || !strings.Contains(out, "briefing ") || !strings.Contains(out, "commit ") || !strings.Contains(out, "built ") {
		t.Errorf("version printed %q", out)
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
