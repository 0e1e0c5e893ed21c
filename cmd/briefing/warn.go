package main

import (
	"fmt"
	"io"

	"github.com/eu-rok/briefing/model"
)

// warn prints a warning on one line, sanitised: it can quote paths and
// what the system said about them, which a file name can fill with
// escape sequences.
func warn(w io.Writer, format string, args ...any) {
	say(w, "warning: "+format, args...)
}

// say prints a message for the user on one line, sanitised as warn does.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, model.SanitizeLine(fmt.Sprintf(format, args...)))
}
