//go:build unix

package personal

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/eu-rok/briefing/model/safefile"
)

// lock takes an exclusive advisory lock on path, waiting for another copy
// of the program to finish its save. The lock goes with the process, so a
// crash never leaves it held. A symbolic link at path is refused, never
// followed: following it would create or lock whatever it leads to.
func lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|openNoFollow|safefile.OpenNoWait, 0o600)
	if errors.Is(err, syscall.ELOOP) {
		return nil, fmt.Errorf("locking the notes: %s is a symbolic link; remove it (briefing makes its own lock file there)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("locking the notes: %w", err)
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("locking the notes: %s is not a plain file; remove it (briefing makes its own lock file there)", path)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("locking the notes: %w", err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
