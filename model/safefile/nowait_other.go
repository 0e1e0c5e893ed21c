//go:build !unix

package safefile

// OpenNoWait is nothing where opening a file never waits on a pipe.
const OpenNoWait = 0
