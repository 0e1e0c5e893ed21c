//go:build unix

package safefile

import "syscall"

// OpenNoWait is the flag that opens a file without waiting: a named pipe
// with no writer does not block the open, so the type check that follows
// (ReadRegular) can refuse it.
const OpenNoWait = syscall.O_NONBLOCK
