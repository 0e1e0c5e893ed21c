// Package updates keeps, in the user's data directory, the briefing packs
// installed on this laptop, the keys trusted to sign them and what the user
// has read. It decides which content is in use: the newest verified one,
// an installed pack or the content built into the program.
//
// Its files, inside the data directory:
//
//	updates/              packs dropped here are installed at the next start
//	packs/installed.json  which installed pack is current and which previous
//	packs/<sha256>.briefing   the installed packs, named by their hash
//	trusted-keys/<ID>.pub the public keys the user trusts, beside the built-in ones
//	whatsnew/state.json   what the user last read: each item's hash
//	whatsnew/state.lock   taken by each change of the record
//	whatsnew/texts/<sha256>   the text of each item as last read, for diffs
//
// Installing is one atomic rename of installed.json, made after the pack is
// checked and written in full, so a crash at any moment leaves either the
// old briefing in use or the new one, never a part of one.
package updates

import (
	"errors"
	"io/fs"
	"path/filepath"
	"time"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

// The folders and files inside the data directory.
const (
	UpdatesFolder = "updates"
	packsFolder   = "packs"
	installedFile = "installed.json"
	keysFolder    = "trusted-keys"
	trackerFolder = "whatsnew"
	PackExt       = ".briefing"
)

// staleAfter is how old a file in packs/ that nothing names must be before
// it is removed: younger, it may be the pack another copy of the program is
// installing at this moment (git's gc waits in the same way).
const staleAfter = time.Hour

// Store is the update state of one data directory.
type Store struct {
	dir     string
	builtin fs.FS
	// builtinKeys are the keys compiled into the program.
	builtinKeys    []minisign.PublicKey
	builtinKeysErr error
	now            func() time.Time
	// stop is called at each step of an install; tests make it kill the
	// process there, as a crash would.
	stop func(Step)
}

// Open gives the store of a data directory, for a program whose built-in
// content is builtin. Nothing is read or written until a method needs it.
func Open(dataDir string, builtin fs.FS) *Store {
	keys, err := pack.BuiltinKeys()
	return &Store{dir: dataDir, builtin: builtin, builtinKeys: keys, builtinKeysErr: err, now: time.Now, stop: func(Step) {}}
}

// UpdatesDir is the folder whose packs are installed at start.
func (s *Store) UpdatesDir() string { return filepath.Join(s.dir, UpdatesFolder) }

func (s *Store) path(parts ...string) string {
	return filepath.Join(append([]string{s.dir}, parts...)...)
}

// Refusal is why a pack was not installed: it failed a check (signature,
// hashes, layout, content, version), as opposed to the disk failing.
type Refusal struct{ Err error }

func (r *Refusal) Error() string { return r.Err.Error() }
func (r *Refusal) Unwrap() error { return r.Err }

func refuse(err error) error { return &Refusal{Err: err} }

// The refusals this package adds to those of model/pack.
var (
	ErrOlder       = errors.New("older than the briefing in use")
	ErrSameVersion = errors.New("the same version as the briefing in use, with different content")
	ErrNoRollback  = errors.New("there is no previous briefing to go back to")
)
