package safefile_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model/safefile"
	"github.com/eu-rok/briefing/model/safefile/safefiletest"
)

// record writes through the system, noting each operation's name.
func record(ops *[]string) safefile.Ops {
	return safefiletest.Observe(safefile.System{}, func(op, _ string) error {
		*ops = append(*ops, op)
		return nil
	})
}

// TestDurableOrder: the data is flushed before the file takes the name,
// and the directory after. Leaving out either fsync, or writing in place,
// fails here.
func TestDurableOrder(t *testing.T) {
	for _, tc := range []struct {
		name      string
		noReplace bool
		want      []string
	}{
		{"replace", false, []string{"create", "chmod", "write", "sync", "close", "rename", "syncdir"}},
		{"no replace", true, []string{"create", "chmod", "write", "sync", "close", "link", "remove", "syncdir"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.txt")
			var ops []string
			if err := safefile.WriteWith(record(&ops), path, []byte("new"), safefile.Options{Perm: 0o600, NoReplace: tc.noReplace}); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ops, tc.want) {
				t.Errorf("operations %v, want %v", ops, tc.want)
			}
			if data, _ := os.ReadFile(path); string(data) != "new" {
				t.Errorf("file holds %q", data)
			}
			assertNoTemp(t, filepath.Dir(path))
		})
	}
}

// TestFailureAtEachStep: whichever step fails, the target holds the old
// data or the new, whole, and no temporary file is left.
func TestFailureAtEachStep(t *testing.T) {
	steps := []string{"create", "chmod", "write", "sync", "close", "rename", "syncdir"}
	for _, step := range steps {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "f.txt")
			if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			refused := errors.New("refused")
			ops := safefiletest.Observe(safefile.System{}, func(op, _ string) error {
				if op == step {
					return refused
				}
				return nil
			})
			err := safefile.WriteWith(ops, path, []byte("new"), safefile.Options{Perm: 0o600})
			data, _ := os.ReadFile(path)
			switch step {
			case "syncdir": // the file is in place: not a failure
				if err != nil || string(data) != "new" {
					t.Errorf("err %v, file %q", err, data)
				}
			default:
				if !errors.Is(err, refused) || string(data) != "old" {
					t.Errorf("err %v, file %q: want the refusal and the old file", err, data)
				}
			}
			assertNoTemp(t, dir)
		})
	}
}

func TestNoReplaceRefusesAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := safefile.Write(path, []byte("new"), safefile.Options{Perm: 0o600, NoReplace: true})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("err %v, want fs.ErrExist", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("file holds %q", data)
	}
	assertNoTemp(t, dir)
}

// TestNoReplaceWithoutHardLinks: where links are refused (some file
// systems), the writer looks before renaming.
func TestNoReplaceWithoutHardLinks(t *testing.T) {
	dir := t.TempDir()
	ops := safefiletest.Observe(safefile.System{}, func(op, _ string) error {
		if op == "link" {
			return &os.LinkError{Op: "link", Err: errors.ErrUnsupported}
		}
		return nil
	})
	path := filepath.Join(dir, "f.txt")
	if err := safefile.WriteWith(ops, path, []byte("one"), safefile.Options{Perm: 0o600, NoReplace: true}); err != nil {
		t.Fatal(err)
	}
	if err := safefile.WriteWith(ops, path, []byte("two"), safefile.Options{Perm: 0o600, NoReplace: true}); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second write: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "one" {
		t.Errorf("file holds %q", data)
	}
	assertNoTemp(t, dir)
}

func TestPermIsSetWhateverTheUmask(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt")
	if err := safefile.Write(path, []byte("x"), safefile.Options{Perm: 0o640}); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || (info.Mode().Perm() != 0o640 && os.PathSeparator == '/') {
		t.Errorf("mode %v, err %v", info.Mode(), err)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
