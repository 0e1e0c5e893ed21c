package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestPTYShell is not a test: it is the shell of the signal tests. Run with
// BRIEFING_PTY_SHELL set, it leads a session on a pseudo-terminal and runs
// briefing as its foreground job, in a process group of its own, as a
// shell does, so that job control (SIGTSTP) works as it does for users.
func TestPTYShell(t *testing.T) {
	spec := os.Getenv("BRIEFING_PTY_SHELL")
	if spec == "" {
		t.Skip("the helper of the signal tests")
	}
	var argv []string
	dir := os.Getenv("BRIEFING_PTY_DIR")
	if err := json.Unmarshal([]byte(spec), &argv); err != nil {
		os.Exit(3)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Foreground: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		os.Exit(3)
	}
	_ = os.WriteFile(filepath.Join(dir, "pid"), []byte(strconv.Itoa(cmd.Process.Pid)), 0o600)
	_ = cmd.Wait()
	_ = os.WriteFile(filepath.Join(dir, "code"), []byte(strconv.Itoa(cmd.ProcessState.ExitCode())), 0o600)
	os.Exit(0)
}

// session is briefing running on a pseudo-terminal under TestPTYShell.
type session struct {
	*pty
	pid   int
	shell *exec.Cmd
	dir   string
}

func startSession(t *testing.T, exe string, args ...string) *session {
	t.Helper()
	p := openPTY(t)
	dir := t.TempDir()
	argv, _ := json.Marshal(append([]string{exe, "--today", "2026-11-23", "--theme", "dark", "--data", dir}, args...))
	shell := exec.Command(os.Args[0], "-test.run=^TestPTYShell$")
	shell.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "LANG=C.UTF-8", "TERM=xterm-256color",
		"BRIEFING_PTY_SHELL=" + string(argv), "BRIEFING_PTY_DIR=" + dir}
	shell.Stdin, shell.Stdout, shell.Stderr = p.slave, p.slave, p.slave
	shell.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := shell.Start(); err != nil {
		t.Fatal(err)
	}
	s := &session{pty: p, shell: shell, dir: dir}
	t.Cleanup(func() {
		if s.pid > 0 {
			_ = syscall.Kill(s.pid, syscall.SIGKILL)
		}
		_ = shell.Process.Kill()
		_ = shell.Wait()
	})
	waitUntil(t, "briefing has started", func() bool {
		data, err := os.ReadFile(filepath.Join(dir, "pid"))
		s.pid, _ = strconv.Atoi(string(data))
		return err == nil && s.pid > 0
	})
	return s
}

// exitCode waits for briefing to end and returns its exit code.
func (s *session) exitCode(t *testing.T) int {
	t.Helper()
	waitUntil(t, "briefing has ended", func() bool {
		_, err := os.Stat(filepath.Join(s.dir, "code"))
		return err == nil
	})
	data, _ := os.ReadFile(filepath.Join(s.dir, "code"))
	code, _ := strconv.Atoi(string(data))
	s.pid = 0
	return code
}

// onAltScreen reports whether the program's output leaves the terminal on
// the alternate screen.
func (s *session) onAltScreen() bool { return privateModes(s.output())[1049] == 'h' }

var privateMode = regexp.MustCompile(`\x1b\[\?([0-9;]+)([hl])`)

// privateModes replays the DEC private modes (alternate screen 1049,
// cursor 25, mouse 1000-1006, bracketed paste 2004 ...) set and reset in
// out, and returns the last state of each: 'h' set, 'l' reset.
func privateModes(out []byte) map[int]byte {
	modes := map[int]byte{}
	for _, m := range privateMode.FindAllSubmatch(out, -1) {
		for _, n := range strings.Split(string(m[1]), ";") {
			k, _ := strconv.Atoi(n)
			modes[k] = m[2][0]
		}
	}
	return modes
}

// assertRestored checks that the output leaves every mode the program set
// as the terminal had it (the cursor shown, everything else reset) and
// that the line settings are those before the program.
func assertRestored(t *testing.T, out []byte, before, after syscall.Termios) {
	t.Helper()
	for mode, state := range privateModes(out) {
		want := byte('l')
		if mode == 25 { // the cursor: shown
			want = 'h'
		}
		if state != want {
			t.Errorf("mode ?%d left %c, want %c", mode, state, want)
		}
	}
	if before.Lflag != after.Lflag || before.Iflag != after.Iflag || before.Oflag != after.Oflag {
		t.Errorf("the terminal's line settings were not restored: lflag %#x→%#x iflag %#x→%#x", before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
}

// L7: every signal that ends the browser restores the terminal: the
// alternate screen left, the cursor shown, mouse reporting off, cooked
// mode; and the exit code says which signal it was.
func TestSignalsRestoreTheTerminal(t *testing.T) {
	exe := buildBriefing(t, "")
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			s := startSession(t, exe)
			before := s.termios(t)
			waitUntil(t, "the browser is on the alternate screen", s.onAltScreen)
			if err := syscall.Kill(s.pid, sig); err != nil {
				t.Fatal(err)
			}
			if code := s.exitCode(t); code != 128+int(sig) {
				t.Errorf("exit code %d, want %d", code, 128+int(sig))
			}
			after := s.termios(t)
			assertRestored(t, s.drain(t), before, after)
		})
	}
}

// L7: SIGTSTP from outside (kill -TSTP, a shell's job control) hands the
// terminal back while stopped, and after SIGCONT the browser takes keys
// again without waiting for Enter.
func TestSuspendAndResume(t *testing.T) {
	exe := buildBriefing(t, "")
	s := startSession(t, exe)
	before := s.termios(t)
	waitUntil(t, "the browser is on the alternate screen", s.onAltScreen)
	raw := s.termios(t)
	if raw.Lflag&syscall.ICANON != 0 {
		t.Fatal("the browser is not in raw mode")
	}
	if err := syscall.Kill(s.pid, syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "briefing is stopped", func() bool { return processState(s.pid) == 'T' })
	if got := s.termios(t); got.Lflag != before.Lflag {
		t.Errorf("while stopped the terminal is not as before: lflag %#x, want %#x", got.Lflag, before.Lflag)
	}
	waitUntil(t, "the alternate screen is left while stopped", func() bool { return !s.onAltScreen() })
	if err := syscall.Kill(s.pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the browser is back in raw mode", func() bool { return s.termios(t).Lflag&syscall.ICANON == 0 })
	waitUntil(t, "the browser is back on the alternate screen", s.onAltScreen)
	if _, err := s.master.Write([]byte("q")); err != nil { // no Enter
		t.Fatal(err)
	}
	if code := s.exitCode(t); code != 0 {
		t.Errorf("exit code %d after q", code)
	}
	after := s.termios(t)
	out := s.drain(t)
	assertRestored(t, out, before, after)
	last := bytes.LastIndex(out, []byte("\x1b[?1049h"))
	if !bytes.Contains(out[last:], []byte("Priority areas")) {
		t.Errorf("after fg the screen was not drawn again:\n%q", out[last:min(len(out), last+300)])
	}
}
