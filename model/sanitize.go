package model

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize makes terminal control characters in text visible instead of
// letting them act: ESC (the start of every escape sequence: colours, OSC 52
// clipboard writes, OSC 8 links, cursor moves), BEL, the other C0 controls,
// DEL, the C1 controls and the bidirectional overrides and isolates that can
// make text read differently from what it is. Bytes that are not UTF-8 are
// shown as U+FFFD. Newlines and tabs are kept. The loader applies it to
// every file, and every writer of a user's notes to a terminal or to a file
// meant to be read in one uses it: no output path carries a control
// character from content or notes.
func Sanitize(s string) string { return sanitize(s, false) }

// SanitizeLine is Sanitize for text that must stay on one line: a file
// name, a path, an error. Newlines and tabs are shown too (␊, ␉), so a
// crafted name cannot start a line of its own that looks like a message.
func SanitizeLine(s string) string { return sanitize(s, true) }

func sanitize(s string, oneLine bool) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return needsSanitizing(r) || oneLine && (r == '\n' || r == '\t') }) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s { // an invalid byte comes as utf8.RuneError, U+FFFD
		switch {
		case (r == '\n' || r == '\t') && !oneLine:
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

// NeedsSanitizing reports the characters Sanitize replaces (newline and
// tab aside): writers that must keep text exact, such as JSON, escape
// them instead.
func NeedsSanitizing(r rune) bool { return needsSanitizing(r) }

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

// SafeLink reports whether a link may be followed from what the program
// writes (a terminal hyperlink, a link in an exported page): an absolute
// http, https or mailto address, judged on the address as it will be
// used, after any decoding. javascript:, data:, file:, relative links and
// anything that does not parse are not.
func SafeLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	switch u.Scheme { // url.Parse gives it in lower case
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != "" || u.Path != ""
	}
	return false
}
