package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/content"
)

// checkPack runs every check a pack goes through before it is installed:
// layout, signature, hashes, content.
func checkPack(data []byte, trusted ...minisign.PublicKey) error {
	p, err := Open(data)
	if err != nil {
		return err
	}
	if _, err := p.Verify(trusted); err != nil {
		return err
	}
	_, err = p.Load()
	return err
}

func TestRefusals(t *testing.T) {
	pub, priv := newKey(t)
	other, _ := newKey(t)
	good := signedPack(t, content.FS(), priv)
	unsigned, _, err := Build(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	if err := checkPack(good, pub); err != nil {
		t.Fatalf("the good pack: %v", err)
	}
	goodEntries := entries(t, good)
	withEntry := func(name string, mode fs.FileMode, body string) []byte {
		es := slices.Clone(goodEntries)
		e := entry{body: []byte(body)}
		e.hdr.Name = name
		e.hdr.SetMode(mode)
		return rezip(t, append(es, e))
	}
	without := func(name string) []byte {
		var es []entry
		for _, e := range goodEntries {
			if e.hdr.Name != name {
				es = append(es, e)
			}
		}
		return rezip(t, es)
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"unsigned", unsigned, ErrUnsigned},
		{"signature removed", without(SignatureName), ErrUnsigned},
		{"tampered content", changeEntry(t, good, "content/actions/SEMI-1.md", func(b []byte) []byte {
			return bytes.Replace(b, []byte("forum"), []byte("farum"), 1)
		}), ErrTampered},
		{"tampered manifest", changeEntry(t, good, ManifestName, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"version": "`), []byte(`"version": "9`), 1)
		}), ErrBadSignature},
		{"garbled signature", changeEntry(t, good, SignatureName, func(b []byte) []byte { return b[:len(b)/2] }), ErrBadSignature},
		{"file missing", without("content/actions/SEMI-1.md"), ErrTampered},
		{"file added", withEntry("content/actions/EXTRA-1.md", 0o644, "x"), ErrTampered},
		{"path climbing out", withEntry("content/../../evil.md", 0o644, "x"), ErrUnsafePath},
		{"path climbing out of a folder", withEntry("content/areas/../../x.md", 0o644, "x"), ErrUnsafePath},
		{"absolute path", withEntry("/etc/cron.d/evil", 0o644, "x"), ErrUnsafePath},
		{"absolute path inside content", withEntry("content//etc/x.md", 0o644, "x"), ErrUnsafePath},
		{"backslash path", withEntry(`content\areas\x.md`, 0o644, "x"), ErrUnsafePath},
		{"drive path", withEntry("C:/x.md", 0o644, "x"), ErrUnsafePath},
		{"unknown top-level file", withEntry("run.sh", 0o755, "x"), ErrUnsafePath},
		{"unknown folder", withEntry("content/notes/x.md", 0o644, "x"), ErrUnsafePath},
		{"escape in a name", withEntry("content/areas/\x1b]52;c;ZXZpbA==\x07.md", 0o644, "x"), ErrUnsafePath},
		{"symbolic link", withEntry("content/areas/LINK.md", fs.ModeSymlink|0o777, "/etc/passwd"), ErrLink},
		{"folder entry", withEntry("content/areas/", fs.ModeDir|0o755, ""), ErrLink},
		{"device", withEntry("content/areas/dev.md", fs.ModeDevice|0o644, ""), ErrLink},
		{"duplicate entry", withEntry("content/actions/SEMI-1.md", 0o644, "again"), ErrUnsafePath},
		{"1 GB claimed in a small file", claimSize(t, good, 1<<30), ErrTooLarge},
		{"truncated to half", good[:len(good)/2], ErrNotPack},
		{"truncated by one byte", good[:len(good)-1], ErrNotPack},
		{"empty file", nil, ErrNotPack},
		{"not a zip", []byte("untrusted comment: hello\n"), ErrNotPack},
		{"too many files", tooMany(t), ErrTooMany},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := checkPack(tc.data, pub)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			t.Log(err)
			if strings.ContainsAny(err.Error(), "\x1b\x07") {
				t.Errorf("the message carries a control character: %q", err)
			}
		})
	}
	t.Run("wrong key", func(t *testing.T) {
		if err := checkPack(good, other); !errors.Is(err, ErrUntrusted) || !strings.Contains(err.Error(), KeyID(pub.ID())) {
			t.Errorf("got %v", err)
		}
		if err := checkPack(good); !errors.Is(err, ErrUntrusted) {
			t.Errorf("no trusted key: %v", err)
		}
	})
}

// claimSize rewrites the pack with one entry that says it holds n bytes
// but carries a few.
func claimSize(t *testing.T, good []byte, n uint64) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries(t, good) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.hdr.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.body)
	}
	body := []byte("small")
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "content/areas/BIG.md", Method: zip.Store,
		CRC32: crc32.ChecksumIEEE(body), CompressedSize64: uint64(len(body)), UncompressedSize64: n})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(body)
	zw.Close()
	return buf.Bytes()
}

// tooMany is a pack with one entry more than the limit.
func tooMany(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range MaxEntries + 1 {
		if _, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("content/areas/A%d.md", i), Method: zip.Store}); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	return buf.Bytes()
}

// TestSizeLie: an entry whose data is longer than its header says is read
// no further than the header.
func TestSizeLie(t *testing.T) {
	pub, priv := newKey(t)
	good := signedPack(t, content.FS(), priv)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries(t, good) {
		if e.hdr.Name == "content/actions/SEMI-1.md" {
			long := append(bytes.Clone(e.body), bytes.Repeat([]byte("x"), 1<<20)...)
			w, _ := zw.CreateRaw(&zip.FileHeader{Name: e.hdr.Name, Method: zip.Store,
				CRC32: crc32.ChecksumIEEE(e.body), CompressedSize64: uint64(len(long)), UncompressedSize64: uint64(len(e.body))})
			w.Write(long)
			continue
		}
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: e.hdr.Name, Method: zip.Deflate})
		w.Write(e.body)
	}
	zw.Close()
	if err := checkPack(buf.Bytes(), pub); !errors.Is(err, ErrNotPack) {
		t.Errorf("got %v", err)
	}
}

func TestManifestChecks(t *testing.T) {
	good := `{"format":1,"version":"2026.2","date":"2026-03-01","items":1,"files":{"areas/SEMI.md":"` + strings.Repeat("ab", 32) + `"}}`
	if _, err := parseManifest([]byte(good)); err != nil {
		t.Fatalf("a good manifest: %v", err)
	}
	for _, bad := range []string{
		strings.Replace(good, `"format":1`, `"format":2`, 1),
		strings.Replace(good, `"items":1`, `"items":2`, 1),
		strings.Replace(good, `2026.2`, `2026.x`, 1),
		strings.Replace(good, `2026-03-01`, `March`, 1),
		strings.Replace(good, `areas/SEMI.md`, `../SEMI.md`, 1),
		strings.Replace(good, strings.Repeat("ab", 32), "ab", 1),
		strings.Replace(good, `"files"`, `"extra":1,"files"`, 1),
		good + "{}",
		"[]",
	} {
		if _, err := parseManifest([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}
