package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/eu-rok/briefing/model/safefile"
)

// FileMode is the mode of a new export file: private (0600) when it holds
// the user's notes, readable by all (0644) when it holds only the
// briefing. The CLI and the browser both write through WriteFile, so the
// rule is the same for both.
func FileMode(withNotes bool) fs.FileMode {
	if withNotes {
		return 0o600
	}
	return 0o644
}

// The refusals of WriteFile: a path that is already a file, when it may
// not be replaced, and a path that is something else than a file.
var (
	ErrExists   = errors.New("it exists")
	ErrNotAFile = errors.New("give the name of a new or regular file (or - for standard output)")
)

// WriteFile writes an export to path atomically (see package safefile). A
// path where nothing is gets a new file of FileMode(withNotes). An existing
// regular file is replaced only with replace, by a new file with the old
// one's mode; without replace it is left alone and the error matches
// ErrExists. Anything else at the path (a link, a directory, a pipe, a
// device such as /dev/null) is refused and left alone.
func WriteFile(path string, data []byte, withNotes, replace bool) error {
	opts := safefile.Options{Perm: FileMode(withNotes), NoReplace: true}
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s is %s: %w", path, safefile.Kind(info.Mode()), ErrNotAFile)
	case !replace:
		return fmt.Errorf("%s: %w", path, ErrExists)
	default:
		opts.Perm, opts.NoReplace = info.Mode().Perm(), false
	}
	err = safefile.Write(path, data, opts)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: %w", path, ErrExists) // created while the export was written
	}
	return err
}
