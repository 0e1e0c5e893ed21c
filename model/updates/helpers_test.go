package updates

import (
	"io/fs"
	"testing"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
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

// packOf builds a pack of an edition, signed by the laptop's editors.
func (l *laptop) packOf(t *testing.T, fsys fs.FS) []byte {
	t.Helper()
	return packtest.Signed(t, fsys, l.priv)
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
