//go:build unix

package safefile

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// Lock takes an exclusive advisory lock on the file at path (made when
// missing), waiting for another copy of the program to let go of it; what
// names what the lock guards, for the errors ("the notes"). The lock goes
// with the process, so a crash never leaves it held. A symbolic link at
// path is refused, never followed: following it would create or lock
// whatever it leads to.
func Lock(path, what string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|openNoFollow|OpenNoWait, 0o600)
	if errors.Is(err, syscall.ELOOP) {
		return nil, fmt.Errorf("locking %s: %s is a symbolic link; remove it (briefing makes its own lock file there)", what, path)
	}
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", what, err)
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("locking %s: %s is not a plain file; remove it (briefing makes its own lock file there)", what, path)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", what, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
