// Package pack reads and writes briefing packs: one file that carries a
// version of the briefing's content to a laptop, signed by its editors.
//
// A pack is a zip file holding, in this order:
//
//	manifest.json          the content version, its date, the number of items
//	                       and the SHA-256 of every content file
//	manifest.json.minisig  a minisign (Ed25519) signature over manifest.json
//	content/<folder>/<id>.md  the content files, as in a content directory
//
// Why zip rather than tar.gz: a zip ends with a central directory that lists
// every entry with its sizes, so a reader sees the whole layout (names,
// types, claimed sizes, count) and checks the signature on the manifest
// before it decompresses any content, and a copy cut short (a USB stick
// pulled too soon) has no directory and is refused at once. A tar.gz must be
// decompressed from the start to find anything, knows of links, devices and
// long-name extensions a reader must refuse one by one, and shows a cut only
// at its end. Go's archive/zip also refuses to read more than an entry's
// declared size and checks each entry's CRC, and any system opens a zip
// with its own tools, so an IT department can look inside.
//
// Entries are stored, not compressed: the installed pack is checked again
// at every start, and reading stored files takes about half the time of
// inflating them (BenchmarkOpenVerifyLoad: 9-10 ms against 28 ms for
// today's content, measured on the project's two-core machine). The file
// is larger (about 400 KB instead of 130 KB), which a USB stick or an
// e-mail does not notice. Deflated entries are read too.
//
// The signature covers the manifest, and the manifest covers every file, so
// one Ed25519 check and one SHA-256 a file authenticate the whole pack. The
// signature is in minisign's format, so an editor can also check an unzipped
// manifest with the minisign tool.
package pack

import (
	"errors"

	"github.com/eu-rok/briefing/model"
)

// The names inside a pack.
const (
	ManifestName  = "manifest.json"
	SignatureName = "manifest.json.minisig"
	contentPrefix = "content/"
)

// Limits on what a pack may hold. They sit well above a real briefing
// (hundreds of items, a few hundred kilobytes) and well below what would
// hurt a laptop.
const (
	// MaxEntries is the most entries a pack may hold: ten thousand items
	// is the most the briefing is built for, with room to spare.
	MaxEntries = 20000
	// MaxManifestSize bounds manifest.json: about 100 bytes an item.
	MaxManifestSize = 4 << 20
	// MaxSignatureSize bounds the signature file (a real one is ~300 bytes).
	MaxSignatureSize = 4 << 10
	// MaxPackSize bounds the pack file and all its content together.
	MaxPackSize = model.MaxPackSize
	// MaxFileSize bounds one content file, as the loader does.
	MaxFileSize = model.MaxFileSize
)

// The reasons a pack is refused. Errors from this package wrap one of them
// with the details, so callers can tell them apart with errors.Is.
var (
	ErrNotPack      = errors.New("not a complete briefing pack (cut short, or not a pack at all)")
	ErrUnsafePath   = errors.New("a path that is not allowed in a pack")
	ErrLink         = errors.New("a link or other non-regular file, which a pack may not hold")
	ErrTooLarge     = errors.New("larger than a pack may be")
	ErrTooMany      = errors.New("more entries than a pack may hold")
	ErrBadManifest  = errors.New("the manifest is not valid")
	ErrTampered     = errors.New("a file does not match the manifest: it was changed after the pack was built")
	ErrUnsigned     = errors.New("the pack is not signed")
	ErrBadSignature = errors.New("the signature does not match the manifest: the manifest was changed after signing")
	ErrUntrusted    = errors.New("the pack is signed by a key that is not trusted")
	ErrNoVersion    = errors.New("the content has no VERSION file")
)
