package main

import (
	"strings"
	"testing"
)

// hostilePack is a valid content pack whose text is full of terminal escape
// sequences: clearing the screen, OSC 52 clipboard writes, OSC 8 links, BEL,
// the 8-bit CSI and a bidi override.
const hostilePack = "../../model/testdata/packs/hostile"

func TestHostileContentNeverReachesTheTerminalRaw(t *testing.T) {
	for _, args := range [][]string{
		{"show", "GL-EVIL"},
		{"show", "GL-EVIL", "--json"},
		{"list", "glossary"},
		{"list", "glossary", "--json"},
	} {
		out, errOut, code := briefing(t, append(args, "--content", hostilePack)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
			t.Errorf("%v printed control character %U: %q", args, []rune(out[i:])[0], out)
		}
	}
}

// isTerminalControl reports the characters that make a terminal act rather
// than print: C0 controls other than newline and tab, DEL, C1 controls and
// the bidi overrides.
func isTerminalControl(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
