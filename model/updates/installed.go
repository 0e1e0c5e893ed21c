package updates

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

// installed is packs/installed.json: which installed pack is in use and
// which one --rollback goes back to. Empty names the built-in content.
type installed struct {
	Current  string `json:"current,omitempty"`
	Previous string `json:"previous,omitempty"`
}

// packName is how an installed pack is named: its SHA-256, so that
// installing the same pack twice writes nothing new.
var packName = regexp.MustCompile(`^[0-9a-f]{64}\` + PackExt + `$`)

// readInstalled reads installed.json; none means nothing is installed. A
// file that does not read, or names a file that is no pack, is an error:
// the built-in content is used and the next install writes a good one.
func (s *Store) readInstalled() (installed, error) {
	data, err := readLimited(s.path(packsFolder, installedFile), 4<<10)
	if errors.Is(err, os.ErrNotExist) {
		return installed{}, nil
	}
	var st installed
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	for _, name := range []string{st.Current, st.Previous} {
		if err == nil && name != "" && !packName.MatchString(name) {
			err = fmt.Errorf("it names %q, which is not an installed pack", name)
		}
	}
	if err != nil {
		return installed{}, fmt.Errorf("%s: %w", s.path(packsFolder, installedFile), err)
	}
	return st, nil
}

// writeInstalled replaces installed.json in one atomic step: the moment an
// install or a rollback takes effect.
func (s *Store) writeInstalled(st installed) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(s.path(packsFolder, installedFile), append(data, '\n'))
}

// openInstalled reads one installed pack and checks its layout.
func (s *Store) openInstalled(name string) (*pack.Pack, error) {
	data, err := ReadPack(s.path(packsFolder, name))
	if err != nil {
		return nil, err
	}
	return pack.Open(data)
}

// check verifies a pack's signature against the trusted keys, then every
// file's hash, then loads its content: what a pack passes before it is
// installed, and again before it is used.
func check(p *pack.Pack, trusted []minisign.PublicKey) (*pack.Content, minisign.PublicKey, error) {
	signer, err := p.Verify(trusted)
	if err != nil {
		return nil, minisign.PublicKey{}, err
	}
	c, err := p.Load()
	return c, signer, err
}
