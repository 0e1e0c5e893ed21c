package personal

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// L4: a notes.md that links into a synced folder stays a link; the saves go
// to the file it leads to.
func TestSavesGoThroughALink(t *testing.T) {
	dir, synced := t.TempDir(), t.TempDir()
	target := filepath.Join(synced, "my-notes.md")
	must(t, os.Symlink(target, filepath.Join(dir, FileName)))
	l := open(t, dir) // the target does not exist yet: an empty store
	must(t, l.SetNote("SEMI-1", "through the link", ""))
	must(t, l.SetNote("AI-1", "twice", ""))
	info, err := os.Lstat(filepath.Join(dir, FileName))
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("notes.md is no longer a link: %v %v", info, err)
	}
	data, _ := os.ReadFile(target)
	if !strings.Contains(string(data), "through the link") || !strings.Contains(string(data), "twice") {
		t.Errorf("the target was not written:\n%s", data)
	}
	if got := open(t, dir).Note("SEMI-1"); got != "through the link" {
		t.Errorf("read back %q", got)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(synced, tempPrefix+"*")); len(leftovers) > 0 {
		t.Errorf("left over: %v", leftovers)
	}
}

// L4: a lock file that is a link is refused; what it leads to is not
// created.
func TestLockThroughALinkIsRefused(t *testing.T) {
	if os.PathSeparator != '/' {
		t.Skip("flock locks are Unix")
	}
	dir := t.TempDir()
	elsewhere := filepath.Join(t.TempDir(), "victim")
	must(t, os.Symlink(elsewhere, filepath.Join(dir, lockName)))
	s, _ := Open(dir)
	if err := s.SetNote("SEMI-1", "x", ""); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("SetNote: %v", err)
	}
	if _, err := os.Lstat(elsewhere); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the link's target was created: %v", err)
	}
}

// L5: notes.md must be a regular file of bounded size; anything else is
// left alone, with a message, and never written over.
func TestNotesFileMustBeAPlainFileOfBoundedSize(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	must(t, os.Mkdir(path, 0o700))
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "a directory") {
		t.Errorf("a directory: %v", err)
	}
	must(t, os.Remove(path))

	big := make([]byte, MaxFileSize+1)
	must(t, os.WriteFile(path, big, 0o600))
	s, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("a large file: %v", err)
	}
	if err := s.SetNote("SEMI-1", "x", ""); err == nil {
		t.Error("a note was saved over a file that could not be read")
	}
	if info, _ := os.Stat(path); info.Size() != int64(len(big)) {
		t.Error("the large file was changed")
	}
}
