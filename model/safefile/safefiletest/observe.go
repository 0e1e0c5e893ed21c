// Package safefiletest observes the file operations of package safefile,
// for tests: to check the order of a write, and to stop a writer at any
// step, as a failing disk or a kill would.
package safefiletest

import (
	"io/fs"

	"github.com/eu-rok/briefing/model/safefile"
)

// Observe wraps ops so that see is called before each operation, with its
// name and the file it acts on: "create" (the directory), "chmod",
// "write", "sync", "close", "rename" and "link" (the target), "lstat",
// "remove" and "syncdir". An error from see fails the operation, as if the
// system had refused it. Tests use it to check the order of a write and to
// stop a writer at any step.
func Observe(ops safefile.Ops, see func(op, name string) error) safefile.Ops {
	return observed{ops, see}
}

type observed struct {
	ops safefile.Ops
	see func(op, name string) error
}

func (o observed) CreateTemp(dir, pattern string) (safefile.File, error) {
	if err := o.see("create", dir); err != nil {
		return nil, err
	}
	f, err := o.ops.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return observedFile{f, o.see}, nil
}

func (o observed) Rename(from, to string) error {
	if err := o.see("rename", to); err != nil {
		return err
	}
	return o.ops.Rename(from, to)
}

func (o observed) Link(from, to string) error {
	if err := o.see("link", to); err != nil {
		return err
	}
	return o.ops.Link(from, to)
}

func (o observed) Lstat(name string) (fs.FileInfo, error) {
	if err := o.see("lstat", name); err != nil {
		return nil, err
	}
	return o.ops.Lstat(name)
}

func (o observed) Remove(name string) error {
	if err := o.see("remove", name); err != nil {
		return err
	}
	return o.ops.Remove(name)
}

func (o observed) SyncDir(dir string) error {
	if err := o.see("syncdir", dir); err != nil {
		return err
	}
	return o.ops.SyncDir(dir)
}

type observedFile struct {
	f   safefile.File
	see func(op, name string) error
}

func (f observedFile) Name() string { return f.f.Name() }

func (f observedFile) Write(p []byte) (int, error) {
	if err := f.see("write", f.f.Name()); err != nil {
		return 0, err
	}
	return f.f.Write(p)
}

func (f observedFile) Chmod(mode fs.FileMode) error {
	if err := f.see("chmod", f.f.Name()); err != nil {
		return err
	}
	return f.f.Chmod(mode)
}

func (f observedFile) Sync() error {
	if err := f.see("sync", f.f.Name()); err != nil {
		return err
	}
	return f.f.Sync()
}

func (f observedFile) Close() error {
	if err := f.see("close", f.f.Name()); err != nil {
		_ = f.f.Close()
		return err
	}
	return f.f.Close()
}
