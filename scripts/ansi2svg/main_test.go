package main

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	scr := parse("\x1b[1;38;2;255;0;0mR\x1b[0m \x1b[7mv\x1b[27m한x\x1b]8;;http://x\x07L\x1b]8;;\x07\n\x1b[38;5;196m2\x1b[48;5;21m3", 10, 3)
	row := scr.cells[0]
	if row[0].r != 'R' || !row[0].st.bold || row[0].st.fg != (color{r: 255}) {
		t.Errorf("cell 0: %+v", row[0])
	}
	if row[1].r != ' ' || row[1].st != defaultStyle {
		t.Errorf("cell 1 should be reset: %+v", row[1])
	}
	if row[2].r != 'v' || !row[2].st.reverse {
		t.Errorf("cell 2: %+v", row[2])
	}
	if row[3].r != '한' || row[3].width != 2 || row[4].r != 0 || row[5].r != 'x' || row[6].r != 'L' {
		t.Errorf("wide character and OSC 8: %q %q %q %q", row[3].r, row[4].r, row[5].r, row[6].r)
	}
	if c := scr.cells[1][0]; c.r != '2' || c.st.fg != palette(196) {
		t.Errorf("256 colours: %+v", c)
	}
	if c := scr.cells[1][1]; c.st.bg != palette(21) || c.st.fg != palette(196) {
		t.Errorf("background kept the foreground: %+v", c)
	}
	if palette(196) != (color{r: 255}) || palette(232) != (color{r: 8, g: 8, b: 8}) {
		t.Errorf("palette: %v %v", palette(196), palette(232))
	}
}

func TestRenderIsValidSVG(t *testing.T) {
	var b strings.Builder
	render(&b, parse("<tag> & \"quotes\" ╭─╮ \x1b[44m blue \x1b[0m 한국", 40, 2), themes["light"], "a <title>")
	d := xml.NewDecoder(strings.NewReader(b.String()))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v\n%s", err, b.String())
		}
	}
	for _, want := range []string{"&lt;tag&gt; &amp; &quot;quotes&quot; ╭─╮", `fill="#2472c8"`, ">한</text>", `aria-label="a &lt;title&gt;"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("SVG lacks %q:\n%s", want, b.String())
		}
	}
}
