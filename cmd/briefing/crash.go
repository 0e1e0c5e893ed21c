package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui"
	"github.com/eu-rok/briefing/ui/guard"
)

// runSafely is run with a last line of defence: a panic anywhere in a verb
// prints a short report with the version instead of Go's full dump, and
// exits 1. (The browser restores the terminal first; see browseFailed.)
func runSafely(ctx context.Context, args []string, std stdio) (code int) {
	defer func() {
		if r := recover(); r != nil {
			reportCrash(std.err, &guard.PanicError{Value: r, Stack: debug.Stack()})
			code = exitFailure
		}
	}()
	return run(ctx, args, std)
}

// browseFailed turns what the browser returned into the command's error:
// after a panic (the terminal is already restored), the short report;
// after a signal, the shell's code for it (128 and its number), with a
// word when a note being written was kept as a draft.
func browseFailed(cmd *cobra.Command, err error) error {
	var crash *guard.PanicError
	if errors.As(err, &crash) {
		reportCrash(cmd.ErrOrStderr(), crash)
		return silent(exitFailure)
	}
	var sig *ui.SignalError
	if errors.As(err, &sig) {
		if sig.Draft != "" {
			fmt.Fprintln(cmd.ErrOrStderr(), model.SanitizeLine(sig.Error()))
		}
		return silent(sig.ExitCode())
	}
	return failure(err)
}

// crashFrames is how much of the stack the report shows.
const crashFrames = 8

// reportCrash prints what went wrong in a few lines a user can paste into
// an issue.
func reportCrash(w io.Writer, crash *guard.PanicError) {
	b := buildInfo()
	fmt.Fprintf(w, "briefing %s crashed: %s; please report it with this message\n", b.Version, model.Sanitize(fmt.Sprint(crash.Value)))
	fmt.Fprintf(w, "commit %s, built %s\n%s", b.Commit, b.Date, model.Sanitize(crash.ShortStack(crashFrames)))
}
