package export

import (
	"regexp"
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model"
)

// escapesNote is a note written to act on a terminal and on a browser:
// an OSC 52 clipboard write, a screen clear, C1 controls, a bidi override,
// and links to javascript: in forms a first check misses.
const escapesNote = "\x1b]52;c;ZXZpbA==\a\x1b[2Jnote \u009b31m \u202eevil\n\n" +
	"<javascript:alert(3)> [x](&#106;avascript:alert(9)) [y](JAVASCRIPT:alert(1)) " +
	"[z](java&#x09;script:alert(4)) [w](  javascript:alert(5)) [v](data:text/html,x) [u](file:///etc/passwd) " +
	"[ok](https://example.org/a?b=1&c=2) <https://example.org/auto> <someone@example.org> [m](mailto:a@b.c)"

func hostileExport(t *testing.T) (md, html string) {
	t.Helper()
	b, items, opts := fixture(t)
	opts.Title = "Title \x1b]0;pwned\a"
	opts.Note = func(string) string { return escapesNote }
	out, err := HTML(b, items[:1], opts)
	if err != nil {
		t.Fatal(err)
	}
	return string(Markdown(b, items[:1], opts)), string(out)
}

// M5: the Markdown export (printed to a terminal by `export`) carries no
// control character from a note or the title.
func TestMarkdownExportCarriesNoControls(t *testing.T) {
	md, _ := hostileExport(t)
	if i := strings.IndexFunc(md, model.NeedsSanitizing); i >= 0 {
		t.Errorf("control %U in the Markdown export: %q", []rune(md[i:])[0], md)
	}
	if !strings.Contains(md, "note") || !strings.Contains(md, "evil") {
		t.Errorf("the note's words were lost: %q", md)
	}
}

// M6: only http, https and mailto links survive in the HTML, whatever the
// form of the link; the others keep their text.
func TestHTMLLinksAreAllowListed(t *testing.T) {
	_, page := hostileExport(t)
	if i := strings.IndexFunc(page, model.NeedsSanitizing); i >= 0 {
		t.Errorf("control %U in the HTML export", []rune(page[i:])[0])
	}
	var hrefs []string
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		hrefs = append(hrefs, m[1])
		if !strings.HasPrefix(m[1], "https://") && !strings.HasPrefix(m[1], "mailto:") {
			t.Errorf("href %q in the page", m[1])
		}
	}
	for _, want := range []string{`href="https://example.org/a?b=1&amp;c=2"`, `href="https://example.org/auto"`, `href="mailto:someone@example.org"`, `href="mailto:a@b.c"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the safe link %s was lost; hrefs: %v", want, hrefs)
		}
	}
	if !strings.Contains(page, "javascript:alert(3) x y z w v u <a") {
		t.Error("the text of the disarmed links was lost")
	}
}
