package updates

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/pack/packtest"
)

func TestInstallNewerWins(t *testing.T) {
	l := newLaptop(t)
	if got := l.inUse(t); got != builtinVersion(t) {
		t.Fatalf("a new laptop uses %s", got)
	}
	res, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.1", nil)), false)
	if err != nil || res.Already || !res.Before.IsBuiltIn() {
		t.Fatalf("%+v %v", res, err)
	}
	u, _, _ := l.Select()
	if u.Manifest.Version != "9000.1" || u.IsBuiltIn() || !u.Signer.Equal(l.pub) || u.BuiltIn.Version != builtinVersion(t) {
		t.Errorf("in use: %s built-in %v", u.Manifest.Version, u.IsBuiltIn())
	}
	if res, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.1", nil)), false); err != nil || !res.Already {
		t.Errorf("the same pack again: %+v %v", res, err)
	}
}

func TestInstallRefusals(t *testing.T) {
	l := newLaptop(t)
	v2 := l.packOf(t, packtest.Edition(t, "9000.2", nil))
	if _, err := l.Install(v2, false); err != nil {
		t.Fatal(err)
	}
	older := l.packOf(t, packtest.Edition(t, "9000.1", nil))
	sameVersion := l.packOf(t, packtest.Edition(t, "9000.2", func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
	}))
	notNewerThanBuiltin := l.packOf(t, packtest.Edition(t, builtinVersion(t), func(m fstest.MapFS) {
		packtest.Replace(t, m, "actions/SEMI-1.md", "**intend to** set up", "**intend to** hold")
	}))
	stranger := newLaptop(t) // signs with a key this laptop does not trust
	for _, tc := range []struct {
		name       string
		data       []byte
		allowOlder bool
		want       error
	}{
		{"older", older, false, ErrOlder},
		{"same version, other content", sameVersion, false, ErrSameVersion},
		{"not newer than the built-in content", notNewerThanBuiltin, true, ErrOlder},
		{"wrong key", stranger.packOf(t, packtest.Edition(t, "9000.3", nil)), false, pack.ErrUntrusted},
		{"unsigned", mustBuild(t, packtest.Edition(t, "9000.3", nil)), false, pack.ErrUnsigned},
		{"truncated", v2[:len(v2)/3], false, pack.ErrNotPack},
	} {
		_, err := l.Install(tc.data, tc.allowOlder)
		var refusal *Refusal
		if !errors.Is(err, tc.want) || !errors.As(err, &refusal) {
			t.Errorf("%s: got %v, want a refusal for %v", tc.name, err, tc.want)
		}
		if got := l.inUse(t); got != "9000.2" {
			t.Errorf("%s: after the refusal %s is in use", tc.name, got)
		}
	}
	if _, err := l.Install(older, true); err != nil {
		t.Fatalf("--allow-older: %v", err)
	}
	if got := l.inUse(t); got != "9000.1" {
		t.Errorf("after --allow-older %s is in use", got)
	}
}

