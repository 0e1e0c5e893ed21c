package updates

import (
	"fmt"
	"io"
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
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %s is over %d bytes", pack.ErrTooLarge, name, limit)
	}
	return data, nil
}

// ReadPack reads a pack file, refusing one larger than a pack may be.
func ReadPack(name string) ([]byte, error) { return readLimited(name, pack.MaxPackSize) }
