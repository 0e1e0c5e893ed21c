package ui

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	tea "charm.land/bubbletea/v2"
)

// The program handles its signals itself (Bubble Tea's own handler knows
// only SIGINT and SIGTERM): a signal that ends it (SIGINT, SIGTERM, SIGHUP,
// SIGQUIT) quits the ordinary way, so the terminal is always restored,
// after keeping the note being written; SIGTSTP (kill -TSTP, or a job
// control stop) suspends it: the terminal is handed back (the screen, the
// cursor, cooked mode) as for $EDITOR, the process stops, and on SIGCONT
// (fg) it takes the terminal again, raw, and draws the screen anew. See
// signals_unix.go for which signals these are on each system.

// signalWatch delivers the program's signals as messages, once Run has
// started catching them, and keeps the one that ended the program.
type signalWatch struct {
	ch    chan os.Signal // nil until start: tests send signalMsg themselves
	ended *SignalError   // the signal that ended the program, or nil
}

// start catches the signals the program handles.
func (w *signalWatch) start() {
	w.ch = make(chan os.Signal, 1)
	signal.Notify(w.ch, endSignals...)
	catchSuspend(w.ch)
}

// stop lets the signals act as they would without the program.
func (w *signalWatch) stop() {
	if w.ch != nil {
		signal.Stop(w.ch)
	}
}

// next waits for the next signal; nil before start.
func (w *signalWatch) next() tea.Cmd {
	if w.ch == nil {
		return nil
	}
	ch := w.ch
	return func() tea.Msg { return signalMsg{<-ch} }
}

// signalMsg is a signal the program was sent.
type signalMsg struct{ sig os.Signal }

// SignalError is what Run returns when a signal ended the program.
type SignalError struct {
	Signal os.Signal
	// Draft is the item whose unsaved note was kept for the next start,
	// or "".
	Draft string
}

func (e *SignalError) Error() string {
	msg := fmt.Sprintf("briefing was ended by a signal (%v)", e.Signal)
	if e.Draft != "" {
		msg += fmt.Sprintf("; the note you were writing on %s was not saved: it is kept, and offered when briefing starts again", e.Draft)
	}
	return msg
}

// ExitCode is the shell's code for a program ended by the signal: 128
// and its number.
func (e *SignalError) ExitCode() int { return 128 + signalNumber(e.Signal) }

// handleSignal suspends, or keeps the draft and quits.
func (m *Model) handleSignal(msg signalMsg) tea.Cmd {
	if isSuspend(msg.sig) {
		// Not tea.Suspend: it stops the process with SIGTSTP, which is
		// caught here. Exec hands the terminal back around the stop.
		resume := tea.Exec(stopper{}, func(error) tea.Msg { return resumedMsg{} })
		return tea.Batch(resume, m.sigs.next())
	}
	m.sigs.ended = &SignalError{Signal: msg.sig, Draft: m.keepDraft()}
	return tea.Quit
}

// keepDraft keeps the text of a note being written, when it was changed,
// for the next start, and returns the item's id; "" when there was
// nothing to keep or it could not be kept.
func (m *Model) keepDraft() string {
	if m.mode != editing && m.mode != confirming {
		return ""
	}
	ed := m.kb.editor
	if !ed.Changed() || !m.notes.KeepDraft(ed.ID(), ed.Value()) {
		return ""
	}
	return ed.ID()
}

// keepDraftAfterCrash keeps the draft after a panic, when the model may be
// half-updated: a second panic here must not hide the first.
func (m *Model) keepDraftAfterCrash() {
	defer func() { _ = recover() }()
	m.keepDraft()
}

// resumedMsg says the program runs again after a stop.
type resumedMsg struct{}

// stopper stops the process, as a command Bubble Tea runs with the
// terminal handed back; Run returns once the process is continued.
type stopper struct{}

func (stopper) Run() error {
	// Bubble Tea v2.1.1 stops its frame ticker in the renderer's goroutine,
	// which it has only woken when the terminal is handed back. Stopped at
	// once, the process can freeze that goroutine before it runs; on
	// SIGCONT its late Stop then races the restart's Reset, and when it
	// wins the program never draws again (seen 1 resume in 20 on a busy
	// machine). Parking here lets that goroutine, next in line on this
	// thread, finish first.
	time.Sleep(10 * time.Millisecond)
	return stopSelf()
}
func (stopper) SetStdin(io.Reader)  {}
func (stopper) SetStdout(io.Writer) {}
func (stopper) SetStderr(io.Writer) {}
