package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Set by the release build with -ldflags "-X main.version=... -X
// main.commit=... -X main.date=...". Left empty, the build info that `go
// install` and `go build` record is used instead.
var (
	version string
	commit  string
	date    string
)

// build describes the binary.
type build struct {
	Version, Commit, Date string
}

// buildInfo gives the version, commit and build date from ldflags, or from
// the module and VCS information Go records in the binary.
func buildInfo() build {
	b := build{Version: version, Commit: commit, Date: date}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return fill(b)
	}
	if b.Version == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		b.Version = info.Main.Version
	}
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision" && b.Commit == "":
			b.Commit = s.Value
		case s.Key == "vcs.time" && b.Date == "":
			b.Date = s.Value
		}
	}
	return fill(b)
}

func fill(b build) build {
	if b.Version == "" {
		b.Version = "devel"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Date == "" {
		b.Date = "unknown"
	}
	return b
}

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and build date",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b := buildInfo()
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "briefing %s\ncommit %s\nbuilt %s\n", b.Version, b.Commit, b.Date)
			return err
		},
	}
}
