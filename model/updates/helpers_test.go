package updates

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
)

// A test laptop: a data directory of its own, the real built-in content
// and an editors' key the test makes and trusts.
type laptop struct {
	*Store
	pub  minisign.PublicKey
	priv minisign.PrivateKey
}

func newLaptop(t *testing.T) *laptop {
	t.Helper()
	pub, priv, err := pack.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	l := &laptop{Store: Open(t.TempDir(), content.FS()), pub: pub, priv: priv}
	if _, err := l.Trust(pub); err != nil {
		t.Fatal(err)
	}
	return l
}

// builtinVersion is the version of the content built in.
func builtinVersion(t *testing.T) string {
	t.Helper()
	s, err := pack.ReadStamp(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	return s.Version
}

// edition is the built-in content as of another version, changed by edit.
func edition(t *testing.T, version string, edit func(fstest.MapFS)) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(content.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS(), name)
		m[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m[pack.VersionFile] = &fstest.MapFile{Data: []byte("version: " + version + "\ndate: 2026-12-01\n")}
	if edit != nil {
		edit(m)
	}
	if _, err := model.Load(m); err != nil {
		t.Fatalf("the test's edition %s does not load: %v", version, err)
	}
	return m
}

// replaceIn changes text in one file of an edition.
func replaceIn(t *testing.T, m fstest.MapFS, name, old, new string) {
	t.Helper()
	f := m[name]
	if f == nil || !strings.Contains(string(f.Data), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	m[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(f.Data), old, new, 1))}
}

// packOf builds and signs a pack of an edition.
func (l *laptop) packOf(t *testing.T, fsys fs.FS) []byte {
	t.Helper()
	data, _, err := pack.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := pack.Sign(data, l.priv)
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

// inUse is the version the laptop would start with, failing the test on
// any warning.
func (l *laptop) inUse(t *testing.T) string {
	t.Helper()
	u, warnings, err := l.Select()
	if err != nil || len(warnings) > 0 {
		t.Fatalf("select: %v %v", err, warnings)
	}
	return u.Manifest.Version
}
