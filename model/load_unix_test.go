//go:build unix

package model

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// listedRegular is a file system whose listing says every file is a
// regular file, as it was when listed before someone swapped one for a
// named pipe (L6).
type listedRegular struct{ fs.FS }

func (l listedRegular) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(l.FS, name)
	for i, e := range entries {
		if !e.IsDir() {
			entries[i] = regularEntry{e}
		}
	}
	return entries, err
}

type regularEntry struct{ fs.DirEntry }

func (regularEntry) Type() fs.FileMode { return 0 }

// L6: a pack file that is a named pipe when it is opened is refused at
// once, whatever the listing said: the load never waits for a writer.
func TestPipeInAPackIsRefused(t *testing.T) {
	dir := t.TempDir()
	for name, data := range smallPack() {
		must(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o700))
		must(t, os.WriteFile(filepath.Join(dir, name), data.Data, 0o600))
	}
	must(t, syscall.Mkfifo(filepath.Join(dir, "glossary", "GL-PIPE.md"), 0o600))
	root, err := os.OpenRoot(dir)
	must(t, err)
	defer root.Close()
	for _, fsys := range []fs.FS{DirFS(root), listedRegular{DirFS(root)}} {
		done := make(chan error, 1)
		go func() { _, err := Load(fsys); done <- err }()
		select {
		case err := <-done:
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 || ps[0].File != "glossary/GL-PIPE.md" || !strings.Contains(ps[0].Message, "not a regular file") {
				t.Errorf("Load: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("Load waited on a named pipe")
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
