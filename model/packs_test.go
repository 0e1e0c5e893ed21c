package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenPacks loads each pack under testdata/packs the way the command
// line does (a root that links cannot leave) and checks that it reports the
// problem its WANT file names, with file and line; a pack whose WANT is
// empty must load.
func TestBrokenPacks(t *testing.T) {
	dirs, err := filepath.Glob("testdata/packs/*/WANT")
	if err != nil || len(dirs) < 15 {
		t.Fatalf("want at least 15 fixture packs, found %d (%v)", len(dirs), err)
	}
	for _, wantFile := range dirs {
		dir := filepath.Dir(wantFile)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			wantBytes, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSpace(string(wantBytes))
			b, err := loadDir(t, dir)
			if want == "" {
				if err != nil {
					t.Fatalf("pack should load:\n%v", err)
				}
				if b == nil {
					t.Fatal("no briefing")
				}
				return
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want problems, got %v", err)
			}
			if !strings.Contains(ps.Error(), want) {
				t.Errorf("problems do not name %q:\n%v", want, ps)
			}
		})
	}
}

func TestOversizedFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "glossary", "GL-BIG.md")
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = loadDir(t, dir)
	if err == nil || !strings.Contains(err.Error(), "glossary/GL-BIG.md: file is") || !strings.Contains(err.Error(), "10 MB") {
		t.Errorf("an oversized file must be refused by name: %v", err)
	}
}

func loadDir(t *testing.T, dir string) (*Briefing, error) {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return Load(root.FS())
}
