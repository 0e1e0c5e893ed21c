package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
)

// buildBriefing builds the command into a temporary directory, as a
// release or `go install` would, and returns the executable's path.
func buildBriefing(t *testing.T, ldflags string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	exe := filepath.Join(t.TempDir(), "briefing")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	args := []string{"build", "-o", exe}
	if ldflags != "" {
		args = append(args, "-ldflags", ldflags)
	}
	out, err := exec.Command("go", append(args, ".")...).CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// TestVersionFromLdflags: a release build says what goreleaser's ldflags
// set, the same way for `version` and `--version`; `version` then says
// which content is in use.
func TestVersionFromLdflags(t *testing.T) {
	exe := buildBriefing(t, "-X main.version=v1.2.3 -X main.commit=abc -X main.date=2026-11-23")
	want := "briefing v1.2.3\ncommit abc\nbuilt 2026-11-23\n"
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		out, err := exec.Command(exe, args...).Output()
		if args[0] == "version" && strings.HasPrefix(string(out), want) {
			out = out[:len(want)]
		}
		if err != nil || string(out) != want {
			t.Errorf("briefing %s: %v\n%q\nwant\n%q", strings.Join(args, " "), err, out, want)
		}
	}
}

// TestVersionAgrees: without ldflags (go install, go build), `version` and
// `--version` print the same three lines, from the build info; `version`
// adds a line on the content in use.
func TestVersionAgrees(t *testing.T) {
	a, _, code1 := briefing(t, "version")
	b, _, code2 := briefing(t, "--version")
	if code1 != 0 || code2 != 0 || !strings.HasPrefix(a, b) {
		t.Fatalf("version (exit %d):\n%s\n--version (exit %d):\n%s", code1, a, code2, b)
	}
	lines := strings.Split(strings.TrimSuffix(a, "\n"), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "briefing ") || !strings.HasPrefix(lines[1], "commit ") || !strings.HasPrefix(lines[2], "built ") ||
		!strings.HasPrefix(lines[3], "content ") {
		t.Errorf("version printed:\n%s", a)
	}
}

// TestVersionJSON: version --json gives the build, the Go version and the
// content in use: where it comes from, its own version and its items.
func TestVersionJSON(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "VERSION"), "version: 3.1\ndate: 2026-11-30\n")
	write(t, filepath.Join(dir, "areas", "SEMI.md"), "---\nid: SEMI\ntitle: T\nsummary: S\norder: 1\nshort: S\nname: N\nsources:\n  - S0\n---\n")
	write(t, filepath.Join(dir, "sources", "S0.md"), "---\nid: S0\ntitle: T\nsummary: S\ntype: seed\nlanguage: en\nsources:\n  - S0\n---\n")
	builtin, err := pack.ReadStamp(content.FS())
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		args    []string
		want    contentInfo
		minimum int // items at least, for the built-in content
	}{
		{[]string{"version", "--json"}, contentInfo{Source: "built-in", Version: builtin.Version, Date: builtin.Date, BuiltIn: builtin.Version}, 200},
		{[]string{"--content", dir, "version", "--json"}, contentInfo{Source: "directory", Directory: dir, Version: "3.1", Date: "2026-11-30", Items: 2, BuiltIn: builtin.Version}, 0},
	} {
		out, errOut, code := briefing(t, tc.args...)
		if code != 0 {
			t.Fatalf("briefing %v: exit %d: %s", tc.args, code, errOut)
		}
		var v versionReport
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("briefing %v: %v\n%s", tc.args, err, out)
		}
		bi := buildInfo()
		if v.Version != bi.Version || v.Commit != bi.Commit || v.Date != bi.Date || v.Go != runtime.Version() || v.OS != runtime.GOOS || v.Arch != runtime.GOARCH {
			t.Errorf("briefing %v: build facts %+v", tc.args, v)
		}
		got := v.Content
		if tc.minimum > 0 {
			if got.Items < tc.minimum {
				t.Errorf("briefing %v: the built-in content has %d items", tc.args, got.Items)
			}
			got.Items = 0
		}
		if got != tc.want {
			t.Errorf("briefing %v: content %+v, want %+v", tc.args, got, tc.want)
		}
	}
}

// TestCompletions: fang's completion command writes a script for each shell
// the release archives ship.
func TestCompletions(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		out, errOut, code := briefing(t, "completion", shell)
		if code != 0 || len(out) < 1000 || !strings.Contains(out, "briefing") {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q", shell, code, len(out), errOut)
		}
	}
}

// TestManPage: `briefing man` (fang's, which writes to the process's
// standard output) generates a man page from the command tree.
func TestManPage(t *testing.T) {
	exe := buildBriefing(t, "")
	out, err := exec.Command(exe, "man").Output()
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	for _, want := range []string{".TH BRIEFING 1", ".SH NAME", "--accessible", "--content", "search", "validate"} {
		if !strings.Contains(page, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
}

// TestRunsWithoutNetwork runs the binary in a network namespace with no
// interfaces but a loopback that is down (unshare -n): the briefing is
// offline by construction, so every verb works the same there. Skipped
// where namespaces are not permitted.
func TestRunsWithoutNetwork(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("network namespaces are Linux's")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare")
	}
	var prefix []string
	for _, try := range [][]string{{unshare, "-n"}, {unshare, "-r", "-n"}} {
		if exec.Command(try[0], append(try[1:], "true")...).Run() == nil {
			prefix = try
			break
		}
	}
	if prefix == nil {
		t.Skip("unshare -n is not permitted here")
	}
	exe := buildBriefing(t, "")
	// The namespace really has no network: only lo, and it is down.
	dev, err := exec.Command(prefix[0], append(prefix[1:], "cat", "/proc/net/dev")...).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(dev), "\n")[2:] {
		if name, _, ok := strings.Cut(strings.TrimSpace(line), ":"); ok && name != "lo" {
			t.Fatalf("the namespace has interface %s:\n%s", name, dev)
		}
	}
	home := t.TempDir() // notes and flags live here, not in the real home
	for _, tc := range []struct {
		args  []string
		input string
		want  string
	}{
		{[]string{"list", "areas"}, "", "SEMI "},
		{[]string{"show", "DPC-4", "--today", "2026-11-23"}, "", "# 4th Digital Partnership Council"},
		{[]string{"search", "codeweek"}, "", "SKILLS-2"},
		{[]string{"status", "--today", "2026-11-23"}, "", "HPCQ-4"},
		{[]string{"--accessible", "--today", "2026-11-23"}, "5\ncodeweek\n1\nq\n", "SKILLS-2, joint action"},
	} {
		cmd := exec.Command(prefix[0], append(append(prefix[1:], exe), tc.args...)...)
		cmd.Env = append(os.Environ(), "HOME="+home, "XDG_DATA_HOME="+home, "NO_COLOR=1")
		cmd.Stdin = strings.NewReader(tc.input)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("unshare -n briefing %s: %v\n%s", strings.Join(tc.args, " "), err, stderr.String())
			continue
		}
		if !strings.Contains(stdout.String(), tc.want) {
			t.Errorf("unshare -n briefing %s: no %q in\n%.500s", strings.Join(tc.args, " "), tc.want, stdout.String())
		}
		// The same output as with the network.
		var outside bytes.Buffer
		same := exec.Command(exe, tc.args...)
		same.Env, same.Stdin, same.Stdout = cmd.Env, strings.NewReader(tc.input), &outside
		if err := same.Run(); err != nil || outside.String() != stdout.String() {
			t.Errorf("briefing %s prints differently without the network (%v)", strings.Join(tc.args, " "), err)
		}
	}
}
