package export

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/eu-rok/briefing/model"
)

// markdown renders the user's notes. Raw HTML in a note is dropped (goldmark
// without html.WithUnsafe writes "<!-- raw HTML omitted -->"), a link whose
// address is not http, https or mailto becomes its text (see safeLinks),
// and images become their alt text: the page loads nothing from anywhere.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(safeLinks{}, 100))),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(imageAsText{}, 100))),
)

// safeLinks turns every link whose address is not model.SafeLink into its
// text. It judges the address exactly as goldmark will write it into the
// href, entities and escapes decoded, so "&#106;avascript:" and
// <javascript:...> are caught as "javascript:" is.
type safeLinks struct{}

func (safeLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var unsafe []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			if !model.SafeLink(string(util.URLEscape(l.Destination, true))) {
				unsafe = append(unsafe, l)
			}
		case *ast.AutoLink:
			href := string(util.URLEscape(l.URL(source), false))
			if l.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(href), "mailto:") {
				href = "mailto:" + href
			}
			if !model.SafeLink(href) {
				unsafe = append(unsafe, l)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range unsafe {
		parent := n.Parent()
		if l, ok := n.(*ast.AutoLink); ok {
			parent.ReplaceChild(parent, n, ast.NewString(l.Label(source)))
			continue
		}
		for c := n.FirstChild(); c != nil; c = n.FirstChild() {
			parent.InsertBefore(parent, n, c) // the link's text stays, unlinked
		}
		parent.RemoveChild(parent, n)
	}
}

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
