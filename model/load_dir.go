package model

import (
	"io/fs"
	"os"

	"github.com/eu-rok/briefing/model/safefile"
)

// DirFS is a content directory on disk for Load: no symbolic link inside
// it leads out of it (an os.Root), and it opens files without waiting, so
// a file swapped for a named pipe while the pack is read is refused
// instead of hanging the load.
func DirFS(root *os.Root) fs.FS { return dirFS{root} }

type dirFS struct{ root *os.Root }

// Open opens a file or folder of the directory, read-only.
func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := d.root.OpenFile(name, os.O_RDONLY|safefile.OpenNoWait, 0)
	if err != nil {
		return nil, err // an *os.File as nil would not be a nil fs.File
	}
	return f, nil
}
