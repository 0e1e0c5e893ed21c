// Command ansi2svg turns a terminal screen captured with its colours
// (`tmux capture-pane -p -e`) into an SVG image: a grid of cells in a
// monospace font, with the SGR colours and attributes (bold, faint, italic,
// underline, reverse; 16, 256 and 24-bit colours) the capture holds. Other
// escape sequences are dropped. scripts/screenshots.sh uses it to make the
// README's screenshots from the real program.
//
//	tmux capture-pane -p -e -t shot | go run ./scripts/ansi2svg -cols 120 -rows 34 > shot.svg
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

func main() {
	cols := flag.Int("cols", 80, "width of the screen in cells")
	rows := flag.Int("rows", 24, "height of the screen in cells")
	theme := flag.String("theme", "dark", "the terminal's own colours: dark or light")
	title := flag.String("title", "", "a title for the window frame; none when empty")
	flag.Parse()
	in, err := io.ReadAll(bufio.NewReader(os.Stdin))
	if err != nil {
		fmt.Fprintln(os.Stderr, "ansi2svg:", err)
		os.Exit(1)
	}
	scr := parse(string(in), *cols, *rows)
	w := bufio.NewWriter(os.Stdout)
	render(w, scr, themes[*theme], *title)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "ansi2svg:", err)
		os.Exit(1)
	}
}

// color is an RGB colour; def marks the terminal's default.
type color struct {
	r, g, b uint8
	def     bool
}

func (c color) hex() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

type style struct {
	fg, bg                                  color
	bold, faint, italic, underline, reverse bool
	strike                                  bool
}

type cell struct {
	r     rune // 0 for the second half of a wide character
	width int
	st    style
}

type screen struct {
	cols, rows int
	cells      [][]cell
}

var defaultStyle = style{fg: color{def: true}, bg: color{def: true}}

// parse reads the captured text into a grid of cells, one line a row.
func parse(s string, cols, rows int) *screen {
	scr := &screen{cols: cols, rows: rows, cells: make([][]cell, rows)}
	for i := range scr.cells {
		scr.cells[i] = make([]cell, cols)
		for j := range scr.cells[i] {
			scr.cells[i][j] = cell{r: ' ', width: 1, st: defaultStyle}
		}
	}
	st := defaultStyle
	row, col := 0, 0
	rs := []rune(strings.ReplaceAll(s, "\r\n", "\n"))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[':
			j := i + 2
			for j < len(rs) && (rs[j] < 0x40 || rs[j] > 0x7e) {
				j++
			}
			if j < len(rs) && rs[j] == 'm' {
				st = sgr(st, string(rs[i+2:j]))
			}
			i = j
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == ']':
			// OSC: skip to BEL or ST.
			j := i + 2
			for j < len(rs) && rs[j] != 0x07 && !(rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\') {
				j++
			}
			if j < len(rs) && rs[j] == 0x1b {
				j++
			}
			i = j
		case r == 0x1b:
			i++ // a two-character escape
		case r == '\n':
			row, col = row+1, 0
		case r == '\t':
			col = min(cols, (col/8+1)*8)
		case r < 0x20 || r == 0x7f:
		default:
			w := ansi.StringWidth(string(r))
			if w == 0 {
				continue // a combining mark: dropped, the cell keeps its base
			}
			if row < rows && col+w <= cols {
				scr.cells[row][col] = cell{r: r, width: w, st: st}
				if w == 2 {
					scr.cells[row][col+1] = cell{r: 0, width: 0, st: st}
				}
			}
			col += w
		}
	}
	return scr
}

