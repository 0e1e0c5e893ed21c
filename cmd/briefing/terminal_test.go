package main

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// tmux drives the real binary in a private tmux server: a real terminal
// with sizes, resizes and colours, as people run it.
type tmux struct {
	t      *testing.T
	sock   string
	status string // a file the exit status is written to
}

func startTmux(t *testing.T, exe string, cols, rows int, env ...string) *tmux {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("no tmux")
	}
	data := t.TempDir()
	tm := &tmux{t: t, sock: fmt.Sprintf("briefing-test-%d-%d", os.Getpid(), time.Now().UnixNano()), status: data + "/status"}
	args := []string{"-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", fmt.Sprint(cols), "-y", fmt.Sprint(rows),
		"env", "-i", "PATH=" + os.Getenv("PATH"), "HOME=" + data, "LANG=C.UTF-8", "TERM=xterm-256color", "COLORTERM=truecolor"}
	args = append(args, env...)
	// sh records the exit status: tmux can take its time to notice that a
	// pane's process has ended.
	args = append(args, "STATUS="+tm.status, "sh", "-c", `"$0" "$@"; echo $? >"$STATUS"`,
		exe, "--today", "2026-11-23", "--theme", "dark", "--data", data)
	tm.run(args...)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.sock, "kill-server").Run() })
	tm.waitScreen("the first frame", func(lines []string) bool { return drawn(lines, cols, rows, "Areas ›") })
	return tm
}

func (tm *tmux) run(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.sock}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (tm *tmux) capture(colours bool) string {
	args := []string{"capture-pane", "-t", "t", "-p"}
	if colours {
		args = append(args, "-e")
	}
	return tm.run(args...)
}

// tmuxDeadline is how long a tmux test waits for the program: generous,
// because CI's two cores are often busy. A passing test waits only as long
// as the program needs.
const tmuxDeadline = 60 * time.Second

// waitScreen waits until the screen (one string a line) is in the state ok
// describes, and returns it. The state must be the one wanted, not a word
// that an earlier frame may show too: a frame for the right size (drawn),
// the right view (by its breadcrumb), then the text.
func (tm *tmux) waitScreen(what string, ok func(lines []string) bool) []string {
	tm.t.Helper()
	deadline := time.Now().Add(tmuxDeadline)
	for {
		lines := strings.Split(strings.TrimSuffix(tm.capture(false), "\n"), "\n")
		if ok(lines) {
			return lines
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("gave up after %v waiting for %s; the screen is:\n%s", tmuxDeadline, what, strings.Join(lines, "\n"))
		}
		time.Sleep(100 * time.Millisecond) // a poll: the deadline bounds the wait
	}
}

// drawn reports whether the screen is a whole frame drawn for cols x rows:
// the tabs on the first line, the panes' borders closing at the right edge
// on the second line and third from last, breadcrumb (the view and item
// shown) starting the line below, the status bar's "? help" ending the last.
func drawn(lines []string, cols, rows int, breadcrumb string) bool {
	// A corner of any border: rounded, square, or heavy for the focused pane
	// without colour.
	edge := func(line, corners string) bool {
		last, _ := utf8.DecodeLastRuneInString(line)
		return strings.ContainsRune(corners, last) && ansi.StringWidth(line) == cols
	}
	return rows >= 4 && len(lines) == rows && strings.HasPrefix(lines[0], " 1 Areas") &&
		edge(lines[1], "╮┐┓") && edge(lines[rows-3], "╯┘┛") &&
		strings.HasPrefix(lines[rows-2], " "+breadcrumb) && strings.HasSuffix(lines[rows-1], "? help")
}

// exitStatus waits for the program to end and returns its exit status.
func (tm *tmux) exitStatus() string {
	tm.t.Helper()
	deadline := time.Now().Add(tmuxDeadline)
	for {
		if st, err := os.ReadFile(tm.status); err == nil && len(st) > 0 {
			return strings.TrimSpace(string(st))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the program did not end within %v:\n%s", tmuxDeadline, tm.capture(false))
		}
		time.Sleep(100 * time.Millisecond) // a poll: the deadline bounds the wait
	}
}

// sgrColour matches a colour in an SGR sequence: 30-37, 38;..., 39 is
// the default and allowed, 40-47, 48;..., 90-97, 100-107.
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;m])`)

func TestTerminalNoColor(t *testing.T) {
	exe := buildBriefing(t, "")
	tm := startTmux(t, exe, 120, 36, "NO_COLOR=1")
	tm.run("send-keys", "-t", "t", "7") // the tracker, which colours statuses
	tm.waitScreen("the tracker", func(lines []string) bool {
		return drawn(lines, 120, 36, "Tracker ›") && strings.Contains(strings.Join(lines, "\n"), "no evidence")
	})
	if screen := tm.capture(true); sgrColour.MatchString(screen) {
		t.Errorf("NO_COLOR: colour on screen: %q", sgrColour.FindString(screen))
	}
	// Without NO_COLOR there is colour: the check above can fail.
	tm2 := startTmux(t, exe, 120, 36)
	if screen := tm2.capture(true); !sgrColour.MatchString(screen) {
		t.Errorf("no colour without NO_COLOR either; the check is broken:\n%q", screen[:min(len(screen), 400)])
	}
	tm.run("send-keys", "-t", "t", "q")
	if st := tm.exitStatus(); st != "0" {
		t.Errorf("exit status %s", st)
	}
}

// TestTerminalResizeBurst resizes the real program's terminal as fast as
// tmux can, from 1x1 to 400x120: it keeps running, draws the right screen
// once the size settles, and quits cleanly.
func TestTerminalResizeBurst(t *testing.T) {
	exe := buildBriefing(t, "")
	tm := startTmux(t, exe, 120, 40)
	sizes := [][2]int{{1, 1}, {400, 120}, {20, 5}, {80, 24}, {2, 50}, {300, 10}, {59, 19}, {1, 120}, {400, 1}, {133, 37}}
	for range 5 {
		for _, s := range sizes {
			tm.run("resize-window", "-t", "t", "-x", fmt.Sprint(s[0]), "-y", fmt.Sprint(s[1]))
		}
	}
	tm.run("resize-window", "-t", "t", "-x", "100", "-y", "30")
	// The program must end up drawing the 100x30 layout; until it has read
	// the last size its frames do not fit the pane.
	tm.waitScreen("the 100x30 layout", func(lines []string) bool { return drawn(lines, 100, 30, "Areas ›") })
	tm.run("send-keys", "-t", "t", "q")
	if st := tm.exitStatus(); st != "0" {
		t.Errorf("exit status %s after the resizes:\n%s", st, tm.capture(false))
	}
}
