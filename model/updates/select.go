package updates

import (
	"fmt"
	"strings"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

// InUse is the content the program reads and where it comes from.
type InUse struct {
	*pack.Content
	// Pack is the installed pack's file name; empty for the built-in
	// content.
	Pack string
	// Signer is the key that signed the installed pack.
	Signer minisign.PublicKey
	// BuiltIn is the stamp of the content built into the program, in use
	// or not.
	BuiltIn pack.Stamp
}

// IsBuiltIn says whether the built-in content is in use.
func (u *InUse) IsBuiltIn() bool { return u.Pack == "" }

// Select picks the content to use: the current installed pack when it is
// newer than the built-in content and passes every check (signature by a
// key trusted now, hashes, content), else the built-in content. What went
// wrong on the way (a pack that no longer verifies, a key file that does
// not read) comes back as warnings; an error means the built-in content
// itself does not load.
func (s *Store) Select() (*InUse, []error, error) {
	builtin, err := pack.ReadStamp(s.builtin)
	if err != nil {
		return nil, nil, fmt.Errorf("the built-in content: %w", err)
	}
	var warnings []error
	keys, err := s.TrustedKeys()
	if err != nil {
		warnings = append(warnings, err)
	}
	st, err := s.readInstalled()
	if err != nil {
		warnings = append(warnings, err)
	}
	if st.Current != "" {
		if u, err := s.selectInstalled(st.Current, publicKeys(keys), builtin); err != nil {
			warnings = append(warnings, err)
		} else if u != nil {
			return u, warnings, nil
		}
	}
	c, err := pack.LoadDir(s.builtin)
	if err != nil {
		return nil, warnings, fmt.Errorf("the built-in content has problems:\n%w", err)
	}
	return &InUse{Content: c, BuiltIn: builtin}, warnings, nil
}

// selectInstalled loads the installed pack when it is newer than the
// built-in content; nil when it is not. The version is read first, so an
// older pack costs no more than reading its manifest.
func (s *Store) selectInstalled(name string, keys []minisign.PublicKey, builtin pack.Stamp) (*InUse, error) {
	p, err := s.openInstalled(name)
	if err == nil && pack.CompareVersions(p.Manifest.Version, builtin.Version) <= 0 {
		return nil, nil
	}
	var c *pack.Content
	var signer minisign.PublicKey
	if err == nil {
		c, signer, err = check(p, keys)
	}
	if err != nil {
		return nil, fmt.Errorf("the installed briefing could not be used, so the built-in one is (%w); `briefing update --rollback` goes back to the previous one", err)
	}
	return &InUse{Content: c, Pack: name, Signer: signer, BuiltIn: builtin}, nil
}

// Version finds a version of the content on this laptop, checked as at
// start: the built-in content, the installed pack in use or the previous
// one. The error lists the versions there are.
func (s *Store) Version(version string) (*pack.Content, error) {
	if err := pack.CheckVersion(version); err != nil {
		return nil, refuse(err)
	}
	builtin, err := pack.ReadStamp(s.builtin)
	if err != nil {
		return nil, err
	}
	if pack.CompareVersions(version, builtin.Version) == 0 {
		return pack.LoadDir(s.builtin)
	}
	here := []string{builtin.Version + " (built in)"}
	st, _ := s.readInstalled()
	keys, _ := s.TrustedKeys()
	for _, name := range []string{st.Current, st.Previous} {
		if name == "" {
			continue
		}
		p, err := s.openInstalled(name)
		if err != nil {
			continue
		}
		if pack.CompareVersions(version, p.Manifest.Version) == 0 {
			c, _, err := check(p, publicKeys(keys))
			return c, err
		}
		here = append(here, p.Manifest.Version+" (installed)")
	}
	return nil, refuse(fmt.Errorf("version %s is not on this laptop; it has %s", version, strings.Join(here, ", ")))
}
