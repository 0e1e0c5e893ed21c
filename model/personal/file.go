package personal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/eu-rok/briefing/model/safefile"
)

// MaxFileSize is the largest notes file the program reads: some thousands
// of pages of notes. A larger file is left alone, with a message.
const MaxFileSize = 16 << 20

// maxLinks bounds a chain of symbolic links, as the system does.
const maxLinks = 40

// target is the file the notes are read from and saved to: notes.md, or,
// when notes.md is a symbolic link (into a synced folder, say), the file it
// leads to. Saves go through the link, so the link stays a link. A link
// to nowhere yet is followed too: the first save creates its file.
func (s *Store) target() (string, error) {
	path := s.Path()
	for range maxLinks {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", fmt.Errorf("following %s: %w", path, err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", fmt.Errorf("following %s: more than %d symbolic links", s.Path(), maxLinks)
}

// readFile reads the notes file, through a link (see readBounded).
func (s *Store) readFile() (path string, data []byte, err error) {
	path, err = s.target()
	if err != nil {
		return "", nil, err
	}
	data, err = readBounded(path)
	return path, data, err
}

// readBounded reads a regular file of at most MaxFileSize bytes. It opens
// the file without waiting (a named pipe does not block) and checks what it
// opened (see safefile.ReadRegular).
func readBounded(path string) ([]byte, error) {
	data, err := safefile.ReadFile(path, MaxFileSize)
	var nr *safefile.NotRegularError
	switch {
	case errors.As(err, &nr):
		return nil, fmt.Errorf("%s is %s, not a file: briefing keeps the notes in a plain file and leaves this alone; move it away to start a new one", path, nr.Kind)
	case errors.Is(err, safefile.ErrTooLarge):
		return nil, fmt.Errorf("%s is larger than the %d MB briefing reads; it is left as it is: move some of its notes to another file", path, MaxFileSize>>20)
	case err != nil:
		return nil, fmt.Errorf("reading the notes: %w", err)
	}
	return data, nil
}

// keepAside writes the file as it was to notes.md.kept-TIMESTAMP in the
// data directory, before the file is written again, and returns its name.
func (s *Store) keepAside(data []byte) (string, error) {
	name := fmt.Sprintf("%s.kept-%s", s.Path(), time.Now().UTC().Format("20060102T150405.000000000Z"))
	err := safefile.WriteWith(s.ops, name, data, safefile.Options{Perm: 0o600, NoReplace: true})
	if errors.Is(err, fs.ErrExist) { // the same nanosecond: another copy kept it
		return name, nil
	}
	return name, err
}
