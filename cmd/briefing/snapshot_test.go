package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// maxBinary is the most a stripped release binary may weigh: a download
// for a delegate's laptop, not a toolchain.
const maxBinary = 20_000_000

// The targets of .goreleaser.yaml.
var releaseTargets = [][2]string{{"linux", "amd64"}, {"linux", "arm64"}, {"darwin", "amd64"}, {"darwin", "arm64"}, {"windows", "amd64"}, {"windows", "arm64"}}

// TestReleaseSnapshot builds the release as goreleaser does, from
// .goreleaser.yaml, as a snapshot of HEAD in a fresh clone, and checks every
// archive: the files it must hold, each binary's format, architecture and
// size, checksums.txt, and what the native binary says it is. It then
// builds the snapshot again in a second clone, at another path, and
// requires the same archives, and the native binary once more with an
// empty build cache, and requires the same bytes: the release is
// reproducible. Then, the clone's remote removed, `goreleaser check` still
// passes. It takes minutes, so it runs only with BRIEFING_RELEASE_CHECK=1,
// as scripts/release-check.sh sets it; goreleaser comes from .ci/goreleaser.
func TestReleaseSnapshot(t *testing.T) {
	if os.Getenv("BRIEFING_RELEASE_CHECK") == "" {
		t.Skip("builds a release snapshot: set BRIEFING_RELEASE_CHECK=1 (scripts/release-check.sh does)")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	commit := gitOut(t, root, "rev-parse", "HEAD")
	first := cloneAt(t, root, commit)
	goreleaser(t, root, first, nil, "release", "--snapshot", "--clean")

	var meta struct{ Version, Commit string }
	readJSON(t, filepath.Join(first, "dist", "metadata.json"), &meta)
	if meta.Commit != commit {
		t.Fatalf("goreleaser built commit %q, want %s", meta.Commit, commit)
	}
	sums := checksums(t, filepath.Join(first, "dist"))
	var native []byte
	for _, target := range releaseTargets {
		goos, goarch := target[0], target[1]
		name := fmt.Sprintf("briefing_%s_%s_%s.tar.gz", meta.Version, goos, goarch)
		if goos == "windows" {
			name = strings.TrimSuffix(name, ".tar.gz") + ".zip"
		}
		bin := checkArchive(t, first, filepath.Join(first, "dist", name), goos, goarch)
		if sums[name] == "" {
			t.Errorf("checksums.txt does not list %s", name)
		}
		delete(sums, name)
		if goos == runtime.GOOS && goarch == runtime.GOARCH {
			native = bin
		}
	}
	for name := range sums {
		t.Errorf("checksums.txt lists %s, which is not a release archive", name)
	}
	if native == nil {
		t.Fatalf("no archive for %s/%s, where the test runs", runtime.GOOS, runtime.GOARCH)
	}
	checkNativeVersion(t, first, native, "v"+meta.Version, commit)

	// Again, elsewhere: the same archives. Go's build cache may hand the
	// same binaries back, so this shows the archives are reproducible
	// given the binaries (file times, order, compression)...
	second := cloneAt(t, root, commit)
	goreleaser(t, root, second, nil, "release", "--snapshot", "--clean")
	if a, b := readFile(t, filepath.Join(first, "dist", "checksums.txt")), readFile(t, filepath.Join(second, "dist", "checksums.txt")); a != b {
		t.Errorf("not reproducible: two snapshots of %s give different archives:\n%s\n%s", commit, a, b)
	}
	// ...and the native binary, built from nothing cached, the same bytes.
	again := filepath.Join(t.TempDir(), "briefing")
	goreleaser(t, root, second, []string{"GOCACHE=" + t.TempDir()}, "build", "--snapshot", "--clean", "--single-target", "--skip=before", "--output", again)
	rebuilt, err := os.ReadFile(again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rebuilt, native) {
		t.Errorf("not reproducible: the native binary built in %s (%d bytes, sha256 %x) differs from the archive's (%d bytes, sha256 %x)",
			second, len(rebuilt), sha256.Sum256(rebuilt), len(native), sha256.Sum256(native))
	} else {
		t.Logf("reproducible: the rebuilt %s/%s binary is byte for byte the archive's (sha256 %x)", runtime.GOOS, runtime.GOARCH, sha256.Sum256(native))
	}

	// CI's checkouts may have no remote: the configuration names the repository.
	gitOut(t, first, "remote", "remove", "origin")
	goreleaser(t, root, first, nil, "check")
}

// cloneAt clones the repository at root into a new directory, at commit,
// so that what is built is the commit, not the working tree.
func cloneAt(t *testing.T, root, commit string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "briefing")
	gitOut(t, root, "clone", "--quiet", "--shared", "--no-checkout", root, dir)
	gitOut(t, dir, "checkout", "--quiet", "--detach", commit)
	return dir
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// goreleaser runs the pinned goreleaser (.ci/goreleaser installs it when
// missing) in dir and logs how long it took.
func goreleaser(t *testing.T, root, dir string, env []string, args ...string) {
	t.Helper()
	start := time.Now()
	cmd := exec.Command(filepath.Join(root, ".ci", "goreleaser"), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("goreleaser %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	t.Logf("goreleaser %s: %.0f s", strings.Join(args, " "), time.Since(start).Seconds())
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(readFile(t, name)), v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// checksums checks every line of dist/checksums.txt against its file and
// returns the names it lists, with their sums.
func checksums(t *testing.T, dist string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dist, "checksums.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sums := map[string]string{}
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		sum, name, ok := strings.Cut(lines.Text(), "  ")
		if !ok {
			t.Fatalf("checksums.txt: %q is not \"SUM  NAME\"", lines.Text())
		}
		data, err := os.ReadFile(filepath.Join(dist, name))
		if err != nil {
			t.Fatalf("checksums.txt lists %s: %v", name, err)
		}
		if got := sha256.Sum256(data); hex.EncodeToString(got[:]) != sum {
			t.Errorf("checksums.txt: %s has sha256 %x, not %s", name, got, sum)
		}
		sums[name] = sum
	}
	if err := lines.Err(); err != nil {
		t.Fatal(err)
	}
	return sums
}

// checkArchive checks that an archive holds the binary, the licences, the
// README, the content format, the completions and the man page, and that
// the binary is a stripped program for goos/goarch of at most maxBinary
// bytes; it returns the binary.
func checkArchive(t *testing.T, repo, name, goos, goarch string) []byte {
	t.Helper()
	files, err := readArchive(name)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(name), err)
	}
	exe := "briefing"
	if goos == "windows" {
		exe += ".exe"
	}
	for _, want := range []string{exe, "LICENSE", "content/LICENSE", "README.md", "content/FORMAT.md",
		"completions/briefing.bash", "completions/_briefing", "completions/briefing.fish", "completions/briefing.ps1", "manpages/briefing.1.gz"} {
		if len(files[want]) == 0 {
			t.Errorf("%s lacks %s", filepath.Base(name), want)
		}
	}
	for _, licence := range []string{"LICENSE", "content/LICENSE"} {
		if want, _ := os.ReadFile(filepath.Join(repo, licence)); !bytes.Equal(files[licence], want) {
			t.Errorf("%s: %s is not the repository's", filepath.Base(name), licence)
		}
	}
	if page, err := gunzip(files["manpages/briefing.1.gz"]); err != nil || !strings.Contains(page, ".TH BRIEFING 1") {
		t.Errorf("%s: the man page is not one (%v)", filepath.Base(name), err)
	}
	bin := files[exe]
	if err := checkBinary(bin, goos, goarch); err != nil {
		t.Errorf("%s: %s: %v", filepath.Base(name), exe, err)
	}
	if len(bin) > maxBinary {
		t.Errorf("%s: %s is %d bytes, more than %d", filepath.Base(name), exe, len(bin), maxBinary)
	}
	t.Logf("%s: %d bytes, %s %d bytes (%.1f MB)", filepath.Base(name), archiveSize(name), exe, len(bin), float64(len(bin))/1e6)
	return bin
}

func archiveSize(name string) int64 {
	info, err := os.Stat(name)
	if err != nil {
		return -1
	}
	return info.Size()
}

// readArchive reads a .tar.gz or a .zip into memory, file by file.
func readArchive(name string) (map[string][]byte, error) {
	files := map[string][]byte{}
	if strings.HasSuffix(name, ".zip") {
		z, err := zip.OpenReader(name)
		if err != nil {
			return nil, err
		}
		defer z.Close()
		for _, f := range z.File {
			r, err := f.Open()
			if err != nil {
				return nil, err
			}
			files[f.Name], err = io.ReadAll(r)
			r.Close()
			if err != nil {
				return nil, err
			}
		}
		return files, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if files[h.Name], err = io.ReadAll(tr); err != nil {
			return nil, err
		}
	}
}

func gunzip(data []byte) (string, error) {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(gz)
	return string(out), err
}

// checkBinary reads an executable's headers: the format goos runs, built
// for goarch, with no symbol table and no debugging information.
func checkBinary(bin []byte, goos, goarch string) error {
	r := bytes.NewReader(bin)
	switch goos {
	case "linux":
		f, err := elf.NewFile(r)
		if err != nil {
			return fmt.Errorf("not ELF: %w", err)
		}
		if want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[goarch]; f.Machine != want {
			return fmt.Errorf("built for %v, not %v", f.Machine, want)
		}
		if f.Section(".symtab") != nil || f.Section(".debug_info") != nil {
			return fmt.Errorf("not stripped")
		}
	case "darwin":
		f, err := macho.NewFile(r)
		if err != nil {
			return fmt.Errorf("not Mach-O: %w", err)
		}
		if want := map[string]macho.Cpu{"amd64": macho.CpuAmd64, "arm64": macho.CpuArm64}[goarch]; f.Cpu != want {
			return fmt.Errorf("built for %v, not %v", f.Cpu, want)
		}
		// Stripped, a Mach-O program keeps only the symbols it imports.
		if f.Segment("__DWARF") != nil {
			return fmt.Errorf("not stripped: it has debugging information")
		}
		if f.Symtab != nil {
			for _, s := range f.Symtab.Syms {
				if s.Sect != 0 {
					return fmt.Errorf("not stripped: it defines symbol %s", s.Name)
				}
			}
		}
	case "windows":
		f, err := pe.NewFile(r)
		if err != nil {
			return fmt.Errorf("not PE: %w", err)
		}
		if want := map[string]uint16{"amd64": pe.IMAGE_FILE_MACHINE_AMD64, "arm64": pe.IMAGE_FILE_MACHINE_ARM64}[goarch]; f.FileHeader.Machine != want {
			return fmt.Errorf("built for machine %#x, not %#x", f.FileHeader.Machine, want)
		}
		if f.FileHeader.NumberOfSymbols != 0 || f.Section(".debug_info") != nil {
			return fmt.Errorf("not stripped")
		}
	default:
		return fmt.Errorf("no check for %s", goos)
	}
	return nil
}

// checkNativeVersion runs the native binary: `version` names the snapshot,
// the commit and the commit's date, which makes the build reproducible.
func checkNativeVersion(t *testing.T, repo string, bin []byte, version, commit string) {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "briefing")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	if err := os.WriteFile(exe, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	// A data directory of its own: a pack installed on this machine would
	// be the content in use.
	out, err := exec.Command(exe, "version", "--data", t.TempDir()).Output()
	if err != nil {
		t.Fatalf("briefing version: %v", err)
	}
	committed, err := time.Parse(time.RFC3339, gitOut(t, repo, "log", "-1", "--format=%cI", commit))
	if err != nil {
		t.Fatal(err)
	}
	// The three lines of the build, then the content in use: built in, as
	// nothing is installed for this binary's user.
	want := fmt.Sprintf("briefing %s\ncommit %s\nbuilt %s\ncontent %s of ", version, commit, committed.UTC().Format(time.RFC3339), builtInVersion())
	if !strings.HasPrefix(string(out), want) || !strings.HasSuffix(string(out), ", built in\n") {
		t.Errorf("the native binary's version says\n%s\nwant\n%s… , built in", out, want)
	}
}
