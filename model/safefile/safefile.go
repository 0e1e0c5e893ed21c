// Package safefile writes a file so that a crash at any moment leaves
// either the old file or the new one, whole, never a mix: the data goes to
// a temporary file beside the target, is flushed to the disk, and only
// then takes the target's name, in one step; the directory is flushed last
// so the new name itself survives a power cut.
//
// The file operations go through Ops, so tests can record them (to check
// the order that makes a write durable) or stop the writer at any step:
// see package safefiletest.
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
)

// Options say how Write writes.
type Options struct {
	// Perm is the permission of the file written.
	Perm fs.FileMode
	// NoReplace makes Write fail with an error matching fs.ErrExist when
	// something is at the path already. The check and the write are one
	// step (a hard link to the new file), so a file that appears meanwhile
	// is never replaced either.
	NoReplace bool
	// TempPrefix starts the temporary file's name; "."+name+".tmp-" when
	// empty. A caller that cleans up after crashes looks for it.
	TempPrefix string
}

// File is what Write needs of an open file; *os.File has it.
type File interface {
	Name() string
	Write(p []byte) (int, error)
	Chmod(mode fs.FileMode) error
	Sync() error
	Close() error
}

// Ops are the file operations a write is made of. System is the real
// one.
type Ops interface {
	CreateTemp(dir, pattern string) (File, error)
	Rename(from, to string) error
	Link(from, to string) error
	Lstat(name string) (fs.FileInfo, error)
	Remove(name string) error
	// SyncDir flushes a directory, making the names in it durable.
	SyncDir(dir string) error
}

// Write writes data to path through the operating system; see WriteWith.
func Write(path string, data []byte, opts Options) error {
	return WriteWith(System{}, path, data, opts)
}

// WriteWith writes data to path: a temporary file in the same directory,
// its mode set, the data written and fsynced, the file closed, renamed
// over path (or linked to it, with NoReplace), and the directory fsynced.
// Any failure before the rename removes the temporary file and leaves
// path as it was.
func WriteWith(ops Ops, path string, data []byte, opts Options) error {
	dir := filepath.Dir(path)
	prefix := opts.TempPrefix
	if prefix == "" {
		prefix = "." + filepath.Base(path) + ".tmp-"
	}
	f, err := ops.CreateTemp(dir, prefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(opts.Perm)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = place(ops, tmp, path, opts.NoReplace)
	}
	if err != nil {
		_ = ops.Remove(tmp)
		return err
	}
	// The new file is in place; a directory that cannot be flushed (some
	// file systems refuse) does not undo that, so it is not a failure.
	_ = ops.SyncDir(dir)
	return nil
}

// place gives the written temporary file the target's name.
func place(ops Ops, tmp, path string, noReplace bool) error {
	if !noReplace {
		return ops.Rename(tmp, path)
	}
	err := ops.Link(tmp, path)
	if err == nil {
		_ = ops.Remove(tmp) // the data is in place; a name left over is only untidy
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	// A file system without hard links: look, then rename. Another
	// program could create the file in between; nothing else can be done
	// there without them.
	if _, lerr := ops.Lstat(path); lerr == nil {
		return fmt.Errorf("%s: %w", path, fs.ErrExist)
	}
	return ops.Rename(tmp, path)
}
