package export

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// markdown renders the user's notes. Raw HTML in a note is dropped (goldmark
// without html.WithUnsafe writes "<!-- raw HTML omitted -->"), links with
// javascript: and similar addresses lose them, and images become their alt
// text: the page loads nothing from anywhere.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(imageAsText{}, 100))),
)

// imageAsText renders ![alt](url) as "[image: alt]".
type imageAsText struct{}

func (imageAsText) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindImage, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<span class="img">[image: `)
			return ast.WalkContinue, nil // the alt text is the children, escaped by goldmark
		}
		_, _ = w.WriteString(`]</span>`)
		return ast.WalkContinue, nil
	})
}
