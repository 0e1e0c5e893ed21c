package pack

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/eu-rok/briefing/content"
)

func TestCompareVersions(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"2026.2", "2026.10", -1},
		{"2026.10", "2026.9", 1},
		{"2026.2", "2026.2.0", 0},
		{"2027", "2026.99", 1},
		{"1", "1", 0},
		{"2026.02", "2026.2", 0},
	} {
		if got := CompareVersions(tc.a, tc.b); got != tc.want {
			t.Errorf("CompareVersions(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCheckVersion(t *testing.T) {
	for _, ok := range []string{"1", "2026.2", "2026.11.3.1"} {
		if err := CheckVersion(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "v1", "2026.", ".2", "1.2.3.4.5", "2026-2", "1234567890", "2026.2-rc1", "2026. 2"} {
		if CheckVersion(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestReadStamp(t *testing.T) {
	s, err := ReadStamp(content.FS())
	if err != nil {
		t.Fatalf("the built-in VERSION: %v", err)
	}
	if s.Version == "" || s.Date == "" {
		t.Errorf("%+v", s)
	}
	for name, text := range map[string]string{
		"no date":     "version: 2026.1\n",
		"bad date":    "version: 2026.1\ndate: 1 March 2026\n",
		"bad version": "version: one\ndate: 2026-03-01\n",
		"unknown key": "version: 2026.1\ndate: 2026-03-01\nauthor: me\n",
		"stray line":  "version: 2026.1\ndate: 2026-03-01\nhello\n",
	} {
		if _, err := ReadStamp(fstest.MapFS{VersionFile: {Data: []byte(text)}}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ReadStamp(fstest.MapFS{}); !errors.Is(err, ErrNoVersion) {
		t.Errorf("missing: %v", err)
	}
	s, err = ReadStamp(fstest.MapFS{VersionFile: {Data: []byte("\ndate: 2026-03-01\r\nversion: 2026.3\r\n\n")}})
	if err != nil || s != (Stamp{Version: "2026.3", Date: "2026-03-01"}) {
		t.Errorf("CRLF and blank lines: %+v, %v", s, err)
	}
}
