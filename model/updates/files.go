package updates

import (
	"errors"
	"fmt"

	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/safefile"
)

// readLimited reads a regular file of at most limit bytes: a larger one, a
// named pipe or a device in the data directory is refused, never waited on
// or read whole.
func readLimited(name string, limit int64) ([]byte, error) {
	data, err := safefile.ReadFile(name, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// ReadPack reads a pack file, refusing one larger than a pack may be with
// an error that matches pack.ErrTooLarge.
func ReadPack(name string) ([]byte, error) {
	data, err := readLimited(name, pack.MaxPackSize)
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, fmt.Errorf("%s: %w: the file is over %d MB", name, pack.ErrTooLarge, pack.MaxPackSize>>20)
	}
	return data, err
}
