//go:build unix

package safefile

import (
	"errors"
	"os"
	"syscall"
)

// syncDir makes the names in dir durable. Some file systems cannot sync a
// directory (EINVAL): there is nothing more to do on them.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}
