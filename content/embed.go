// Package content holds the briefing's built-in items as Markdown files, one
// item a file, in folders by kind (see FORMAT.md), and embeds them in the
// binary so that it needs no files and no network.
package content

import (
	"embed"
	"io/fs"
)

//go:embed */*.md
var files embed.FS

// FS returns the built-in content as a read-only file system, rooted at the
// content folder.
func FS() fs.FS { return files }
