//go:build !unix

package model

// openNoWait is nothing where files open without waiting on a pipe.
const openNoWait = 0
