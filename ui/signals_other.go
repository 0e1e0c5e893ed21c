//go:build !unix

package ui

import "os"

// endSignals end the program; elsewhere there is only the interrupt, and
// no job control to suspend with.
var endSignals = []os.Signal{os.Interrupt}

func isSuspend(os.Signal) bool { return false }

func catchSuspend(chan os.Signal) {}

func stopSelf() error { return nil }

func signalNumber(os.Signal) int { return 2 }
