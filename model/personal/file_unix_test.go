//go:build unix

package personal

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// L5: a named pipe, or a link to /dev/zero, is refused at once: reading
// neither waits for a writer nor fills the memory.
func TestNotesFileThatIsAPipeOrADevice(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	must(t, syscall.Mkfifo(path, 0o600))
	done := make(chan error, 1)
	go func() { _, err := Open(dir); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("a named pipe: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Open waited on a named pipe")
	}
	must(t, os.Remove(path))
	must(t, os.Symlink("/dev/zero", path))
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "a device") {
		t.Errorf("a link to /dev/zero: %v", err)
	}
}
