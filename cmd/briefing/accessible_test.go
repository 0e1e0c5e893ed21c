package main

import (
	"bytes"
	"context"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/ui/guard"
)

// briefingWithInput runs the command line with answers on standard input.
func briefingWithInput(t *testing.T, input string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, stdio{in: strings.NewReader(input), out: &out, err: &errOut})
	return out.String(), errOut.String(), code
}

func TestAccessibleFlag(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	out, errOut, code := briefingWithInput(t, "1\n2\nq\n", "--accessible", "--today", "2026-11-23")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Accessible mode", "1. Priority areas", "SEMI, area: Semiconductors.", "Goodbye."} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%.800s", want, out)
		}
	}
	if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
		t.Errorf("control character in the accessible mode's output at %d", i)
	}
}

func TestDumbTerminalChoosesAccessible(t *testing.T) {
	t.Setenv("TERM", "dumb")
	out, errOut, code := briefingWithInput(t, "q\n")
	if code != 0 || !strings.Contains(out, "Accessible mode") {
		t.Fatalf("TERM=dumb briefing: exit %d, stdout %.300q, stderr %q", code, out, errOut)
	}
	// --accessible=false insists on the full-screen browser, which needs a terminal.
	if _, errOut, code := briefingWithInput(t, "q\n", "--accessible=false"); code != 2 || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("TERM=dumb briefing --accessible=false: exit %d, %q", code, errOut)
	}
	// Without TERM=dumb and without a terminal, the full-screen browser refuses.
	t.Setenv("TERM", "xterm")
	if _, errOut, code := briefingWithInput(t, "q\n"); code != 2 || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("piped briefing: exit %d, %q", code, errOut)
	}
}

func TestAccessibleOpen(t *testing.T) {
	out, errOut, code := briefingWithInput(t, "b\nq\n", "open", "dpc-4", "--accessible", "--today", "2026-11-23")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if i, j := strings.Index(out, "DPC-4, Council"), strings.Index(out, "Main menu."); i < 0 || j < i {
		t.Errorf("open DPC-4 should start on DPC-4, then b goes to the menu:\n%.600s", out)
	}
	if _, _, code := briefingWithInput(t, "q\n", "open", "NOPE-9", "--accessible"); code != 2 {
		t.Errorf("an unknown id: exit %d, want 2", code)
	}
}

func TestAccessibleHostilePack(t *testing.T) {
	out, errOut, code := briefingWithInput(t, "GL-EVIL\ns evil\n1\nq\n", "--accessible", "--content", hostilePack)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
		t.Errorf("control character %U reached the output", []rune(out[i:])[0])
	}
}

func TestCrashReport(t *testing.T) {
	var crash *guard.PanicError
	func() {
		defer func() { crash = &guard.PanicError{Value: recover(), Stack: debug.Stack()} }()
		var m map[string]int
		//lint:ignore SA5000 the report is of a real runtime panic
		m["x"] = 1
	}()
	var errOut bytes.Buffer
	cmd := &cobra.Command{}
	cmd.SetErr(&errOut)
	code := exitCode(browseFailed(cmd, crash))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := "briefing " + buildInfo().Version + " crashed: assignment to entry in nil map; please report it with this message\ncommit "
	if !strings.HasPrefix(errOut.String(), want) {
		t.Errorf("report:\n%s\nwant it to start with\n%s", errOut.String(), want)
	}
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if len(lines) < 3 || len(lines) > 2+crashFrames || !strings.Contains(lines[2], "TestCrashReport") {
		t.Errorf("the stack should start at the panicking function, within %d frames:\n%s", crashFrames, errOut.String())
	}
}

// panicky is a writer that panics, to make a verb panic.
type panicky struct{}

func (panicky) Write([]byte) (int, error) { panic("the disk is on fire\x1b[2J") }

func TestPanicInAVerbIsReported(t *testing.T) {
	var errOut bytes.Buffer
	code := runSafely(context.Background(), []string{"list", "areas"}, stdio{in: strings.NewReader(""), out: panicky{}, err: &errOut})
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), "crashed: the disk is on fire␛[2J; please report it") {
		t.Errorf("report:\n%s", errOut.String())
	}
	if strings.Contains(errOut.String(), "\x1b") {
		t.Error("the report carries an escape character")
	}
}
