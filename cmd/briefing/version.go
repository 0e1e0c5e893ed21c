package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/content"
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
		Short: "Print the version, commit and build date",
		Long: "Print the version, commit and build date. With --json, also the Go version, " +
			"the platform and the content in use: the SHA-256 that identifies it (it has no version of its own yet) and its number of items.",
		Example: "  briefing version\n  briefing version --json\n  briefing --content ./my-pack version --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !asJSON {
				_, err := fmt.Fprint(cmd.OutOrStdout(), versionText(buildInfo()))
				return err
			}
			v, err := a.versionReport()
			if err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), v)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON with the Go version, the platform and the content in use")
	return cmd
}

// versionReport is what `briefing version --json` prints: the facts a
// support question starts from.
type versionReport struct {
	Version string        `json:"version"`
	Commit  string        `json:"commit"`
	Date    string        `json:"date"`
	Go      string        `json:"go"`
	OS      string        `json:"os"`
	Arch    string        `json:"arch"`
	Content contentReport `json:"content"`
}

// contentReport describes the content in use. Its fields are named as
// the signed content manifest names them, which will give the version.
type contentReport struct {
	// Source is "built-in" or "directory" (--content, named in Directory).
	Source    string `json:"source"`
	Directory string `json:"directory,omitempty"`
	// Version is the content's own version: content has none yet, so
	// SHA256 identifies it meanwhile (see contentDigest), as Note says.
	Version string `json:"version,omitempty"`
	SHA256  string `json:"sha256"`
	Note    string `json:"note"`
	Items   int    `json:"items"`
}

func (a *app) versionReport() (versionReport, error) {
	b, err := a.load()
	if err != nil {
		return versionReport{}, err
	}
	c := contentReport{Source: "built-in", Items: len(b.All()),
		Note: "the content has no version of its own yet; sha256 identifies it: the SHA-256 of what `LC_ALL=C sha256sum */*.md` prints in the content folder"}
	fsys := content.FS()
	if a.contentDir != "" {
		c.Source, c.Directory = "directory", a.contentDir
		if fsys, err = openContentDir(a.contentDir); err != nil {
			return versionReport{}, usageErr(err)
		}
	}
	if c.SHA256, err = contentDigest(fsys); err != nil {
		return versionReport{}, failure(err)
	}
	bi := buildInfo()
	return versionReport{Version: bi.Version, Commit: bi.Commit, Date: bi.Date,
		Go: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, Content: c}, nil
}

// contentDigest identifies a content folder by its files: the SHA-256 of
// the list `LC_ALL=C sha256sum */*.md` prints in it, so that anyone can
// compute it without the program.
func contentDigest(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "*/*.md")
	if err != nil {
		return "", err
	}
	sort.Strings(names) // the shell's order for the whole path, in the C locale
	list := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(list, "%x  %s\n", sha256.Sum256(data), name)
	}
	return hex.EncodeToString(list.Sum(nil)), nil
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
