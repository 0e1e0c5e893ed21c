package model

import (
	"strings"
	"unicode"
)

// Sanitize makes terminal control characters in content visible instead of
// letting them act: ESC (the start of every escape sequence: colours, OSC 52
// clipboard writes, OSC 8 links, cursor moves), BEL, the C1 controls and the
// bidirectional overrides that can make text read differently from what it
// is. Newlines and tabs are kept. The loader applies it to every file, so no
// output path can carry content's control characters to a terminal.
func Sanitize(s string) string {
	if !strings.ContainsFunc(s, needsSanitizing) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Unicode "control pictures": ␛ for ESC
		case r == 0x7f:
			b.WriteRune('␡')
		case needsSanitizing(r):
			b.WriteRune('�')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsSanitizing(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f: // C1 controls, including the 8-bit CSI and OSC
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	default:
		return r != '\u200d' && unicode.Is(unicode.Cf, r) && r != '\u00ad' && r != '\ufeff'
	}
}
