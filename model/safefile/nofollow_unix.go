//go:build unix

package safefile

import "syscall"

// openNoFollow refuses to open a symbolic link (a lock file).
const openNoFollow = syscall.O_NOFOLLOW
