package pack

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/eu-rok/briefing/model"
)

// manifestFormat is the version of the manifest's layout this program
// writes and reads.
const manifestFormat = 1

// Manifest describes one version of the content: its stamp, how many items
// it has and the SHA-256 of every content file, by its path inside the
// content ("areas/SEMI.md"). Each item is one file.
type Manifest struct {
	Format int `json:"format"`
	Stamp
	Items int               `json:"items"`
	Files map[string]string `json:"files"`
}

// Hash is how the manifest names a file's bytes: SHA-256, in hex.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// BuildManifest reads a content directory: the VERSION file at its root and
// every file in its folders (model.Folders: the kinds' and the search
// vocabulary's), which it hashes. Items counts the files of the kinds'
// folders. It does not check the items themselves: model.Load does.
func BuildManifest(fsys fs.FS) (Manifest, error) {
	stamp, err := ReadStamp(fsys)
	if err != nil {
		return Manifest{}, err
	}
	m := Manifest{Format: manifestFormat, Stamp: stamp, Files: map[string]string{}}
	total := 0
	for _, folder := range model.Folders() {
		entries, err := fs.ReadDir(fsys, folder)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Manifest{}, err
		}
		for _, e := range entries {
			name := path.Join(folder, e.Name())
			if err := checkContentPath(name); err != nil {
				return Manifest{}, err
			}
			data, err := readLimited(fsys, name)
			if err != nil {
				return Manifest{}, err
			}
			if total += len(data); total > MaxPackSize {
				return Manifest{}, fmt.Errorf("%w: the content is over %d MB", ErrTooLarge, MaxPackSize>>20)
			}
			m.Files[name] = Hash(data)
		}
	}
	m.Items = countItems(m.Files)
	return m, nil
}

// countItems counts the item files among a manifest's files: all but the
// search vocabulary's.
func countItems(files map[string]string) int {
	n := 0
	for name := range files {
		if !strings.HasPrefix(name, model.VocabularyFolder+"/") {
			n++
		}
	}
	return n
}

// readLimited reads one content file, refusing one over MaxFileSize.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAtMost(f, MaxFileSize, name)
}

// ReadAtMost reads r to its end, refusing it with ErrTooLarge once it
// passes limit bytes, without reading further. name says what is read.
func ReadAtMost(r io.Reader, limit int64, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %s is over %d bytes", ErrTooLarge, name, limit)
	}
	return data, nil
}

// checkContentPath says whether name may name a content file in a pack:
// "<folder>/<file>.md" with a kind's folder, nothing that climbs out or
// starts at the root, and no character a terminal would act on.
func checkContentPath(name string) error {
	folder, file, ok := strings.Cut(name, "/")
	if !ok || !slices.Contains(model.Folders(), folder) || strings.Contains(file, "/") || !strings.HasSuffix(file, ".md") ||
		!fs.ValidPath(name) || strings.ContainsAny(name, `\:`) || model.Sanitize(name) != name {
		return fmt.Errorf("%w: %q (a content file is <folder>/<name>.md, inside one of the content folders)", ErrUnsafePath, model.Sanitize(name))
	}
	return nil
}

// encode writes the manifest as the pack stores it: indented JSON, keys in
// order, so that two builds of the same content give the same bytes.
func (m Manifest) encode() ([]byte, error) {
	return json.MarshalIndent(m, "", "  ")
}

// parseManifest reads and checks a manifest.
func parseManifest(data []byte) (Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, fmt.Errorf("%w: %v", ErrBadManifest, err)
	}
	if dec.More() {
		return Manifest{}, fmt.Errorf("%w: text after the manifest", ErrBadManifest)
	}
	if m.Format != manifestFormat {
		return Manifest{}, fmt.Errorf("%w: format %d; this program reads format %d (a newer pack needs a newer briefing)", ErrBadManifest, m.Format, manifestFormat)
	}
	if err := CheckVersion(m.Version); err != nil {
		return Manifest{}, fmt.Errorf("%w: %v", ErrBadManifest, err)
	}
	if err := checkDate(m.Date); err != nil {
		return Manifest{}, fmt.Errorf("%w: %v", ErrBadManifest, err)
	}
	if n := countItems(m.Files); m.Items != n {
		return Manifest{}, fmt.Errorf("%w: it counts %d items but lists %d item files", ErrBadManifest, m.Items, n)
	}
	for name, sum := range m.Files {
		if err := checkContentPath(name); err != nil {
			return Manifest{}, err
		}
		if len(sum) != sha256.Size*2 || strings.Trim(sum, "0123456789abcdef") != "" {
			return Manifest{}, fmt.Errorf("%w: %s: the hash is not a SHA-256 in hex", ErrBadManifest, name)
		}
	}
	return m, nil
}
