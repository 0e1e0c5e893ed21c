package ui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// NewProgram wires the root model into a Bubble Tea program. Run and the
// tests both start from it, so the tests exercise the real wiring; extra
// options (input, output, size) come last and win.
func NewProgram(ctx context.Context, opts Options, extra ...tea.ProgramOption) *tea.Program {
	progOpts := append([]tea.ProgramOption{tea.WithContext(ctx)}, extra...)
	return tea.NewProgram(New(opts), progOpts...)
}

// Run starts the program on the terminal and returns when the user quits.
// The terminal is restored by Bubble Tea whatever happens.
func Run(ctx context.Context, opts Options, extra ...tea.ProgramOption) error {
	if opts.Briefing == nil {
		return fmt.Errorf("starting the browser: no briefing loaded")
	}
	if _, err := NewProgram(ctx, opts, extra...).Run(); err != nil {
		return fmt.Errorf("running the browser: %w", err)
	}
	return nil
}
