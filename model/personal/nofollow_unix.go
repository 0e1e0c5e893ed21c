//go:build unix

package personal

import "syscall"

// openNoFollow refuses to open a symbolic link (the lock file).
const openNoFollow = syscall.O_NOFOLLOW
