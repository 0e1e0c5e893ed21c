package ui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/guard"
)

// NewProgram wires the root model into a Bubble Tea program, for tests;
// Run does the same through a guard that turns a panic into a *PanicError
// (see package guard). Extra options (input, output, size) come last and win.
func NewProgram(ctx context.Context, opts Options, extra ...tea.ProgramOption) *tea.Program {
	progOpts := append([]tea.ProgramOption{tea.WithContext(ctx)}, extra...)
	return tea.NewProgram(New(opts), progOpts...)
}

// Run starts the program on the terminal and returns when the user quits.
// The terminal is restored whatever happens; after a panic Run returns a
// *guard.PanicError for the caller to report.
func Run(ctx context.Context, opts Options, extra ...tea.ProgramOption) error {
	if opts.Briefing == nil {
		return fmt.Errorf("starting the browser: no briefing loaded")
	}
	if err := guard.Run(ctx, New(opts), extra...); err != nil {
		var crash *guard.PanicError
		if errors.As(err, &crash) {
			return crash // the caller reports it, on a restored terminal
		}
		return fmt.Errorf("running the browser: %w", err)
	}
	return nil
}
