// Package packtest makes editions of the briefing for tests: the built-in
// content as of another version, changed as a test needs, and signed
// packs of it with a key the test makes. No key is ever committed.
package packtest

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

// Edition is the built-in content as of another version, changed by edit
// (nil: unchanged). It fails the test when the edition does not load.
func Edition(tb testing.TB, version string, edit func(fstest.MapFS)) fstest.MapFS {
	tb.Helper()
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
		tb.Fatal(err)
	}
	m[pack.VersionFile] = &fstest.MapFile{Data: []byte("version: " + version + "\ndate: 2026-12-01\n")}
	if edit != nil {
		edit(m)
	}
	if _, err := model.Load(m); err != nil {
		tb.Fatalf("the test's edition %s does not load: %v", version, err)
	}
	return m
}

// Replace changes text in one file of an edition.
func Replace(tb testing.TB, m fstest.MapFS, name, old, new string) {
	tb.Helper()
	f := m[name]
	if f == nil || !strings.Contains(string(f.Data), old) {
		tb.Fatalf("%s has no %q", name, old)
	}
	m[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(f.Data), old, new, 1))}
}

// Signed builds a pack of an edition and signs it with key.
func Signed(tb testing.TB, fsys fs.FS, key minisign.PrivateKey) []byte {
	tb.Helper()
	data, _, err := pack.Build(fsys)
	if err != nil {
		tb.Fatal(err)
	}
	signed, err := pack.Sign(data, key)
	if err != nil {
		tb.Fatal(err)
	}
	return signed
}
