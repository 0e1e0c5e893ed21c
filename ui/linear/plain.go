package linear

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var parser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// link is a web address met in the text, listed after it.
type link struct{ text, url string }

// plainText turns Markdown into text for reading aloud or on a dumb
// terminal: no markup characters (no #, *, >, |), headings as lines of their
// own, lists with "-" or numbers, links as their text with the addresses
// listed after the text, and paragraphs wrapped to width cells (0: not
// wrapped).
func plainText(md string, width int) (string, []link) {
	src := []byte(md)
	p := &plain{src: src, width: width}
	p.blocks(parser.Parse(text.NewReader(src)), "", "")
	return strings.TrimRight(p.out.String(), "\n") + "\n", p.links
}

type plain struct {
	src   []byte
	width int
	out   strings.Builder
	links []link
}

// blocks writes the children of a block node; the first line written gets
// the prefix first, every other line rest (a list item's bullet, then its
// indentation).
func (p *plain) blocks(parent ast.Node, first, rest string) {
	tight := false
	if l, ok := parent.Parent().(*ast.List); ok && parent.Kind() == ast.KindListItem {
		tight = l.IsTight
	}
	if l, ok := parent.(*ast.List); ok {
		tight = l.IsTight
	}
	pre := first
	var prev ast.Node
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if isSkipped(c) {
			continue
		}
		if prev != nil && !tight {
			p.out.WriteString(strings.TrimRight(rest, " ") + "\n")
		}
		p.block(c, pre, rest)
		pre, prev = rest, c
	}
}

func isSkipped(n ast.Node) bool {
	switch n.Kind() {
	case ast.KindHTMLBlock, ast.KindThematicBreak:
		return true
	}
	return false
}

func (p *plain) block(n ast.Node, first, rest string) {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		p.wrap(p.inline(n), first, rest)
	case *ast.List:
		num := n.Start
		pre := first
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			bullet := "- "
			if n.IsOrdered() {
				bullet = fmt.Sprintf("%d. ", num)
				num++
			}
			if item != n.FirstChild() && !n.IsTight {
				p.out.WriteString(strings.TrimRight(rest, " ") + "\n")
			}
			p.blocks(item, pre+bullet, rest+strings.Repeat(" ", len(bullet)))
			pre = rest
		}
	case *ast.Blockquote:
		p.blocks(n, first+"  ", rest+"  ")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		pre := first
		for i := range lines.Len() {
			seg := lines.At(i)
			p.out.WriteString(pre + "    " + strings.TrimRight(string(seg.Value(p.src)), "\n") + "\n")
			pre = rest
		}
	case *east.Table:
		p.table(n, first, rest)
	default:
		if n.HasChildren() {
			p.blocks(n, first, rest)
		}
	}
}

// table writes each row of a table as "heading: cell; heading: cell", which
// reads in order and needs no grid.
func (p *plain) table(t *east.Table, first, rest string) {
	var heads []string
	pre := first
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(p.inline(c)))
		}
		if row.Kind() == east.KindTableHeader {
			heads = cells
			continue
		}
		for i := range cells {
			if i < len(heads) && heads[i] != "" {
				cells[i] = heads[i] + ": " + cells[i]
			}
		}
		p.wrap(strings.Join(cells, "; "), pre, rest)
		pre = rest
	}
}

// inline collects the text of an inline run, without markup.
func (p *plain) inline(n ast.Node) string {
	var b strings.Builder
	p.inlineTo(&b, n)
	return b.String()
}

func (p *plain) inlineTo(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(p.src))
			switch {
			case c.HardLineBreak():
				b.WriteString("\n")
			case c.SoftLineBreak():
				b.WriteString(" ")
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.URL(p.src))
		case *ast.Link:
			t := p.inline(c)
			url := string(c.Destination)
			b.WriteString(t)
			if url != "" && url != t {
				p.links = append(p.links, link{text: strings.TrimSpace(t), url: url})
			}
		case *ast.Image:
			b.WriteString("image: " + p.inline(c))
		case *ast.RawHTML:
			// left out
		default:
			p.inlineTo(b, c)
		}
	}
}

// wrap writes text as lines of at most p.width cells, breaking at spaces;
// hard line breaks in the text are kept.
func (p *plain) wrap(s, first, rest string) {
	pre := first
	for _, para := range strings.Split(s, "\n") {
		for _, line := range wrapLine(para, p.width-ansi.StringWidth(rest)) {
			p.out.WriteString(pre + line + "\n")
			pre = rest
		}
	}
}

// wrapLine breaks one paragraph into lines of at most width cells; a word
// longer than the width gets a line of its own. width <= 0 does not wrap.
func wrapLine(s string, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	if width <= 0 {
		return []string{strings.Join(words, " ")}
	}
	var lines []string
	cur, n := "", 0
	for _, w := range words {
		ww := ansi.StringWidth(w)
		switch {
		case n == 0:
			cur, n = w, ww
		case n+1+ww <= width:
			cur, n = cur+" "+w, n+1+ww
		default:
			lines = append(lines, cur)
			cur, n = w, ww
		}
	}
	return append(lines, cur)
}
