package updates

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack/packtest"
)

// The kill test runs this test binary again as a child that installs a
// pack and kills itself, as kill -9 would, at one step of the install.
const (
	killDirEnv  = "BRIEFING_TEST_KILL_DIR"
	killStepEnv = "BRIEFING_TEST_KILL_STEP"
	notKilled   = 3
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(killDirEnv); dir != "" {
		installAndDie(dir)
		os.Exit(notKilled)
	}
	os.Exit(m.Run())
}

// installAndDie installs dir/new.briefing into dir/data and kills the
// process at the step the parent asked for.
func installAndDie(dir string) {
	step, _ := strconv.Atoi(os.Getenv(killStepEnv))
	s := Open(filepath.Join(dir, "data"), content.FS())
	s.stop = func(at Step) {
		if at == Step(step) {
			self, _ := os.FindProcess(os.Getpid())
			self.Kill() // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
			select {}
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "new.briefing"))
	if err == nil {
		_, err = s.Install(data, false)
	}
	os.Stderr.WriteString("the install was not stopped: " + errString(err) + "\n")
}

func errString(err error) string {
	if err == nil {
		return "it finished"
	}
	return err.Error()
}

// TestKillDuringInstall kills an install at each of its five steps. Before
// the commit the old briefing is in use, from it on the new one; never a
// part of either, and the next install or rollback works.
func TestKillDuringInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process for each step")
	}
	for step := StepChecked; step <= StepCleaned; step++ {
		t.Run(strconv.Itoa(int(step)), func(t *testing.T) {
			dir := t.TempDir()
			l := newLaptop(t)
			l.Store = Open(filepath.Join(dir, "data"), content.FS())
			l.Trust(l.pub)
			if _, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.2", nil)), false); err != nil {
				t.Fatal(err)
			}
			newPack := l.packOf(t, packtest.Edition(t, "9000.3", nil))
			os.WriteFile(filepath.Join(dir, "new.briefing"), newPack, 0o600)

			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), killDirEnv+"="+dir, killStepEnv+"="+strconv.Itoa(int(step)))
			out, _ := cmd.CombinedOutput()
			if code := cmd.ProcessState.ExitCode(); code == 0 || code == notKilled {
				t.Fatalf("the child was not killed (exit %d): %s", code, out)
			}

			want := "9000.2"
			if step >= StepCommitted {
				want = "9000.3"
			}
			if got := l.inUse(t); got != want {
				t.Fatalf("killed at step %d: %s in use, want %s", step, got, want)
			}
			if _, err := l.Install(newPack, false); err != nil {
				t.Fatalf("installing again after the kill: %v", err)
			}
			if err := l.Rollback(); err != nil || l.inUse(t) != "9000.2" {
				t.Errorf("rollback after the kill: %v", err)
			}
		})
	}
}
