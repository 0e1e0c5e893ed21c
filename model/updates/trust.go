package updates

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

// TrustedKey is a public key whose signature on a pack is accepted.
type TrustedKey struct {
	Key     minisign.PublicKey
	BuiltIn bool // compiled into the program; else added by the user
}

// Errors of trust changes.
var (
	ErrBuiltInKey = errors.New("the key is built into the program and cannot be removed")
	ErrNoSuchKey  = errors.New("no trusted key has that id")
	ErrKeyClash   = errors.New("another key with the same id is already trusted")
)

// TrustedKeys lists the built-in keys, then the user's, by id. A user key
// file that does not read is left out and named in the error, which comes
// with the keys that did read.
func (s *Store) TrustedKeys() ([]TrustedKey, error) {
	err := s.builtinKeysErr
	var keys []TrustedKey
	for _, k := range s.builtinKeys {
		keys = append(keys, TrustedKey{Key: k, BuiltIn: true})
	}
	dir := s.path(keysFolder)
	entries, rerr := os.ReadDir(dir)
	if rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
		err = errors.Join(err, fmt.Errorf("reading the trusted keys: %w", rerr))
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".pub") || !e.Type().IsRegular() {
			continue
		}
		name := filepath.Join(dir, e.Name())
		k, kerr := ReadPublicKey(name)
		if kerr != nil {
			err = errors.Join(err, fmt.Errorf("%s: %w", name, kerr))
			continue
		}
		keys = append(keys, TrustedKey{Key: k})
	}
	return keys, err
}

// ReadPublicKey reads a minisign public key file, of at most a few lines.
func ReadPublicKey(name string) (minisign.PublicKey, error) {
	data, err := readLimited(name, 4<<10)
	if err != nil {
		return minisign.PublicKey{}, err
	}
	return pack.ParsePublicKey(data)
}

// publicKeys is the trusted keys, as pack.Verify takes them.
func publicKeys(keys []TrustedKey) []minisign.PublicKey {
	out := make([]minisign.PublicKey, len(keys))
	for i, k := range keys {
		out[i] = k.Key
	}
	return out
}

// Trust adds a key to the user's trusted keys. It says false when the key
// was already trusted.
func (s *Store) Trust(k minisign.PublicKey) (bool, error) {
	keys, _ := s.TrustedKeys()
	for _, t := range keys {
		if t.Key.Equal(k) {
			return false, nil
		}
		if t.Key.ID() == k.ID() {
			return false, fmt.Errorf("%w: %s", ErrKeyClash, pack.KeyID(k.ID()))
		}
	}
	dir := s.path(keysFolder)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, err
	}
	return true, writeFileAtomic(filepath.Join(dir, pack.KeyID(k.ID())+".pub"), pack.EncodePublicKey(k))
}

// Untrust removes one of the user's trusted keys, by id.
func (s *Store) Untrust(id uint64) error {
	keys, _ := s.TrustedKeys()
	for _, t := range keys {
		if t.Key.ID() == id && t.BuiltIn {
			return ErrBuiltInKey
		}
	}
	dir := s.path(keysFolder)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	removed := false
	for _, e := range entries {
		name := filepath.Join(dir, e.Name())
		if k, err := ReadPublicKey(name); err == nil && k.ID() == id {
			if err := os.Remove(name); err != nil {
				return err
			}
			removed = true
		}
	}
	if !removed {
		return fmt.Errorf("%w: %s", ErrNoSuchKey, pack.KeyID(id))
	}
	return nil
}

// Verify checks a pack's signature against the keys trusted now.
func (s *Store) Verify(p *pack.Pack) (minisign.PublicKey, error) {
	keys, _ := s.TrustedKeys()
	return p.Verify(publicKeys(keys))
}
