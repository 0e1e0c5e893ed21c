//go:build unix

package personal

import "syscall"

// openNoWait opens a file without waiting: a named pipe with no writer
// does not block the open (the type check after it refuses the pipe).
const openNoWait = syscall.O_NONBLOCK

// openNoFollow refuses to open a symbolic link (the lock file).
const openNoFollow = syscall.O_NOFOLLOW
