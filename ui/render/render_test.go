package render

import (
	"regexp"
	"strings"
	"testing"
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
