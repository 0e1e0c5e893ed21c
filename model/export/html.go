package export

import (
	"bytes"
	_ "embed"
	"html/template"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

//go:embed note.html.tmpl
var pageText string

// page is the HTML template. html/template escapes every value by the
// context it lands in (text, attribute, URL), so content and notes cannot
// add markup of their own.
var page = template.Must(template.New("note").Parse(pageText))

// htmlSection adds the rendered note to a section.
type htmlSection struct {
	section
	NoteHTML template.HTML
}

// HTML writes the briefing note as one self-contained HTML page: inline
// CSS, no fonts, scripts or images from anywhere (a Content-Security-Policy
// forbids them), laid out for A4 paper.
func HTML(b *model.Briefing, items []model.Entry, opts Options) ([]byte, error) {
	doc := build(b, items, opts)
	data := struct {
		document
		Sections    []htmlSection
		ItemChanged string // the flag on a note whose item changed since
		NoteName    string // the note's heading
	}{document: doc, ItemChanged: personal.ItemChanged, NoteName: personal.NoteName}
	for _, sec := range doc.Items {
		hs := htmlSection{section: sec}
		if sec.Note != "" {
			var buf bytes.Buffer
			if err := markdown.Convert([]byte(sec.Note), &buf); err != nil {
				return nil, err
			}
			// Safe: goldmark escapes text and drops raw HTML (no WithUnsafe).
			hs.NoteHTML = template.HTML(buf.String()) //nolint:gosec
		}
		data.Sections = append(data.Sections, hs)
	}
	var out bytes.Buffer
	if err := page.Execute(&out, data); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
