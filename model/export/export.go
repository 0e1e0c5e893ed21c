// Package export writes a printable briefing note: chosen items with their
// facts, summaries and the user's notes, and the sources they cite, as
// Markdown or as one self-contained HTML page that prints on A4. The CLI's
// `briefing export` and the TUI share it.
package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
)

// Options say what goes into a briefing note.
type Options struct {
	// Title heads the note; "Briefing note" when empty.
	Title string
	// Today dates the note and decides the statuses of joint actions.
	Today time.Time
	// Note, when set, gives the user's note on an item ("" for none); the
	// note is printed under the item. Leave it nil to leave notes out.
	Note func(id string) string
	// ItemChanged, when set, says whether an item changed since the note
	// on it was written: such a note is flagged (personal.ItemChanged).
	ItemChanged func(id string) bool
}

func (o Options) title() string {
	if strings.TrimSpace(o.Title) == "" {
		return "Briefing note"
	}
	return o.Title
}

// section is one item as the note shows it, the same for both formats.
type section struct {
	Number  int
	ID      string
	Title   string
	Kind    string
	Summary string
	Facts   [][2]string
	Note    string
	// Changed says the item changed since the note was written.
	Changed bool
}

// sourceRef is one source in the closing list.
type sourceRef struct {
	ID, Title, Publisher, Date, URL string
}

// document is everything both renderers need.
type document struct {
	Title   string
	Date    string
	Items   []section
	Sources []sourceRef
	Unknown []string // cited source ids the briefing does not have
	Notes   bool
}

// build gathers the items, their facts and the sources they cite, in the
// order of first citation.
func build(b *model.Briefing, items []model.Entry, opts Options) document {
	// The title and the notes come from the user (and notes.md can come
	// from anywhere): no control character of theirs reaches the file.
	doc := document{Title: model.Sanitize(opts.title()), Date: opts.Today.Format("2 January 2006"), Notes: opts.Note != nil}
	seen := map[string]bool{}
	cite := func(id string) {
		k := model.IDKey(id)
		if seen[k] {
			return
		}
		seen[k] = true
		src := b.Source(id)
		if src == nil {
			doc.Unknown = append(doc.Unknown, id)
			return
		}
		ref := sourceRef{ID: src.ID, Title: src.Title, Publisher: src.Publisher, URL: src.URL}
		if src.Date != nil {
			ref.Date = src.Date.String()
		}
		doc.Sources = append(doc.Sources, ref)
	}
	for i, e := range items {
		it := e.Base()
		sec := section{Number: i + 1, ID: it.ID, Title: it.Title, Kind: it.Kind.Label(), Summary: it.Summary}
		for _, f := range b.Facts(e, opts.Today) {
			if f[0] == "Id" || f[0] == "Kind" {
				continue // in the heading already
			}
			sec.Facts = append(sec.Facts, f)
		}
		if opts.Note != nil {
			sec.Note = model.Sanitize(strings.TrimSpace(opts.Note(it.ID)))
			sec.Changed = sec.Note != "" && opts.ItemChanged != nil && opts.ItemChanged(it.ID)
		}
		if it.Kind == model.KindSource {
			cite(it.ID)
		}
		for _, c := range it.Sources {
			cite(c.Source)
		}
		doc.Items = append(doc.Items, sec)
	}
	return doc
}

// Markdown writes the briefing note as Markdown.
func Markdown(b *model.Briefing, items []model.Entry, opts Options) []byte {
	doc := build(b, items, opts)
	var s strings.Builder
	fmt.Fprintf(&s, "# %s\n\n", oneLine(doc.Title))
	fmt.Fprintf(&s, "%s · %s\n", doc.Date, model.Plural(len(doc.Items), "item", "items"))
	for _, it := range doc.Items {
		fmt.Fprintf(&s, "\n## %d. %s\n\n", it.Number, oneLine(it.Title))
		fmt.Fprintf(&s, "**%s** · %s\n\n", it.ID, it.Kind)
		if it.Summary != "" {
			fmt.Fprintf(&s, "%s\n\n", oneLine(it.Summary))
		}
		for _, f := range it.Facts {
			fmt.Fprintf(&s, "- **%s:** %s\n", f[0], oneLine(f[1]))
		}
		if doc.Notes && it.Note != "" {
			s.WriteString("\n**" + personal.NoteName + ":**\n\n")
			if it.Changed {
				s.WriteString("*(" + personal.ItemChanged + ")*\n\n")
			}
			for _, line := range strings.Split(it.Note, "\n") {
				s.WriteString(strings.TrimRight("> "+line, " ") + "\n")
			}
		}
	}
	s.WriteString("\n## Sources\n\n")
	for _, src := range doc.Sources {
		s.WriteString("- " + sourceLine(src) + "\n")
	}
	for _, id := range doc.Unknown {
		fmt.Fprintf(&s, "- %s (not in the briefing)\n", id)
	}
	if len(doc.Sources)+len(doc.Unknown) == 0 {
		s.WriteString("None cited.\n")
	}
	return []byte(s.String())
}

// sourceLine is "S0 — title (publisher, date), URL".
func sourceLine(src sourceRef) string {
	line := "**" + src.ID + "** — " + oneLine(src.Title)
	if meta := strings.Join(nonEmpty(src.Publisher, src.Date), ", "); meta != "" {
		line += " (" + oneLine(meta) + ")"
	}
	if src.URL != "" {
		line += ", <" + src.URL + ">"
	}
	return line
}

// oneLine keeps a value on its line, so content cannot start a heading or
// a list of its own in the Markdown.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
