package main

import (
	"errors"
	"strings"
)

// The exit codes, as grep and most tools use them.
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and found nothing, or failed
	exitUsage   = 2 // bad usage or bad input: flags, arguments, content
)

// exitError carries the exit code an error should end the program with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr marks an error as bad usage or bad input (exit 2).
func usageErr(err error) error { return &exitError{code: exitUsage, err: err} }

// failure marks an error as a plain failure (exit 1).
func failure(err error) error { return &exitError{code: exitFailure, err: err} }

// silent ends the program with a code and no message, as grep does when
// nothing matches.
type silent int

func (s silent) Error() string { return "" }

// exitCode turns the error a command returned into the program's exit code.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var s silent
	if errors.As(err, &s) {
		return int(s)
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires ", "bad flag"} {
		if strings.HasPrefix(msg, prefix) {
			return exitUsage
		}
	}
	return exitFailure
}
