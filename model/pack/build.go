package pack

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"time"

	"aead.dev/minisign"
)

// Build writes an unsigned pack of a content directory: its manifest, then
// every content file. Check the content with model.Load first: Build only
// hashes and copies. Entries carry the content's date as their time, so
// two builds of the same content give the same bytes.
func Build(fsys fs.FS) ([]byte, Manifest, error) {
	m, err := BuildManifest(fsys)
	if err != nil {
		return nil, Manifest{}, err
	}
	manifest, err := m.encode()
	if err != nil {
		return nil, Manifest{}, err
	}
	var buf bytes.Buffer
	w := newWriter(&buf, m.Date)
	w.add(ManifestName, manifest)
	for _, name := range slices.Sorted(maps.Keys(m.Files)) {
		data, err := readLimited(fsys, name)
		if err != nil {
			return nil, Manifest{}, err
		}
		if Hash(data) != m.Files[name] {
			return nil, Manifest{}, fmt.Errorf("%s changed while the pack was being built; build it again", name)
		}
		w.add(contentPrefix+name, data)
	}
	if err := w.close(); err != nil {
		return nil, Manifest{}, err
	}
	return buf.Bytes(), m, nil
}

// Sign returns the pack with a signature over its manifest by key, in
// place of any it had. The content files are checked against the manifest
// first, so a signature never vouches for a file that was changed, and are
// copied as they are.
func Sign(data []byte, key minisign.PrivateKey) ([]byte, error) {
	p, err := Open(data)
	if err != nil {
		return nil, err
	}
	if _, err := p.Files(); err != nil {
		return nil, err
	}
	trusted := fmt.Sprintf("briefing content %s of %s, %d items", p.Manifest.Version, p.Manifest.Date, p.Manifest.Items)
	untrusted := "signature from briefing pack key " + KeyID(key.ID())
	sig := minisign.SignWithComments(key, p.manifestData, trusted, untrusted)

	var buf bytes.Buffer
	w := newWriter(&buf, p.Manifest.Date)
	w.copy(p.entries[ManifestName])
	w.add(SignatureName, sig)
	for _, name := range slices.Sorted(maps.Keys(p.Manifest.Files)) {
		w.copy(p.entries[contentPrefix+name])
	}
	if err := w.close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writer writes zip entries in order, keeping the first error.
type writer struct {
	zw       *zip.Writer
	modified time.Time
	err      error
}

func newWriter(buf *bytes.Buffer, date string) *writer {
	modified, _ := time.Parse(time.DateOnly, date) // checked by ReadStamp or parseManifest
	return &writer{zw: zip.NewWriter(buf), modified: modified}
}

func (w *writer) add(name string, data []byte) {
	if w.err != nil {
		return
	}
	f, err := w.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, Modified: w.modified})
	if err == nil {
		_, err = f.Write(data)
	}
	w.err = err
}

func (w *writer) copy(f *zip.File) {
	if w.err == nil {
		w.err = w.zw.Copy(f)
	}
}

func (w *writer) close() error {
	if w.err != nil {
		return w.err
	}
	return w.zw.Close()
}
