// Package content holds the briefing's built-in items as Markdown files, one
// item a file, in folders by kind (see FORMAT.md), and embeds them in the
// binary so that it needs no files and no network.
//
// VERSION names the content's version and date. The rest of its manifest
// (the item count and each file's SHA-256) is computed from the embedded
// files when it is needed, by model/pack, rather than committed: a
// committed list of hashes would have to be regenerated after every edit
// and could disagree with the files, while reading and hashing the
// ~400 KB embedded here takes 1.6 to 1.9 ms (BenchmarkBuiltinManifest in
// model/pack, on the project's two-core machine). Editors raise VERSION
// when the content changes: the version is what decides whether an
// installed pack is newer than the built-in content.
package content

import (
	"embed"
	"io/fs"
)

//go:embed VERSION */*.md
var files embed.FS

// FS returns the built-in content as a read-only file system, rooted at the
// content folder: VERSION and the kind folders.
func FS() fs.FS { return files }
