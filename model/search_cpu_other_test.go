//go:build !unix

package model

import "time"

// cpuNow is not measured here: the benchmarks report 0 CPU time.
func cpuNow() time.Duration { return 0 }
