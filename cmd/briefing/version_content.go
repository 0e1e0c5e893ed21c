package main

import (
	"fmt"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
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

// contentInUse describes the content the program would read now.
func (a *app) contentInUse() contentInfo {
	builtin, _ := pack.ReadStamp(content.FS())
	info := contentInfo{BuiltIn: builtin.Version}
	if a.contentDir != "" {
		info.Source, info.Directory = "directory", a.contentDir
		b, err := a.load()
		if err != nil {
			info.Error = err.Error()
			return info
		}
		info.Items = len(b.All())
		if dir, err := openContentDir(a.contentDir); err == nil {
			stamp, _ := pack.ReadStamp(dir)
			info.Version, info.Date = stamp.Version, stamp.Date
		}
		return info
	}
	_, u, _, err := a.inUse()
	if err != nil {
		info.Error = err.Error()
		return info
	}
	info.Source, info.Version, info.Date, info.Items = "built-in", u.Manifest.Version, u.Manifest.Date, u.Manifest.Items
	if !u.IsBuiltIn() {
		info.Source, info.SignedBy = "installed", pack.KeyID(u.Signer.ID())
	}
	return info
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
