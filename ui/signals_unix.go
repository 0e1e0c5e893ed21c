//go:build unix

package ui

import (
	"os"
	"os/signal"
	"syscall"
)

// endSignals end the program: Ctrl+C when the input is not a terminal,
// kill, a closed terminal, Ctrl+\.
var endSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

func isSuspend(s os.Signal) bool { return s == syscall.SIGTSTP }

func catchSuspend(ch chan os.Signal) { signal.Notify(ch, syscall.SIGTSTP) }

// stopSelf stops the process as a job-control stop does (SIGSTOP cannot be
// caught, so it stops even though SIGTSTP is) and returns once it is
// continued. The stop is asynchronous: kill can return before it takes
// effect, so it waits for the SIGCONT that ends it.
func stopSelf() error {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	if err := syscall.Kill(os.Getpid(), syscall.SIGSTOP); err != nil {
		return err
	}
	<-cont
	return nil
}

func signalNumber(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return 0
}