// sgr applies one Select Graphic Rendition sequence's parameters.
func sgr(st style, params string) style {
	if params == "" {
		return defaultStyle
	}
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	num := func(k int) int {
		if k >= len(ps) {
			return 0
		}
		n, _ := strconv.Atoi(ps[k])
		return n
	}
	for k := 0; k < len(ps); k++ {
		switch p := num(k); {
		case p == 0:
			st = defaultStyle
		case p == 1:
			st.bold = true
		case p == 2:
			st.faint = true
		case p == 3:
			st.italic = true
		case p == 4:
			st.underline = true
		case p == 7:
			st.reverse = true
		case p == 9:
			st.strike = true
		case p == 22:
			st.bold, st.faint = false, false
		case p == 23:
			st.italic = false
		case p == 24:
			st.underline = false
		case p == 27:
			st.reverse = false
		case p == 29:
			st.strike = false
		case p >= 30 && p <= 37:
			st.fg = palette(p - 30)
		case p >= 90 && p <= 97:
			st.fg = palette(p - 90 + 8)
		case p >= 40 && p <= 47:
			st.bg = palette(p - 40)
		case p >= 100 && p <= 107:
			st.bg = palette(p - 100 + 8)
		case p == 39:
			st.fg = color{def: true}
		case p == 49:
			st.bg = color{def: true}
		case p == 38 || p == 48 || p == 58:
			var c color
			switch num(k + 1) {
			case 5:
				c = palette(num(k + 2))
				k += 2
			case 2:
				c = color{r: uint8(num(k + 2)), g: uint8(num(k + 3)), b: uint8(num(k + 4))}
				k += 4
			}
			switch p {
			case 38:
				st.fg = c
			case 48:
				st.bg = c
			}
		}
	}
	return st
}

// palette is xterm's 256 colours.
func palette(n int) color {
	base := [16][3]uint8{
		{0x1e, 0x1e, 0x1e}, {0xcd, 0x31, 0x31}, {0x0d, 0xbc, 0x79}, {0xe5, 0xe5, 0x10},
		{0x24, 0x72, 0xc8}, {0xbc, 0x3f, 0xbc}, {0x11, 0xa8, 0xcd}, {0xe5, 0xe5, 0xe5},
		{0x66, 0x66, 0x66}, {0xf1, 0x4c, 0x4c}, {0x23, 0xd1, 0x8b}, {0xf5, 0xf5, 0x43},
		{0x3b, 0x8e, 0xea}, {0xd6, 0x70, 0xd6}, {0x29, 0xb8, 0xdb}, {0xff, 0xff, 0xff},
	}
	switch {
	case n < 0 || n > 255:
		return color{def: true}
	case n < 16:
		return color{r: base[n][0], g: base[n][1], b: base[n][2]}
	case n < 232:
		n -= 16
		level := func(v int) uint8 {
			if v == 0 {
				return 0
			}
			return uint8(55 + 40*v)
		}
		return color{r: level(n / 36), g: level(n / 6 % 6), b: level(n % 6)}
	default:
		v := uint8(8 + 10*(n-232))
		return color{r: v, g: v, b: v}
	}
}

// theme is the terminal's own foreground and background.
type theme struct{ fg, bg, frame, titleText color }

var themes = map[string]theme{
	"dark":  {fg: color{r: 0xd4, g: 0xd4, b: 0xd4}, bg: color{r: 0x16, g: 0x18, b: 0x1d}, frame: color{r: 0x2b, g: 0x2e, b: 0x35}, titleText: color{r: 0xa0, g: 0xa4, b: 0xab}},
	"light": {fg: color{r: 0x24, g: 0x29, b: 0x2e}, bg: color{r: 0xfc, g: 0xfc, b: 0xfa}, frame: color{r: 0xe1, g: 0xe3, b: 0xe6}, titleText: color{r: 0x57, g: 0x60, b: 0x6a}},
}

// The cell grid, in pixels.
const (
	fontSize = 14.0
	cellW    = 8.43 // DejaVu Sans Mono's advance at 14px
	cellH    = 17.0
	pad      = 12.0
	titleH   = 28.0
)

