package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrTooLarge is ReadRegular's refusal of a file larger than asked.
var ErrTooLarge = errors.New("too large")

// NotRegularError is ReadRegular's refusal of a file that is not a regular
// file.
type NotRegularError struct {
	Kind string // what it is, as Kind says: "a named pipe"
}

func (e *NotRegularError) Error() string { return "not a regular file: " + e.Kind }

// ReadRegular reads an open file that must be a regular file of at most
// max bytes, checked on the open handle (so nothing swapped in after a
// look gets through) and read no further than max (so a file that grows
// while it is read is refused too). A file of another kind gives a
// *NotRegularError; a larger one, an error matching ErrTooLarge. Open it
// with OpenNoWait, or opening a named pipe blocks before this is reached.
func ReadRegular(f fs.File, max int64) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &NotRegularError{Kind: Kind(info.Mode())}
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, info.Size())
	}
	data := make([]byte, 0, info.Size()+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if int64(len(data)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
		}
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadFile opens path without waiting and reads it with ReadRegular: a
// regular file of at most max bytes, or an error that says why not.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|OpenNoWait, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadRegular(f, max)
}
