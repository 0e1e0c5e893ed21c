package model

import (
	"cmp"
	"strings"
)

// Ids are one word of ASCII letters, digits, '.' and '-', starting with a
// letter or a digit ("SEMI-1", "DPC-2.13", "GL-ENISA"), and name the same
// item in any case. These functions are the one place that says so: the
// loader, the notes, the search, the browser and the command line all
// compare and check ids through them.

// ValidID reports whether id is a well-formed id.
func ValidID(id string) bool {
	if id == "" || !isIDByte(id[0]) || id[0] == '.' || id[0] == '-' {
		return false
	}
	for i := 1; i < len(id); i++ {
		if !isIDByte(id[i]) {
			return false
		}
	}
	return true
}

func isIDByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-'
}

// IDKey is an id as maps are keyed by it: upper case, so that "semi-1"
// and "SEMI-1" find the same item.
func IDKey(id string) string { return strings.ToUpper(id) }

// SameID reports whether two ids name the same item: IDKey(a) == IDKey(b),
// without building either key.
func SameID(a, b string) bool { return strings.EqualFold(a, b) }

// CompareIDs orders ids so that SEMI-2 comes before SEMI-10 and DPC-2.3
// before DPC-2.12: runs of digits compare as numbers.
func CompareIDs(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := a[:da], b[:db]
			if c := cmp.Compare(len(na), len(nb)); c != 0 {
				return c
			}
			if c := cmp.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if c := cmp.Compare(IDKey(a[:1]), IDKey(b[:1])); c != 0 {
			return c
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
