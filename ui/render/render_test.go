package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var osc8 = regexp.MustCompile("\x1b\\]8;[^;]*;([^\x07\x1b]*)")

// L8: only http, https and mailto links become terminal hyperlinks; the
// text of the others stays.
func TestOnlySafeLinksBecomeHyperlinks(t *testing.T) {
	md := "[a](https://example.org/a) [b](javascript:alert(5)) [c](JavaScript:x) <javascript:alert(6)> " +
		"[d](mailto:a@b.c) [e](data:text/html,x) [f](file:///etc/passwd) [g](&#106;avascript:alert(9)) [h](relative/page)"
	out, err := Markdown(md, 200, Dark)
	if err != nil {
		t.Fatal(err)
	}
	var addrs []string
	for _, m := range osc8.FindAllStringSubmatch(out, -1) {
		if m[1] != "" {
			addrs = append(addrs, m[1])
		}
	}
	for _, a := range addrs {
		if !strings.HasPrefix(a, "https://") && !strings.HasPrefix(a, "mailto:") {
			t.Errorf("hyperlink to %q", a)
		}
	}
	if len(addrs) == 0 || !strings.Contains(strings.Join(addrs, " "), "https://example.org/a") || !strings.Contains(strings.Join(addrs, " "), "mailto:a@b.c") {
		t.Errorf("the safe links were lost: %q", addrs)
	}
	for _, text := range []string{"a", "b", "c", "e", "f", "g", "h"} {
		if !strings.Contains(out, text) {
			t.Errorf("the text %q was lost", text)
		}
	}
}

// An address or an id is never cut where glamour would break a line (after
// a dot or a hyphen), and comes out as written, in the text and in the
// hyperlink.
func TestAddressesAndIDsStayWhole(t *testing.T) {
	md := "The sides agreed to meet again, as the legal clause says (see OV-LEGAL), " +
		"and MSIT said so at https://www.msit.go.kr/eng/bbs/view.do?id=42 in its release. " +
		"A [link](https://example.org/a-b.c) and EV-2025-SEMI-FORUM2."
	for width := 50; width <= 90; width++ { // the longest address fits

		out, err := Markdown(md, width, Plain)
		if err != nil {
			t.Fatal(err)
		}
		flat := ansi.Strip(out)
		for _, whole := range []string{"OV-LEGAL", "https://www.msit.go.kr/eng/bbs/view.do?id=42", "EV-2025-SEMI-FORUM2", "https://example.org/a-b.c"} {
			if !strings.Contains(flat, whole) {
				t.Fatalf("at %d columns %q is cut:\n%s", width, whole, flat)
			}
		}
		if strings.ContainsRune(flat, '\U000F0001') || strings.ContainsRune(out, '\U000F0002') {
			t.Fatalf("a stand-in is left in:\n%q", out)
		}
	}
}

// The marks of a word diff ([-…-], {+…+}, escaped as What's new writes
// them) stay with their words at every width: never "{+" at the end of a
// line and "}" at the start of the next.
func TestDiffMarksStayWhole(t *testing.T) {
	md := `- summary: \[\-Set up\-\]\{\+Run\+\} a Korea–EU forum where chip \[\-researchers\-\]\{\+Updated: Trustworthy\+\} talk`
	for width := 32; width <= 70; width++ { // the longest run of marks and a word fits
		out, err := Markdown(md, width, Plain)
		if err != nil {
			t.Fatal(err)
		}
		flat := ansi.Strip(out)
		for _, mark := range []string{"[-Set", "up-]{+Run+}", "{+Updated:", "Trustworthy+}"} {
			if !strings.Contains(flat, mark) {
				t.Fatalf("at %d columns %q is cut:\n%s", width, mark, flat)
			}
		}
		if strings.Contains(flat, `\`) {
			t.Fatalf("at %d columns a backslash shows:\n%s", width, flat)
		}
	}
}
