//go:build !unix

package search

import (
	"testing"
	"time"
)

// cpuTime is not measured here: benchmarks report wall time only.
func cpuTime() time.Duration { return 0 }

func reportCPU(*testing.B, time.Duration) {}
