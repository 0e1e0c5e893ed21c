package export

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestWriteFileModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes")
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		notes bool
		want  os.FileMode
	}{{true, 0o600}, {false, 0o644}} {
		path := filepath.Join(dir, "new.md")
		os.Remove(path)
		if err := WriteFile(path, []byte("x"), tc.notes, false); err != nil {
			t.Fatal(err)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != tc.want {
			t.Errorf("notes %v: mode %v, want %v", tc.notes, info.Mode().Perm(), tc.want)
		}
	}
}

// M4: an existing file is replaced only when asked, keeping its mode.
func TestWriteFileReplacesOnlyWhenAsked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.md")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new"), false, false); !errors.Is(err, ErrExists) {
		t.Errorf("without replace: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("the file was changed: %q", data)
	}
	if err := WriteFile(path, []byte("new"), true, true); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if data, _ := os.ReadFile(path); string(data) != "new" || (runtime.GOOS != "windows" && info.Mode().Perm() != 0o640) {
		t.Errorf("replaced: %q, mode %v", data, info.Mode().Perm())
	}
}

// M4: a link, a directory or a device is never replaced, even when asked.
func TestWriteFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.md")
	if err := os.WriteFile(target, []byte("target"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here")
	}
	cases := map[string]string{link: "a symbolic link", dir: "a directory"}
	if runtime.GOOS != "windows" {
		cases["/dev/null"] = "a device"
	}
	for path, kind := range cases {
		err := WriteFile(path, []byte("x"), false, true)
		if err == nil || !strings.Contains(err.Error(), kind) {
			t.Errorf("%s: %v, want a refusal naming %s", path, err, kind)
		}
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if data, _ := os.ReadFile(target); string(data) != "target" {
		t.Error("the link's target was written")
	}
	if info, err := os.Lstat("/dev/null"); runtime.GOOS != "windows" && (err != nil || info.Mode().IsRegular()) {
		t.Error("/dev/null is a regular file now")
	}
}
