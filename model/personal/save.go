package personal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/eu-rok/briefing/model/safefile"
)

// tempPrefix starts the names of the temporary files a save writes. One
// left behind by a crash is removed by the next save, under the lock.
const tempPrefix = ".notes.md.tmp-"

// save replaces the notes file at path (notes.md, or the file its link
// leads to) with data so that a crash at any moment leaves either the old
// file or the new one: see package safefile. It must be called under the
// lock.
func (s *Store) save(path string, data []byte) error {
	removeLeftovers(filepath.Dir(path))
	if err := safefile.WriteWith(s.ops, path, data, safefile.Options{Perm: 0o600, TempPrefix: tempPrefix}); err != nil {
		return fmt.Errorf("saving the notes: %w", err)
	}
	return nil
}

// removeLeftovers deletes temporary files of saves that never finished.
func removeLeftovers(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