func mustBuild(t *testing.T, fsys fs.FS) []byte {
	data, _, err := pack.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestRollback(t *testing.T) {
	l := newLaptop(t)
	if err := l.Rollback(); !errors.Is(err, ErrNoRollback) {
		t.Errorf("nothing installed: %v", err)
	}
	for _, v := range []string{"9000.2", "9000.3"} {
		if _, err := l.Install(l.packOf(t, packtest.Edition(t, v, nil)), false); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"9000.2", "9000.3", "9000.2"} {
		if err := l.Rollback(); err != nil {
			t.Fatal(err)
		}
		if got := l.inUse(t); got != want {
			t.Errorf("after a rollback %s is in use, want %s", got, want)
		}
	}
	l2 := newLaptop(t)
	l2.Install(l2.packOf(t, packtest.Edition(t, "9000.2", nil)), false)
	if err := l2.Rollback(); err != nil || l2.inUse(t) != builtinVersion(t) {
		t.Errorf("a rollback from the only pack goes back to the built-in content: %v", err)
	}
}

func TestInstalledPackCheckedAtStart(t *testing.T) {
	l := newLaptop(t)
	if _, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.2", nil)), false); err != nil {
		t.Fatal(err)
	}
	st, _ := l.readInstalled()
	file := l.path(packsFolder, st.Current)
	good, _ := os.ReadFile(file)

	// A pack changed on disk after it was installed.
	bad := good[:len(good)-100]
	os.WriteFile(file, bad, 0o600)
	u, warnings, err := l.Select()
	if err != nil || !u.IsBuiltIn() || len(warnings) != 1 || !errors.Is(warnings[0], pack.ErrNotPack) {
		t.Errorf("a damaged pack: built-in %v, %v, %v", u.IsBuiltIn(), warnings, err)
	}
	os.WriteFile(file, good, 0o600)

	// The key that signed it is no longer trusted.
	if err := l.Untrust(l.pub.ID()); err != nil {
		t.Fatal(err)
	}
	u, warnings, _ = l.Select()
	if !u.IsBuiltIn() || len(warnings) != 1 || !errors.Is(warnings[0], pack.ErrUntrusted) {
		t.Errorf("an untrusted key: built-in %v, %v", u.IsBuiltIn(), warnings)
	}
	l.Trust(l.pub)

	// installed.json that does not read, and a temporary file left by a
	// crash inside an atomic write.
	os.WriteFile(l.path(packsFolder, installedFile), []byte("{\"current\": \"../../etc/passwd\"}"), 0o600)
	leftover := l.path(packsFolder, ".installed.json.tmp-123")
	os.WriteFile(leftover, []byte("{"), 0o600)
	old := l.now().Add(-2 * staleAfter)
	os.Chtimes(leftover, old, old)
	u, warnings, _ = l.Select()
	if !u.IsBuiltIn() || len(warnings) != 1 {
		t.Errorf("a bad installed.json: %v", warnings)
	}
	if _, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.3", nil)), false); err != nil {
		t.Fatalf("an install over a bad installed.json: %v", err)
	}
	if got := l.inUse(t); got != "9000.3" {
		t.Errorf("%s in use", got)
	}
	if _, err := os.Stat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Error("the leftover temporary file was not removed")
	}
}

func TestPickUp(t *testing.T) {
	l := newLaptop(t)
	dir := l.UpdatesDir()
	os.MkdirAll(dir, 0o700)
	v2 := l.packOf(t, packtest.Edition(t, "9000.2", nil))
	v3 := l.packOf(t, packtest.Edition(t, "9000.3", nil))
	v4 := l.packOf(t, packtest.Edition(t, "9000.4", nil))
	truncated := v3[:len(v3)-50]
	os.WriteFile(filepath.Join(dir, "b-new.briefing"), v3, 0o600)
	os.WriteFile(filepath.Join(dir, "a-newest-first-by-name.briefing"), v2, 0o600)
	bad := filepath.Join(dir, "c-bad.briefing")
	os.WriteFile(bad, truncated, 0o600)
	long := time.Now().Add(-time.Hour)
	os.Chtimes(bad, long, long) // cut short an hour ago: not a copy under way
	copying := filepath.Join(dir, "d-copying.briefing")
	os.WriteFile(copying, v4[:len(v4)/2], 0o600) // half copied just now
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a pack"), 0o600)
	got := l.PickUp()
	if len(got) != 4 || !errors.Is(got[0].Err, pack.ErrNotPack) || !errors.Is(got[1].Err, ErrStillCopying) || got[2].Err != nil || got[3].Err != nil {
		t.Fatalf("picked up: %+v", got)
	}
	if l.inUse(t) != "9000.3" {
		t.Error("the newest pack is not in use")
	}
	if err := l.Rollback(); err != nil || l.inUse(t) != "9000.2" {
		t.Errorf("the previous is not the next newest: %v", err)
	}
	left, _ := os.ReadDir(dir)
	var names []string
	for _, e := range left {
		names = append(names, e.Name())
	}
	if len(names) != 3 || names[0] != "c-bad.briefing"+RefusedExt || names[1] != "d-copying.briefing" || names[2] != "notes.txt" {
		t.Errorf("left in updates/: %v", names)
	}
	// The copy finishes: the next start installs it, and nothing refused
	// is tried again.
	os.WriteFile(copying, v4, 0o600)
	if again := l.PickUp(); len(again) != 1 || again[0].Err != nil || l.inUse(t) != "9000.4" {
		t.Errorf("after the copy finished: %+v", again)
	}
}

func TestBuiltinContentLoads(t *testing.T) {
	if _, err := pack.LoadDir(content.FS()); err != nil {
		t.Fatal(err)
	}
}
