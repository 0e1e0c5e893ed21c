package updates

import "github.com/eu-rok/briefing/model/safefile"

// writeFileAtomic is the one place this package writes a file: atomically
// and durably, so a crash leaves the old file or the new one, never a mix.
func writeFileAtomic(path string, data []byte) error {
	return safefile.Write(path, data, safefile.Options{Perm: 0o600})
}
