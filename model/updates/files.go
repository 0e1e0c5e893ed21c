package updates

import (
	"os"

	"github.com/eu-rok/briefing/model/pack"
)

// readLimited reads a file of at most limit bytes, refusing a longer one
// before reading it all.
func readLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return pack.ReadAtMost(f, limit, name)
}

// ReadPack reads a pack file, refusing one larger than a pack may be.
func ReadPack(name string) ([]byte, error) { return readLimited(name, pack.MaxPackSize) }
