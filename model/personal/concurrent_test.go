package personal

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
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
				if err := s.SetNote(id, "note "+id); err != nil {
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
		for i := range n {
			if err := s.SetNote(fmt.Sprintf("%s-%d", who, i), fmt.Sprintf("note %d from %s", i, who)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func helper(t *testing.T, dir, who string, n int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BRIEFING_NOTES_HELPER="+dir, "BRIEFING_NOTES_WHO="+who, "BRIEFING_NOTES_COUNT="+strconv.Itoa(n))
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

func TestKilledMidSaveLeavesAReadableFile(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	must(t, s.SetNote("KEEP-1", "every word"))
	for round := range 5 {
		p := helper(t, dir, "K", 100000)
		time.Sleep(time.Duration(20+round*15) * time.Millisecond)
		_ = p.Process.Kill()
		_ = p.Wait()
		r, err := Open(dir)
		if err != nil {
			t.Fatalf("round %d: after a kill the file does not read: %v", round, err)
		}
		t.Logf("round %d: %d notes after the kill", round, len(r.Items()))
		if r.Note("KEEP-1") != "every word" {
			t.Fatalf("round %d: a word was lost", round)
		}
	}
}
