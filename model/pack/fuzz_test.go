package pack

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"aead.dev/minisign"
)

// fuzzKey is made from a fixed seed by the test, so that the seed corpus
// stays signed from run to run. It signs nothing outside this test.
func fuzzKey(t testing.TB) (minisign.PublicKey, minisign.PrivateKey) {
	pub, priv, err := minisign.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{7}, 64)))
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

// smallContent is the smallest valid content: the loader's "valid" test
// pack and a VERSION file.
func smallContent(t testing.TB) fstest.MapFS {
	m := fstest.MapFS{VersionFile: {Data: []byte("version: 1.2\ndate: 2026-03-01\n")}}
	dir := os.DirFS("../testdata/packs/valid")
	for _, name := range []string{"areas/SEMI.md", "sources/S0.md"} {
		data, err := fs.ReadFile(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

var packErrors = []error{ErrNotPack, ErrUnsafePath, ErrLink, ErrTooLarge, ErrTooMany, ErrBadManifest,
	ErrTampered, ErrUnsigned, ErrBadSignature, ErrUntrusted}

// FuzzOpen reads any bytes as a pack: no panic; every refusal is one of the
// package's reasons; a pack that passes every check has exactly the files
// its manifest lists, each with its hash.
func FuzzOpen(f *testing.F) {
	pub, priv := fuzzKey(f)
	good := signedPack(f, smallContent(f), priv)
	unsigned, _, err := Build(smallContent(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(unsigned)
	f.Add(good[:len(good)-10])
	f.Add(changeEntry(f, good, "content/areas/SEMI.md", func(b []byte) []byte { return append(b, '!') }))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Open(data)
		if err != nil {
			isPackError(t, err)
			return
		}
		if p.Manifest.Items != len(p.Manifest.Files) {
			t.Fatalf("opened a manifest that counts %d items and lists %d", p.Manifest.Items, len(p.Manifest.Files))
		}
		if _, err := p.Verify([]minisign.PublicKey{pub}); err != nil {
			isPackError(t, err)
		}
		files, err := p.Files()
		if err != nil {
			isPackError(t, err)
			return
		}
		for name, sum := range p.Manifest.Files {
			data, err := fs.ReadFile(files, name)
			if err != nil || Hash(data) != sum {
				t.Fatalf("%s passed the check but reads %v", name, err)
			}
		}
		_, _ = p.Load() // the loader has its own fuzzer; here: no panic
	})
}

func isPackError(t *testing.T, err error) {
	for _, want := range packErrors {
		if errors.Is(err, want) {
			return
		}
	}
	t.Fatalf("a refusal with no reason of this package: %v", err)
}
