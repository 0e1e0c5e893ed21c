package pack

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"
)

// VersionFile is the file at the root of a content directory that names its
// version and date.
const VersionFile = "VERSION"

// maxVersionParts and maxPartDigits keep versions short and their numbers
// inside an int.
const (
	maxVersionParts = 4
	maxPartDigits   = 9
)

// CheckVersion says whether s is a content version: one to four numbers
// separated by dots, such as "2026.2" or "2026.11.3".
func CheckVersion(s string) error {
	parts := strings.Split(s, ".")
	if s == "" || len(parts) > maxVersionParts {
		return fmt.Errorf("version %q: write one to %d numbers separated by dots, such as 2026.2", s, maxVersionParts)
	}
	for _, p := range parts {
		if p == "" || len(p) > maxPartDigits || strings.Trim(p, "0123456789") != "" {
			return fmt.Errorf("version %q: write one to %d numbers separated by dots, such as 2026.2", s, maxVersionParts)
		}
	}
	return nil
}

// CompareVersions orders two checked versions number by number, a missing
// number counting as 0: 2026.10 is newer than 2026.9, and 2026.2 is the same
// as 2026.2.0. It returns -1, 0 or +1.
func CompareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		if c := cmp.Compare(versionPart(as, i), versionPart(bs, i)); c != 0 {
			return c
		}
	}
	return 0
}

func versionPart(parts []string, i int) int {
	if i >= len(parts) {
		return 0
	}
	n, _ := strconv.Atoi(parts[i]) // checked: at most nine digits
	return n
}

// checkDate says whether s is a date written 2026-03-01.
func checkDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("date %q: write it as 2026-03-01", s)
	}
	return nil
}

// Stamp is what the VERSION file of a content directory says: which version
// of the content it is, and of what date.
type Stamp struct {
	Version string `json:"version"`
	Date    string `json:"date"`
}

// ReadStamp reads the VERSION file at the root of a content directory:
//
//	version: 2026.2
//	date: 2026-03-01
func ReadStamp(fsys fs.FS) (Stamp, error) {
	data, err := fs.ReadFile(fsys, VersionFile)
	if errors.Is(err, fs.ErrNotExist) {
		return Stamp{}, fmt.Errorf("%w: add one with the lines \"version: 2026.1\" and \"date: 2026-03-01\"", ErrNoVersion)
	}
	if err != nil {
		return Stamp{}, fmt.Errorf("%s: %w", VersionFile, err)
	}
	if len(data) > 1<<10 {
		return Stamp{}, fmt.Errorf("%s: longer than the two lines it holds", VersionFile)
	}
	var s Stamp
	for i, line := range strings.Split(string(bytes.TrimSpace(data)), "\n") {
		key, value, ok := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "version":
			s.Version = value
		case "date":
			s.Date = value
		default:
			if ok || strings.TrimSpace(line) != "" {
				return Stamp{}, fmt.Errorf("%s:%d: expected \"version: …\" or \"date: …\"", VersionFile, i+1)
			}
		}
	}
	if err := CheckVersion(s.Version); err != nil {
		return Stamp{}, fmt.Errorf("%s: %w", VersionFile, err)
	}
	if err := checkDate(s.Date); err != nil {
		return Stamp{}, fmt.Errorf("%s: %w", VersionFile, err)
	}
	return s, nil
}
