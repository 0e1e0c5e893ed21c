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
// rename, so a read without the lock still sees a whole file. What cannot
// be placed is not shown and is said, each time: keeping it aside and
// writing the file again needs the write access that is missing, and
// nothing here writes over it.
func (s *Store) reloadUnlocked(lockErr error) error {
	st := newState()
	_, data, err := s.readFile()
	switch {
	case err == nil:
		var problems []*ParseError
		st, problems = parse(data)
		if len(problems) > 0 {
			lockErr = fmt.Errorf("%v; and %s could not all be read (%v), it is left as it is", lockErr, s.Path(), problems[0])
		}
	case errors.Is(err, os.ErrNotExist):
	default:
		return &ReadOnlyError{Dir: s.dir, Err: fmt.Errorf("%v; %w", lockErr, err)}
	}
	s.mu.Lock()
	s.st = st
	s.mu.Unlock()
	return &ReadOnlyError{Dir: s.dir, Err: lockErr}
}