// render writes the screen as SVG.
func render(w io.Writer, scr *screen, th theme, title string) {
	if th == (theme{}) {
		th = themes["dark"]
	}
	top := pad
	if title != "" {
		top += titleH
	}
	width := float64(scr.cols)*cellW + 2*pad
	height := float64(scr.rows)*cellH + top + pad
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" role="img"`, width, height, width, height)
	if title != "" {
		fmt.Fprintf(w, ` aria-label="%s"`, esc(title))
	}
	fmt.Fprintf(w, ">\n")
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" rx="8" fill="%s"/>`+"\n", th.bg.hex())
	if title != "" {
		fmt.Fprintf(w, `<path d="M0 8 a8 8 0 0 1 8 -8 h%.1f a8 8 0 0 1 8 8 v%.1f h-%.1f z" fill="%s"/>`+"\n", width-16, titleH-8, width, th.frame.hex())
		for i, c := range []string{"#ff5f57", "#febc2e", "#28c840"} {
			fmt.Fprintf(w, `<circle cx="%d" cy="%.1f" r="6" fill="%s"/>`+"\n", 20+20*i, titleH/2, c)
		}
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13" fill="%s">%s</text>`+"\n",
			width/2, titleH/2+4.5, th.titleText.hex(), esc(title))
	}
	fmt.Fprintf(w, `<g font-family="'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, 'Liberation Mono', 'NanumGothicCoding', monospace" font-size="%.0f" xml:space="preserve">`+"\n", fontSize)
	for y, row := range scr.cells {
		by := top + float64(y)*cellH
		// Backgrounds first, in runs.
		for x := 0; x < len(row); {
			_, bg := colors(row[x].st, th)
			end := x + 1
			for end < len(row) {
				if _, b := colors(row[end].st, th); b != bg {
					break
				}
				end++
			}
			if bg != th.bg {
				fmt.Fprintf(w, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>`+"\n",
					pad+float64(x)*cellW, by, float64(end-x)*cellW+0.3, cellH+0.3, bg.hex())
			}
			x = end
		}
		// Then text, in runs of one style without wide characters.
		for x := 0; x < len(row); {
			c := row[x]
			if c.r == ' ' || c.r == 0 {
				x++
				continue
			}
			var text strings.Builder
			cells := 0
			end := x
			for end < len(row) && row[end].st == c.st && row[end].r != 0 && (row[end].width == 1) == (c.width == 1) {
				text.WriteRune(row[end].r)
				cells += row[end].width
				end += max(row[end].width, 1)
				if c.width == 2 {
					break // a wide character alone, centred in its two cells
				}
			}
			if end == x { // should not happen; move on
				x++
				continue
			}
			t := strings.TrimRight(text.String(), " ")
			cells -= len(text.String()) - len(t)
			fg, _ := colors(c.st, th)
			fmt.Fprintf(w, `<text x="%.2f" y="%.2f" fill="%s"`, pad+float64(x)*cellW, by+cellH*0.78, fg.hex())
			if cells > 1 && c.width == 1 {
				fmt.Fprintf(w, ` textLength="%.2f" lengthAdjust="spacingAndGlyphs"`, float64(cells)*cellW)
			}
			if c.st.bold {
				fmt.Fprint(w, ` font-weight="bold"`)
			}
			if c.st.italic {
				fmt.Fprint(w, ` font-style="italic"`)
			}
			if c.st.faint {
				fmt.Fprint(w, ` opacity="0.6"`)
			}
			switch {
			case c.st.underline && c.st.strike:
				fmt.Fprint(w, ` text-decoration="underline line-through"`)
			case c.st.underline:
				fmt.Fprint(w, ` text-decoration="underline"`)
			case c.st.strike:
				fmt.Fprint(w, ` text-decoration="line-through"`)
			}
			fmt.Fprintf(w, ">%s</text>\n", esc(t))
			x = end
		}
	}
	fmt.Fprint(w, "</g>\n</svg>\n")
}

// colors resolves a cell's foreground and background, defaults and
// reverse video included.
func colors(st style, th theme) (fg, bg color) {
	fg, bg = st.fg, st.bg
	if fg.def {
		fg = th.fg
	}
	if bg.def {
		bg = th.bg
	}
	if st.reverse {
		fg, bg = bg, fg
	}
	return fg, bg
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
