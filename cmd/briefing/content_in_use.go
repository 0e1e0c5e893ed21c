package main

import (
	"errors"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/updates"
)

// dataDir is where the user's data lives: --data DIR, or the system's data
// directory.
func dataDir(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	return personal.DefaultDir()
}

// updateStore is the packs, keys and reading record of the data directory.
func (a *app) updateStore() (*updates.Store, error) {
	dir, err := dataDir(a.data)
	if err != nil {
		return nil, failure(err)
	}
	return updates.Open(dir, content.FS()), nil
}

// inUse is what a start of the program reads when --content is not given:
// it installs the packs dropped in updates/ and takes the newest verified
// content (an installed pack or the built-in one). Problems on the way are
// warnings: the built-in content is always there to fall back on.
func (a *app) inUse() (*updates.Store, *updates.InUse, error) {
	s, err := a.updateStore()
	if err != nil {
		return nil, nil, err
	}
	for _, pu := range s.PickUp() {
		a.reportPickUp(pu)
	}
	u, warnings, err := s.Select()
	for _, w := range warnings {
		warn(a.io.err, "%v", w)
	}
	if err != nil {
		return nil, nil, usageErr(err)
	}
	return s, u, nil
}

// whatsNew opens the record of what the user read of the content in use.
// A record that did not read was kept aside: a warning, and a fresh one
// is used. Any other error is for the caller to judge; the tracker may
// still work in memory (a data directory that cannot be written), or be
// nil (the record cannot be read).
func (a *app) whatsNew(s *updates.Store, u *updates.InUse) (*updates.Tracker, error) {
	news, err := s.Tracker(u.Content)
	var stateErr *updates.StateError
	if errors.As(err, &stateErr) {
		warn(a.io.err, "%v", stateErr)
		return news, nil
	}
	return news, err
}

// reportPickUp says what became of a pack dropped in updates/.
func (a *app) reportPickUp(pu updates.PickedUp) {
	var refused *updates.Refusal
	switch {
	case pu.Err == nil && pu.Result.Already:
		say(a.io.err, "%s is the briefing in use already; removed it from the updates folder", pu.File)
	case pu.Err == nil:
		say(a.io.err, "installed briefing %s from %s; `briefing whatsnew` lists what changed", pu.Result.Manifest.Version, pu.File)
	case errors.As(pu.Err, &refused):
		warn(a.io.err, "%s was refused and renamed %s: %v", pu.File, pu.File+updates.RefusedExt, pu.Err)
	default:
		warn(a.io.err, "%s could not be installed now (%v); it is left for the next start", pu.File, pu.Err)
	}
}
