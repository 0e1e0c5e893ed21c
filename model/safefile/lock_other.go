//go:build !unix

package safefile

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// Where flock is missing, the lock is a file created exclusively. A lock
// older than staleLock is taken to be left by a crash and broken; what a
// lock guards takes milliseconds.
const staleLock = 30 * time.Second

// Lock takes an exclusive lock beside path, waiting for another copy of
// the program to let go of it; what names what the lock guards, for the
// errors ("the notes").
func Lock(path, what string) (unlock func(), err error) {
	path += ".excl"
	deadline := time.Now().Add(2 * staleLock)
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("locking %s: %w", what, err)
		}
		if info, serr := os.Stat(path); serr == nil && time.Since(info.ModTime()) > staleLock {
			os.Remove(path)
			continue
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("locking %s: %s is held; remove it if no copy of briefing is running", what, path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
