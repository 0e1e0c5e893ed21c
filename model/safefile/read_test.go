package safefile_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/eu-rok/briefing/model/safefile"
)

func TestReadRegular(t *testing.T) {
	fsys := fstest.MapFS{"small": {Data: []byte("12345")}, "dir": {Mode: os.ModeDir}}
	read := func(name string, max int64) ([]byte, error) {
		f, err := fsys.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		return safefile.ReadRegular(f, max)
	}
	if data, err := read("small", 5); err != nil || string(data) != "12345" {
		t.Errorf("a file of the limit: %q %v", data, err)
	}
	if _, err := read("small", 4); !errors.Is(err, safefile.ErrTooLarge) {
		t.Errorf("a larger file: %v", err)
	}
	var nr *safefile.NotRegularError
	if _, err := read("dir", 5); !errors.As(err, &nr) || nr.Kind != "a directory" {
		t.Errorf("a directory: %v", err)
	}
	// /dev/zero, which never ends, is refused before it is read.
	path := filepath.Join(t.TempDir(), "zero")
	if err := os.Symlink("/dev/zero", path); err == nil {
		f, err := os.Open(path)
		if err == nil {
			defer f.Close()
			if _, err := safefile.ReadRegular(f, 5); !errors.As(err, &nr) || nr.Kind != "a device" {
				t.Errorf("/dev/zero: %v", err)
			}
		}
	}
}
