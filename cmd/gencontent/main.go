// Command gencontent writes a synthetic content directory of N valid items
// of realistic length, for measuring search at scale:
//
//	go run ./cmd/gencontent -n 100000 -o /tmp/briefing-100k
//	briefing validate /tmp/briefing-100k
//	briefing search --content /tmp/briefing-100k quantum research
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/eu-rok/briefing/cmd/gencontent/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of items")
	out := flag.String("o", "", "output `DIR` (created; must be empty or absent)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same content")
	flag.Parse()
	if err := run(*n, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencontent:", err)
		os.Exit(2)
	}
}

func run(n int, dir string, seed uint64) error {
	if dir == "" {
		return errors.New("give an output directory with -o DIR")
	}
	if n < 30 {
		return errors.New("-n must be at least 30")
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	return gen.Write(dir, n, seed)
}
