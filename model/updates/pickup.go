package updates

import (
	"cmp"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model/pack"
)

// copyGrace is how long after its last change a dropped file that is not
// a whole pack is left alone rather than refused: it may still be being
// copied (a USB stick, a network share).
const copyGrace = 10 * time.Minute

// ErrStillCopying is PickUp's word for a dropped file that is not a whole
// pack yet and changed in the last minutes: it is left for the next start.
var ErrStillCopying = errors.New("not a whole pack yet (still being copied?)")

// RefusedExt is added to the name of a dropped pack that was refused, so
// that it is tried only once.
const RefusedExt = ".refused"

// PickedUp is what became of one pack dropped in the updates folder.
type PickedUp struct {
	File   string
	Result Result
	// Err is nil when the pack was installed, or was already in use; the
	// file is then removed. A *Refusal means it was renamed to
	// File+RefusedExt; any other error leaves it for the next start.
	Err error
}

// PickUp installs the packs (*.briefing) dropped in the updates folder,
// the lowest version first, so that the newest ends in use and the one
// before it is the previous. Each is checked as `briefing update` checks a
// pack; none may be older than the briefing in use.
func (s *Store) PickUp() []PickedUp {
	entries, err := os.ReadDir(s.UpdatesDir())
	if err != nil {
		return nil
	}
	type dropped struct {
		file    string
		data    []byte
		version string // "" when it does not open: refused first
		changed time.Time
		err     error
	}
	var found []dropped
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), PackExt) || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		d := dropped{file: filepath.Join(s.UpdatesDir(), e.Name())}
		if info, err := e.Info(); err == nil {
			d.changed = info.ModTime()
		}
		d.data, d.err = ReadPack(d.file)
		if d.err == nil {
			if p, err := pack.Open(d.data); err == nil {
				d.version = p.Manifest.Version
			}
		}
		found = append(found, d)
	}
	slices.SortStableFunc(found, func(a, b dropped) int {
		if a.version == "" || b.version == "" {
			return cmp.Compare(a.version, b.version)
		}
		return pack.CompareVersions(a.version, b.version)
	})
	var out []PickedUp
	for _, d := range found {
		pu := PickedUp{File: d.file, Err: d.err}
		if errors.Is(d.err, pack.ErrTooLarge) {
			pu.Err = refuse(d.err)
		}
		if d.err == nil {
			pu.Result, pu.Err = s.Install(d.data, false)
		}
		if errors.Is(pu.Err, pack.ErrNotPack) && s.now().Sub(d.changed) < copyGrace {
			pu.Err = ErrStillCopying
		}
		var refused *Refusal
		switch {
		case pu.Err == nil:
			os.Remove(d.file)
		case errors.As(pu.Err, &refused):
			os.Rename(d.file, d.file+RefusedExt)
		}
		out = append(out, pu)
	}
	return out
}
