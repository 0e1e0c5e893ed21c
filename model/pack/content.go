package pack

import (
	"fmt"
	"io/fs"

	"github.com/eu-rok/briefing/model"
)

// Content is one version of the briefing, checked and loaded: its manifest,
// its files and the briefing they hold.
type Content struct {
	Manifest Manifest
	Files    fs.FS // rooted at the content folder
	Briefing *model.Briefing
}

// LoadDir loads a content directory (or the built-in content): the
// briefing, with every problem as model.Problems, then its VERSION file and
// the hash of every file.
func LoadDir(fsys fs.FS) (*Content, error) {
	b, err := model.Load(fsys)
	if err != nil {
		return nil, err
	}
	m, err := BuildManifest(fsys)
	if err != nil {
		return nil, err
	}
	return &Content{Manifest: m, Files: fsys, Briefing: b}, nil
}

// Load checks every file of the pack against its manifest and loads the
// briefing they hold. It does not check the signature: call Verify.
func (p *Pack) Load() (*Content, error) {
	files, err := p.Files()
	if err != nil {
		return nil, err
	}
	b, err := model.Load(files)
	if err != nil {
		return nil, fmt.Errorf("the pack's content has problems:\n%w", err)
	}
	return &Content{Manifest: p.Manifest, Files: files, Briefing: b}, nil
}
