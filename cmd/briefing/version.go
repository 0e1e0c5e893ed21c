package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"

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
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and build date, and which content is in use",
		Long: "Print the version, commit and build date, and which content is in use. With --json, also the Go version " +
			"and the platform, and the content's source, version, date and number of items.",
		Example: "  briefing version\n  briefing version --json\n  briefing --content ./my-pack version --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !asJSON {
				_, err := fmt.Fprint(cmd.OutOrStdout(), versionText(buildInfo())+a.contentInUse().text())
				return err
			}
			bi := buildInfo()
			return writeJSON(cmd.OutOrStdout(), versionReport{Version: bi.Version, Commit: bi.Commit, Date: bi.Date,
				Go: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, Content: a.contentInUse()})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON with the Go version, the platform and the content in use")
	return cmd
}

// versionReport is what `briefing version --json` prints: the facts a
// support question starts from.
type versionReport struct {
	Version string      `json:"version"`
	Commit  string      `json:"commit"`
	Date    string      `json:"date"`
	Go      string      `json:"go"`
	OS      string      `json:"os"`
	Arch    string      `json:"arch"`
	Content contentInfo `json:"content"`
}

// versionText is what `briefing version` and `briefing --version` print.
func versionText(b build) string {
	return fmt.Sprintf("briefing %s\ncommit %s\nbuilt %s\n", b.Version, b.Commit, b.Date)
}

// versionTemplate makes cobra's --version (which fang sets up) print the
// same as `briefing version`: a template that is one quoted string.
func versionTemplate() string {
	return "{{" + strconv.Quote(versionText(buildInfo())) + "}}"
}
