package personal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// tempPrefix starts the names of the temporary files a save writes. One
// left behind by a crash is removed by the next save, under the lock.
const tempPrefix = ".notes.md.tmp-"

// save replaces the notes file with data so that a crash at any moment
// leaves either the old file or the new one: write a temporary file in the
// same directory, fsync it, rename it over the old one, fsync the
// directory. It must be called under the lock.
func (s *Store) save(data []byte) error {
	removeLeftovers(s.dir)
	f, err := os.CreateTemp(s.dir, tempPrefix+"*")
	if err != nil {
		return fmt.Errorf("saving the notes: %w", err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("saving the notes: %w", err)
	}
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := runHook(s.hooks.afterTempWrite); err != nil {
		return err // a simulated crash: leave everything as it is
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := runHook(s.hooks.afterSync); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving the notes: %w", err)
	}
	if err := runHook(s.hooks.beforeRename); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.Path()); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving the notes: %w", err)
	}
	if err := syncDir(s.dir); err != nil {
		return fmt.Errorf("saving the notes: %w", err)
	}
	return nil
}

func runHook(h func() error) error {
	if h == nil {
		return nil
	}
	return h()
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

// WriteFileAtomic writes data to path the same way the notes are saved:
// a temporary file beside it, fsync, rename, fsync of the directory. The
// export uses it for -o FILE.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}
