package ui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/ui/guard"
)

// Run starts the program on the terminal and returns when the user quits.
// The terminal is restored whatever happens: a quit, a panic (Run returns
// a *guard.PanicError for the caller to report) or a signal (a
// *SignalError; see signals.go). A note being written when the program is
// ended is kept as a draft, offered at the next start.
func Run(ctx context.Context, opts Options, extra ...tea.ProgramOption) error {
	if opts.Briefing == nil {
		return fmt.Errorf("starting the browser: no briefing loaded")
	}
	m := New(opts)
	m.set.watchNotes = true
	m.sigs.start()
	defer m.sigs.stop()
	err := guard.Run(ctx, m, append([]tea.ProgramOption{tea.WithoutSignalHandler()}, extra...)...)
	if err != nil {
		var crash *guard.PanicError
		if errors.As(err, &crash) {
			m.keepDraftAfterCrash()
			return crash // the caller reports it, on a restored terminal
		}
		return fmt.Errorf("running the browser: %w", err)
	}
	if m.sigs.ended != nil {
		return m.sigs.ended
	}
	return nil
}
