package updates

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

// Step is a point of an install at which a crash could stop it.
type Step int

// The steps of an install, in order. Until StepCommitted the briefing in
// use is the old one; from it on, the new one.
const (
	StepChecked   Step = iota + 1 // the pack passed every check; nothing is written yet
	StepBaseline                  // what's new holds the texts of the briefing in use
	StepWritten                   // the pack is in packs/, not yet in use
	StepCommitted                 // installed.json names it: it is in use
	StepCleaned                   // packs that nothing names any more are removed
)

// Result is what an install did.
type Result struct {
	Manifest pack.Manifest
	Signer   minisign.PublicKey
	// Before is the content that was in use.
	Before *InUse
	// Already says the pack was the briefing in use: nothing changed.
	Already bool
}

// Install checks a pack and makes it the briefing in use: signed by a
// trusted key, every file matching the manifest, content that loads, and
// newer than the briefing in use unless allowOlder (never older than the
// built-in content, which wins over an older pack at every start). The
// pack in use until now becomes the one --rollback returns to.
//
// A refused pack gives a *Refusal; any other error is the disk's.
func (s *Store) Install(data []byte, allowOlder bool) (Result, error) {
	keys, _ := s.TrustedKeys() // a key file that does not read trusts nothing
	p, err := pack.Open(data)
	if err != nil {
		return Result{}, refuse(err)
	}
	c, signer, err := check(p, publicKeys(keys))
	if err != nil {
		return Result{}, refuse(err)
	}
	before, _, err := s.Select()
	if err != nil {
		return Result{}, err
	}
	res := Result{Manifest: c.Manifest, Signer: signer, Before: before}
	if err := compareWithInUse(c.Manifest, before, allowOlder); err != nil {
		return res, err
	}
	if sameContent(c.Manifest, before.Manifest) {
		res.Already = true
		return res, nil
	}
	s.stop(StepChecked)

	// Before the content changes, make sure what's new can show what the
	// user had: on a first run there is no record of it yet. At worst,
	// what's new then starts from the new briefing: no reason to refuse it.
	_, _ = s.Tracker(before.Content)
	s.stop(StepBaseline)

	st, err := s.readInstalled()
	if err != nil {
		st = installed{} // a broken record is replaced by this install
	}
	name := pack.Hash(data) + PackExt
	if err := s.writePack(name, data); err != nil {
		return res, err
	}
	s.stop(StepWritten)

	next := installed{Current: name, Previous: st.Current}
	if st.Current == name {
		next.Previous = st.Previous
	}
	if err := s.writeInstalled(next); err != nil {
		return res, err
	}
	s.stop(StepCommitted)

	s.removeStale(next)
	s.stop(StepCleaned)
	return res, nil
}

// compareWithInUse refuses a pack older than the briefing in use (unless
// allowOlder), or not newer than the built-in content.
func compareWithInUse(m pack.Manifest, inUse *InUse, allowOlder bool) error {
	if sameContent(m, inUse.Manifest) {
		return nil
	}
	if pack.CompareVersions(m.Version, inUse.BuiltIn.Version) <= 0 {
		return refuse(fmt.Errorf("%w: %s is not newer than the content built into this program (%s), which is used instead of any older pack",
			ErrOlder, m.Version, inUse.BuiltIn.Version))
	}
	switch c := pack.CompareVersions(m.Version, inUse.Manifest.Version); {
	case c < 0 && !allowOlder:
		return refuse(fmt.Errorf("%w: %s is older than %s, the briefing in use (--allow-older installs it anyway)", ErrOlder, m.Version, inUse.Manifest.Version))
	case c == 0 && !allowOlder:
		return refuse(fmt.Errorf("%w: %s (--allow-older installs it anyway)", ErrSameVersion, m.Version))
	}
	return nil
}

// sameContent says whether two manifests describe the same files.
func sameContent(a, b pack.Manifest) bool {
	if a.Stamp != b.Stamp || len(a.Files) != len(b.Files) {
		return false
	}
	for name, sum := range a.Files {
		if b.Files[name] != sum {
			return false
		}
	}
	return true
}

// writePack puts a pack into packs/ under its name, unless it is there
// already, whole.
func (s *Store) writePack(name string, data []byte) error {
	dir := s.path(packsFolder)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return writeFileAtomic(path, data)
}

// removeStale deletes what packs/ holds that st does not name, once it is
// old enough that no other copy of the program can be installing it.
func (s *Store) removeStale(st installed) {
	dir := s.path(packsFolder)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		switch e.Name() {
		case installedFile, st.Current, st.Previous:
			continue
		}
		if info, err := e.Info(); err == nil && s.now().Sub(info.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// Rollback goes back to the previous briefing: the installed pack in use
// before the last install, or the built-in content. The one it leaves
// becomes the previous, so a second rollback undoes the first.
func (s *Store) Rollback() error {
	st, err := s.readInstalled()
	if err != nil {
		return err
	}
	if st.Current == "" && st.Previous == "" {
		return refuse(ErrNoRollback)
	}
	if st.Previous != "" {
		keys, _ := s.TrustedKeys()
		p, err := s.openInstalled(st.Previous)
		if err == nil {
			_, _, err = check(p, publicKeys(keys))
		}
		if err != nil {
			return refuse(fmt.Errorf("the previous briefing cannot be used: %w", err))
		}
	}
	return s.writeInstalled(installed{Current: st.Previous, Previous: st.Current})
}
