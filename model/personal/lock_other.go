//go:build !unix

package personal

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// Where flock is missing, the lock is a file created exclusively. A lock
// older than staleAfter is taken to be left by a crash and broken; a save
// takes milliseconds.
const staleAfter = 30 * time.Second

func lock(path string) (func(), error) {
	path += ".excl"
	deadline := time.Now().Add(2 * staleAfter)
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("locking the notes: %w", err)
		}
		if info, serr := os.Stat(path); serr == nil && time.Since(info.ModTime()) > staleAfter {
			os.Remove(path)
			continue
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("locking the notes: %s is held; remove it if no copy of briefing is running", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
