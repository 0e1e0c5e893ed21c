package safefile

import (
	"io/fs"
	"os"
)

// System is the operating system's file operations.
type System struct{}

// CreateTemp creates a new file in dir, as os.CreateTemp does.
func (System) CreateTemp(dir, pattern string) (File, error) { return os.CreateTemp(dir, pattern) }

// Rename renames a file, replacing the target, as os.Rename does.
func (System) Rename(from, to string) error { return os.Rename(from, to) }

// Link makes a hard link, failing when the target exists.
func (System) Link(from, to string) error { return os.Link(from, to) }

// Lstat describes a file without following a link.
func (System) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }

// Remove removes a file.
func (System) Remove(name string) error { return os.Remove(name) }

// SyncDir flushes a directory (see syncdir_*.go).
func (System) SyncDir(dir string) error { return syncDir(dir) }
