package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"testing"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
)

func TestRoundTrip(t *testing.T) {
	pub, priv := newKey(t)
	data := signedPack(t, content.FS(), priv)
	p, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := p.Verify([]minisign.PublicKey{pub})
	if err != nil || !signer.Equal(pub) {
		t.Fatalf("Verify: %v", err)
	}
	c, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := LoadDir(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	if c.Manifest.Stamp != builtin.Manifest.Stamp {
		t.Errorf("version %q", c.Manifest.Version)
	}
	if c.Manifest.Items != len(c.Briefing.All()) || len(c.Briefing.All()) != len(builtin.Briefing.All()) {
		t.Errorf("%d items in the manifest, %d loaded, %d built in", c.Manifest.Items, len(c.Briefing.All()), len(builtin.Briefing.All()))
	}
	for name, sum := range builtin.Manifest.Files {
		got, err := fs.ReadFile(c.Files, name)
		if err != nil || Hash(got) != sum {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func TestBuildIsReproducible(t *testing.T) {
	a, _, err := Build(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	b, _, _ := Build(content.FS())
	if !bytes.Equal(a, b) {
		t.Error("two builds of the same content differ")
	}
}

func TestSignReplacesSignatureAndKeepsContent(t *testing.T) {
	pub1, priv1 := newKey(t)
	pub2, priv2 := newKey(t)
	once := signedPack(t, content.FS(), priv1)
	twice, err := Sign(once, priv2)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Open(twice)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Verify([]minisign.PublicKey{pub1}); !errors.Is(err, ErrUntrusted) {
		t.Errorf("old key: %v", err)
	}
	if _, err := p.Verify([]minisign.PublicKey{pub2}); err != nil {
		t.Errorf("new key: %v", err)
	}
	if _, err := p.Load(); err != nil {
		t.Error(err)
	}
}

func TestSignRefusesTamperedContent(t *testing.T) {
	data, _, err := Build(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	bad := changeEntry(t, data, "content/actions/SEMI-1.md", func(b []byte) []byte { return append(b, " (edited)"...) })
	_, priv := newKey(t)
	if _, err := Sign(bad, priv); !errors.Is(err, ErrTampered) {
		t.Errorf("signing a pack whose file does not match its manifest: %v", err)
	}
}

func TestBuildNeedsVersion(t *testing.T) {
	fsys := builtinCopy(t)
	delete(fsys, VersionFile)
	if _, _, err := Build(fsys); !errors.Is(err, ErrNoVersion) {
		t.Errorf("no VERSION: %v", err)
	}
}

func TestBuildRefusesBadNames(t *testing.T) {
	fsys := builtinCopy(t)
	fsys["areas/evil\x1b[2J.md"] = fsys["areas/SEMI.md"]
	if _, _, err := Build(fsys); !errors.Is(err, ErrUnsafePath) || bytes.ContainsRune([]byte(err.Error()), 0x1b) {
		t.Errorf("escape in a name: %v", err)
	}
}

// TestDeflatedPackReads: a pack whose entries are deflated (by another zip
// tool, say) passes the same checks.
func TestDeflatedPackReads(t *testing.T) {
	pub, priv := newKey(t)
	deflated := rezipWith(t, entries(t, signedPack(t, content.FS(), priv)), zip.Deflate)
	if err := checkPack(deflated, pub); err != nil {
		t.Fatal(err)
	}
}
