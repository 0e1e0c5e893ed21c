package pack

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"testing"
	"testing/fstest"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
)

// newKey makes a key pair for one test; no key is ever committed.
func newKey(t testing.TB) (minisign.PublicKey, minisign.PrivateKey) {
	t.Helper()
	pub, priv, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

// builtinCopy is the built-in content as a map a test may change.
func builtinCopy(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(content.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS(), name)
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// signedPack builds and signs a pack of fsys.
func signedPack(t testing.TB, fsys fs.FS, key minisign.PrivateKey) []byte {
	t.Helper()
	data, _, err := Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := Sign(data, key)
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

// entry is one zip entry as a test rewrites it.
type entry struct {
	hdr  zip.FileHeader
	body []byte
}

// entries reads every entry of a zip.
func entries(t testing.TB, data []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{hdr: f.FileHeader, body: body})
	}
	return out
}

// rezip writes entries as a new zip, each with its header's name and mode,
// stored as packs store them.
func rezip(t testing.TB, es []entry) []byte { return rezipWith(t, es, zip.Store) }

// rezipWith writes entries as a new zip with a compression method.
func rezipWith(t testing.TB, es []entry, method uint16) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range es {
		hdr := &zip.FileHeader{Name: e.hdr.Name, Method: method}
		hdr.SetMode(e.hdr.Mode())
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// changeEntry rewrites a pack with one entry's body changed.
func changeEntry(t testing.TB, data []byte, name string, change func([]byte) []byte) []byte {
	t.Helper()
	es := entries(t, data)
	found := false
	for i := range es {
		if es[i].hdr.Name == name {
			es[i].body = change(es[i].body)
			found = true
		}
	}
	if !found {
		t.Fatalf("no entry %s", name)
	}
	return rezip(t, es)
}
