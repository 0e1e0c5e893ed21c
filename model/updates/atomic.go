package updates

import "github.com/eu-rok/briefing/model/personal"

// writeFileAtomic is the one place this package writes a file atomically:
// a temporary file beside it, fsync, rename, fsync of the folder. It uses
// the notes' writer, which is moving into a package of its own.
func writeFileAtomic(path string, data []byte) error {
	return personal.WriteFileAtomic(path, data, 0o600)
}
