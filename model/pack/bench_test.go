package pack

import (
	"testing"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

// BenchmarkBuiltinManifest is what computing the built-in content's
// manifest (reading and hashing every embedded file) adds to a start.
func BenchmarkBuiltinManifest(b *testing.B) {
	for b.Loop() {
		if _, err := BuildManifest(content.FS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBuiltin is loading the built-in content without a
// manifest, for comparison.
func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := model.Load(content.FS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenVerifyLoad is what a start with an installed pack does to
// it: read the layout and manifest, check the signature, hash every file,
// load the content.
func BenchmarkOpenVerifyLoad(b *testing.B) {
	pub, priv := newKey(b)
	data := signedPack(b, content.FS(), priv)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		p, err := Open(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Verify([]minisign.PublicKey{pub}); err != nil {
			b.Fatal(err)
		}
		if _, err := p.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
