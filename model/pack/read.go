package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/safefile"
)

// Pack is a pack file whose layout has been checked: every entry is a
// regular file with an allowed name and size, the manifest reads, and it
// lists exactly the content files there are. Its signature and the files'
// hashes are checked by Verify and Files.
type Pack struct {
	Manifest     Manifest
	manifestData []byte
	signature    []byte // nil when the pack is not signed
	zr           *zip.Reader
	entries      map[string]*zip.File // by name in the zip
}

// Open checks a pack's layout from its central directory and reads its
// manifest and signature. It decompresses nothing else.
func Open(data []byte) (*Pack, error) {
	if len(data) > MaxPackSize {
		return nil, fmt.Errorf("%w: the file is over %d MB", ErrTooLarge, MaxPackSize>>20)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) { // insecure names are refused below, with the name
		return nil, fmt.Errorf("%w: %v", ErrNotPack, err)
	}
	if len(zr.File) > MaxEntries {
		return nil, fmt.Errorf("%w: %d entries, at most %d", ErrTooMany, len(zr.File), MaxEntries)
	}
	p := &Pack{zr: zr, entries: make(map[string]*zip.File, len(zr.File))}
	var total uint64
	for _, f := range zr.File {
		if err := checkEntry(f); err != nil {
			return nil, err
		}
		if _, dup := p.entries[f.Name]; dup {
			return nil, fmt.Errorf("%w: %q is in the pack twice", ErrUnsafePath, model.Sanitize(f.Name))
		}
		p.entries[f.Name] = f
		if total += f.UncompressedSize64; total > MaxPackSize {
			return nil, fmt.Errorf("%w: its files come to over %d MB", ErrTooLarge, MaxPackSize>>20)
		}
	}
	mf := p.entries[ManifestName]
	if mf == nil {
		return nil, fmt.Errorf("%w: it has no %s", ErrBadManifest, ManifestName)
	}
	if p.manifestData, err = readEntry(mf, MaxManifestSize); err != nil {
		return nil, err
	}
	if p.Manifest, err = parseManifest(p.manifestData); err != nil {
		return nil, err
	}
	if sf := p.entries[SignatureName]; sf != nil {
		if p.signature, err = readEntry(sf, MaxSignatureSize); err != nil {
			return nil, err
		}
	}
	for name := range p.Manifest.Files {
		if p.entries[contentPrefix+name] == nil {
			return nil, fmt.Errorf("%w: %s is in the manifest but not in the pack", ErrTampered, name)
		}
	}
	for name := range p.entries {
		if rest, ok := strings.CutPrefix(name, contentPrefix); ok && p.Manifest.Files[rest] == "" {
			return nil, fmt.Errorf("%w: %s is in the pack but not in the manifest", ErrTampered, rest)
		}
	}
	return p, nil
}

// checkEntry refuses an entry that is not a regular file with an allowed
// name, a supported compression and a size within the limits. It looks
// only at the central directory.
func checkEntry(f *zip.File) error {
	name := model.Sanitize(f.Name)
	if !f.Mode().IsRegular() {
		return fmt.Errorf("%w: %q is %s", ErrLink, name, safefile.Kind(f.Mode()))
	}
	limit := uint64(MaxFileSize)
	switch f.Name {
	case ManifestName:
		limit = MaxManifestSize
	case SignatureName:
		limit = MaxSignatureSize
	default:
		rest, ok := strings.CutPrefix(f.Name, contentPrefix)
		if !ok {
			return fmt.Errorf("%w: %q (a pack holds %s, %s and content/…)", ErrUnsafePath, name, ManifestName, SignatureName)
		}
		if err := checkContentPath(rest); err != nil {
			return err
		}
	}
	if f.UncompressedSize64 > limit {
		return fmt.Errorf("%w: %q claims %d bytes, more than the %d it may have", ErrTooLarge, name, f.UncompressedSize64, limit)
	}
	if f.Method != zip.Store && f.Method != zip.Deflate {
		return fmt.Errorf("%w: %q uses compression method %d", ErrNotPack, name, f.Method)
	}
	return nil
}

// readEntry reads one entry, at most limit bytes. archive/zip checks the
// entry's CRC and refuses more bytes than its declared size.
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotPack, model.Sanitize(f.Name), err)
	}
	defer rc.Close()
	data, err := ReadAtMost(rc, limit, model.Sanitize(f.Name))
	if err != nil && !errors.Is(err, ErrTooLarge) {
		return nil, fmt.Errorf("%w: damaged: %v", ErrNotPack, err)
	}
	return data, err
}

// Signed says whether the pack carries a signature.
func (p *Pack) Signed() bool { return p.signature != nil }

// SignerID is the id of the key the signature names, when there is a
// signature that reads. It proves nothing until Verify passes.
func (p *Pack) SignerID() (uint64, bool) {
	var s minisign.Signature
	if p.signature == nil || s.UnmarshalText(p.signature) != nil {
		return 0, false
	}
	return s.KeyID, true
}

// Verify checks the signature on the manifest against the trusted keys and
// returns the key that made it.
func (p *Pack) Verify(trusted []minisign.PublicKey) (minisign.PublicKey, error) {
	if p.signature == nil {
		return minisign.PublicKey{}, fmt.Errorf("%w: sign it with `briefing pack sign --key FILE`", ErrUnsigned)
	}
	id, ok := p.SignerID()
	if !ok {
		return minisign.PublicKey{}, fmt.Errorf("%w: %s does not read as a minisign signature", ErrBadSignature, SignatureName)
	}
	known := false
	for _, k := range trusted {
		if k.ID() != id {
			continue
		}
		known = true
		if minisign.Verify(k, p.manifestData, p.signature) {
			return k, nil
		}
	}
	if known {
		return minisign.PublicKey{}, ErrBadSignature
	}
	return minisign.PublicKey{}, fmt.Errorf("%w: key %s (trust the editors' key with `briefing trust add KEYFILE`)", ErrUntrusted, KeyID(id))
}

// Files checks every content file against the manifest's hash and returns
// the content, rooted at the content folder.
func (p *Pack) Files() (fs.FS, error) {
	for name, sum := range p.Manifest.Files {
		data, err := readEntry(p.entries[contentPrefix+name], MaxFileSize)
		if err != nil {
			return nil, err
		}
		if Hash(data) != sum {
			return nil, fmt.Errorf("%w: %s", ErrTampered, name)
		}
	}
	return fs.Sub(p.zr, strings.TrimSuffix(contentPrefix, "/"))
}
