package personal

import (
	"errors"
	"fmt"
	"os"
)

// ReadOnlyError says that the data directory cannot be written, so no
// change can be saved. Open and Reload return it together with a Store that
// holds what could be read: the notes can still be shown.
type ReadOnlyError struct {
	Dir string
	Err error // why: the lock, or the file, could not be opened
}

func (e *ReadOnlyError) Error() string {
	return fmt.Sprintf("notes are read-only: %s cannot be written (%v)", e.Dir, e.Err)
}

func (e *ReadOnlyError) Unwrap() error { return e.Err }

// reloadUnlocked reads the file when the lock cannot be taken, as in a
// directory the user may read but not write. Saves replace the file with a
// rename, so a read without the lock still sees a whole file. A file that
// does not parse is left where it is: moving it aside needs the write
// access that is missing, and nothing here will write over it.
func (s *Store) reloadUnlocked(lockErr error) error {
	st := newState()
	data, err := os.ReadFile(s.Path())
	switch {
	case err == nil:
		parsed, perr := parse(data)
		if perr != nil {
			return &ReadOnlyError{Dir: s.dir, Err: fmt.Errorf("%v; %s could not be read either (%v) and is left as it is", lockErr, s.Path(), perr)}
		}
		st = parsed
	case errors.Is(err, os.ErrNotExist):
	default:
		return &ReadOnlyError{Dir: s.dir, Err: fmt.Errorf("%v; reading %s: %v", lockErr, s.Path(), err)}
	}
	s.mu.Lock()
	s.st = st
	s.mu.Unlock()
	return &ReadOnlyError{Dir: s.dir, Err: lockErr}
}
