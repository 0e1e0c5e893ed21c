// Command briefing is a terminal companion for the EU–Republic of Korea
// Digital Partnership: its priority areas, joint actions, Councils, timeline,
// glossary and sources, embedded in one binary.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(runSafely(context.Background(), os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}
