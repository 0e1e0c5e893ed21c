package main

import (
	"fmt"
	"os"
	"testing"
)

// TestMain gives the tests, and the binaries they start, a data directory
// of their own: every start of the program reads it (installed packs,
// trusted keys) and records what the user read, and none of that may touch
// the real one.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "briefing-test-data-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
