package main

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/updates"
)

// contentInfo says which content a start of the program uses, for
// `briefing version` (and its JSON).
type contentInfo struct {
	// Source is "built-in", "installed" (a pack in the data directory) or
	// "directory" (--content).
	Source    string `json:"source"`
	Version   string `json:"version,omitempty"`
	Date      string `json:"date,omitempty"`
	Items     int    `json:"items"`
	SignedBy  string `json:"signed_by,omitempty"` // the key id of an installed pack
	Directory string `json:"directory,omitempty"`
	// BuiltIn is the version built into the program, in use or not.
	BuiltIn string `json:"built_in_version"`
	Error   string `json:"error,omitempty"`
}

// inUseInfo describes the content in use when it is not --content.
func inUseInfo(u *updates.InUse) contentInfo {
	info := contentInfo{Source: "built-in", Version: u.Manifest.Version, Date: u.Manifest.Date, Items: u.Manifest.Items,
		BuiltIn: u.BuiltIn.Version}
	if !u.IsBuiltIn() {
		info.Source, info.SignedBy = "installed", pack.KeyID(u.Signer.ID())
	}
	return info
}

// dirInfo describes content read from a directory.
func dirInfo(dir string, fsys fs.FS, b *model.Briefing) contentInfo {
	info := contentInfo{Source: "directory", Directory: dir, Items: len(b.All()), BuiltIn: builtInVersion()}
	stamp, _ := pack.ReadStamp(fsys)
	info.Version, info.Date = stamp.Version, stamp.Date
	return info
}

func builtInVersion() string {
	stamp, _ := pack.ReadStamp(content.FS())
	return stamp.Version
}

// contentInUse describes the content the program would read now.
func (a *app) contentInUse() contentInfo {
	l, err := a.loadFrom(a.contentDir)
	if err == nil {
		return l.info
	}
	info := contentInfo{BuiltIn: builtInVersion(), Error: err.Error()}
	if a.contentDir != "" {
		info.Source, info.Directory = "directory", a.contentDir
	}
	return info
}

// label names the content in a sentence: "the built-in briefing 2026.2".
func (c contentInfo) label() string {
	switch c.Source {
	case "directory":
		return c.Directory
	case "installed":
		return "the installed briefing " + c.Version
	}
	return "the built-in briefing " + c.Version
}

// status names the content for the browser's status bar in a few words,
// as `briefing version` does in more (the key that signed an update, the
// directory's path in full).
func (c contentInfo) status() string {
	switch c.Source {
	case "directory":
		return "unsigned content from " + filepath.Base(c.Directory)
	case "installed":
		return "briefing " + c.Version + ", signed update"
	}
	return "briefing " + c.Version + ", built in"
}

// text is the line `briefing version` prints about the content.
func (c contentInfo) text() string {
	switch {
	case c.Error != "":
		return "content: could not be loaded: " + c.Error + "\n"
	case c.Source == "directory":
		v := ""
		if c.Version != "" {
			v = " " + c.Version
		}
		return fmt.Sprintf("content%s from the directory %s (unsigned, %d items)\n", v, c.Directory, c.Items)
	case c.Source == "installed":
		return fmt.Sprintf("content %s of %s (%d items), an installed pack signed by key %s; built in: %s\n", c.Version, c.Date, c.Items, c.SignedBy, c.BuiltIn)
	default:
		return fmt.Sprintf("content %s of %s (%d items), built in\n", c.Version, c.Date, c.Items)
	}
}
