package personal

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/eu-rok/briefing/model/safefile"
	"github.com/eu-rok/briefing/model/safefile/safefiletest"
)

func TestGoroutinesWithTheirOwnStores(t *testing.T) {
	dir := t.TempDir()
	const writers, each = 4, 15
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(dir)
			if err != nil {
				t.Error(err)
				return
			}
			for i := range each {
				id := fmt.Sprintf("W%d-%d", w, i)
				if err := s.SetNote(id, "note "+id, ""); err != nil {
					t.Error(err)
				}
				if err := s.AgendaAdd(id); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	r := open(t, dir)
	if n := len(r.Items()); n != writers*each {
		t.Errorf("%d notes kept, want %d", n, writers*each)
	}
	if n := len(r.Agenda()); n != writers*each {
		t.Errorf("%d agenda entries kept, want %d", n, writers*each)
	}
}

// The helper process: when BRIEFING_NOTES_HELPER is set, the test binary
// writes notes into that directory until killed or done.
func TestMain(m *testing.M) {
	if dir := os.Getenv("BRIEFING_NOTES_HELPER"); dir != "" {
		who := os.Getenv("BRIEFING_NOTES_WHO")
		n, _ := strconv.Atoi(os.Getenv("BRIEFING_NOTES_COUNT"))
		s, _ := Open(dir)
		if step := os.Getenv("BRIEFING_NOTES_KILL_AT"); step != "" {
			killAt(s, step)
		}
		for i := range n {
			if err := s.SetNote(fmt.Sprintf("%s-%d", who, i), fmt.Sprintf("note %d from %s", i, who), ""); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func helper(t *testing.T, dir, who string, n int, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BRIEFING_NOTES_HELPER="+dir, "BRIEFING_NOTES_WHO="+who, "BRIEFING_NOTES_COUNT="+strconv.Itoa(n))
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func TestTwoProcesses(t *testing.T) {
	dir := t.TempDir()
	a, b := helper(t, dir, "A", 40), helper(t, dir, "B", 40)
	if err := a.Wait(); err != nil {
		t.Fatal(err)
	}
	if err := b.Wait(); err != nil {
		t.Fatal(err)
	}
	if n := len(open(t, dir).Items()); n != 80 {
		t.Errorf("%d notes kept, want 80", n)
	}
}

// killAt makes the store's next save kill its own process just before the
// given step, as a crash or a kill -9 would.
func killAt(s *Store, step string) {
	s.ops = safefiletest.Observe(safefile.System{}, func(op, _ string) error {
		if op == step {
			self, _ := os.FindProcess(os.Getpid())
			_ = self.Kill()
			select {} // the kill arrives
		}
		return nil
	})
}

// TestKilledAtEachStepOfASave kills a writing process at each step of its
// save in turn: the file reads whole, every acknowledged note is in it, the
// note being saved is there exactly when the rename was done, and the next
// save leaves no temporary file.
func TestKilledAtEachStepOfASave(t *testing.T) {
	for i, step := range saveSteps {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			must(t, s.SetNote("KEEP-1", "every word", ""))
			p := helper(t, dir, "K", 1, "BRIEFING_NOTES_KILL_AT="+step)
			if err := p.Wait(); err == nil {
				t.Fatal("the helper was not killed")
			}
			r, err := Open(dir)
			if err != nil {
				t.Fatalf("after a kill before %s the file does not read: %v", step, err)
			}
			saved := r.Note("K-0") != ""
			if want := i > slices.Index(saveSteps, "rename"); saved != want {
				t.Errorf("killed before %s: the new note saved %v, want %v", step, saved, want)
			}
			if r.Note("KEEP-1") != "every word" {
				t.Errorf("killed before %s: an acknowledged note was lost: %+v", step, r.Items())
			}
			must(t, r.SetNote("AFTER-1", "x", ""))
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), tempPrefix) {
					t.Errorf("left over: %s", e.Name())
				}
			}
		})
	}
}
