package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eu-rok/briefing/model"
)

// TestHostileOutputOnATerminal runs every verb of the hostile-output tests
// with a real terminal as its output (a pseudo-terminal: what a user's
// terminal receives, byte for byte), where the output is coloured, errors
// are styled and Markdown links become hyperlinks. Nothing may reach it
// that acts other than colour (SGR) and hyperlinks to http, https or
// mailto: no screen clear, no OSC 52 clipboard write, no other escape, no
// C0 or C1 control, no bidi override.
func TestHostileOutputOnATerminal(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "")
	t.Setenv("COLORFGBG", "")
	pack, badPack, data := hostileWorld(t)
	out := t.TempDir() + "/export" + evil + ".md"
	var all strings.Builder
	for _, r := range hostileRuns(pack, badPack, data, out) {
		p := openPTY(t)
		code := runSafely(context.Background(), r.args, stdio{in: strings.NewReader(r.stdin), out: p.slave, err: p.slave})
		printed := p.drain(t)
		all.Write(printed)
		if bad := actingSequence(string(printed)); bad != "" {
			t.Errorf("%q (exit %d) sent %s to the terminal:\n%q", r.args, code, bad, printed)
		}
		if strings.Contains(string(printed), "\nfake.md:1: all good") || strings.Contains(string(printed), "crashed") {
			t.Errorf("%q (exit %d): %q", r.args, code, printed)
		}
	}
	// The check can fail: the output was a terminal's, with colour and a
	// safe hyperlink.
	if !strings.Contains(all.String(), "\x1b[38;5;") || !strings.Contains(all.String(), ";https://example.org/\a") {
		t.Error("the verbs did not write as to a terminal: the check above proves nothing")
	}
}

// actingSequence returns, quoted, the first thing in out that would act on
// a terminal other than colour and safe hyperlinks, or "".
func actingSequence(out string) string {
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		switch {
		case r == '\x1b':
			n := allowedEscape(out[i:])
			if n == 0 {
				return fmt.Sprintf("%q", out[i:min(len(out), i+24)])
			}
			i += n
			continue
		case r == '\r' || r == '\n' || r == '\t':
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("the byte %#x", out[i])
		case isTerminalControl(r):
			return fmt.Sprintf("%U", r)
		}
		i += size
	}
	return ""
}

// allowedEscape is the length of the escape sequence at the start of s
// when it is a colour (CSI ... m) or a hyperlink to a safe address (or the
// end of one), else 0.
func allowedEscape(s string) int {
	switch {
	case strings.HasPrefix(s, "\x1b["):
		for i := 2; i < len(s); i++ {
			if c := s[i]; c >= 0x40 && c <= 0x7e {
				if c == 'm' {
					return i + 1
				}
				return 0
			}
		}
	case strings.HasPrefix(s, "\x1b]8;"):
		body := s[len("\x1b]8;"):]
		for i := 0; i < len(body); i++ {
			term := 0
			switch {
			case body[i] == '\a':
				term = 1
			case strings.HasPrefix(body[i:], "\x1b\\"):
				term = 2
			case body[i] == '\x1b':
				return 0
			}
			if term > 0 {
				_, addr, ok := strings.Cut(body[:i], ";")
				if ok && (addr == "" || model.SafeLink(addr)) {
					return len("\x1b]8;") + i + term
				}
				return 0
			}
		}
	}
	return 0
}
