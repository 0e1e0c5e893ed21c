package views

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/whatsnew"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// whatsNew is what changed in the briefing since the user last read it:
// the items added, changed and removed, kind by kind, from the record the
// program keeps of what was read (updates.Tracker). The list is the report
// as the program started: a row stays when its item is read, and only its
// mark in the marks column (● new, ◐ changed, ✕ removed), which every list
// draws, goes. A changed item's document is the word-level diff of its
// text; opening it reads it, and the keys record that the item, or the
// whole briefing, has been read without opening it.
type whatsNew struct {
	page.Base
	d      Deps
	report *whatsnew.Report  // read when the list is first filled
	byID   map[string]change // what each row is, for its document
}

// change is one row of the report.
type change struct {
	whatsnew.Change
	mark whatsnew.Mark
}

// WhatsNew is the What's new view's name: the program opens on it after
// the briefing changed.
const WhatsNew = "What's new"

func (v *whatsNew) Name() string  { return WhatsNew }
func (v *whatsNew) Tab() page.Tab { return page.Tab{Short: "New", Keep: 4} }

func (v *whatsNew) Title() string {
	if v.report == nil || v.report.Empty() {
		return WhatsNew
	}
	return WhatsNew + " since " + v.report.From
}

// Items are the report, kind by kind: what was added, changed and removed
// since the user last read each item, as the program started.
func (v *whatsNew) Items() []list.Item {
	if v.d.News == nil {
		return []list.Item{{Divider: true, Heading: true, Title: "the content comes from a directory (--content): nothing to compare"}}
	}
	if v.report == nil {
		r := v.d.News.Report()
		v.report = &r
	}
	v.byID = map[string]change{}
	if v.report.Empty() {
		return []list.Item{{Divider: true, Heading: true, Title: "nothing new: you have read briefing " + v.report.To + " as it is"}}
	}
	out := []list.Item{{Divider: true, Heading: true, Title: v.report.Summary()}} // the pane's title says since when
	for _, k := range v.report.Kinds {
		out = append(out, list.Item{Divider: true, Title: k.Kind.Folder()})
		for _, g := range k.Groups() {
			for _, c := range g.Changes {
				v.byID[model.IDKey(c.ID)] = change{Change: c, mark: g.Mark}
				out = append(out, list.Item{ID: c.ID, Prefix: c.ID, Title: c.Title, Suffix: g.Mark.Word(), Tone: list.NewsTone(g.Mark)})
			}
		}
	}
	return out
}

// Document is a changed item's diff, or a removed item's epitaph; an added
// item shows its own document.
func (v *whatsNew) Document(id string) (model.Entry, bool) {
	c, ok := v.byID[model.IDKey(id)]
	if !ok || c.mark == whatsnew.New {
		return nil, false
	}
	doc := &detail.Written{Item: model.Item{ID: c.ID, Title: c.Title}}
	switch c.mark {
	case whatsnew.Removed:
		doc.Summary = "Removed from the briefing in version " + v.report.To + "."
		doc.Doc = "# " + escape(c.Title) + "\n\n*" + escape(doc.Summary) + " Your note and flag on it, if any, are kept.*\n"
	default:
		doc.Summary = "Changed since you last read it."
		doc.Doc = diffDocument(c.Change, *v.report)
	}
	return doc, true
}

// diffDocument writes a changed item's diff as Markdown: each line that
// changed, its unchanged stretches cut short, marked as the CLI marks it
// ([-removed-]{+added+}, whatsnew.Line.Marked), which reads the same in
// any colours and to a screen reader.
func diffDocument(c whatsnew.Change, r whatsnew.Report) string {
	var b strings.Builder
	b.WriteString("# " + escape(c.Title) + "\n\n")
	b.WriteString("*What changed in " + escape(c.ID) + " from briefing " + escape(r.From) + " to " + escape(r.To) + ": " +
		escape("removed words are marked [-…-], added ones {+…+}; lines that did not change are left out.") + "*\n\n")
	if c.NoDiff != "" {
		b.WriteString("*No diff: " + escape(c.NoDiff) + "*\n")
		return b.String()
	}
	for _, line := range whatsnew.Lines(c.Diff) {
		if !line.Changed() {
			continue
		}
		b.WriteString("- " + escape(line.Shortened().Marked()) + "\n")
	}
	return b.String()
}

// escape makes text literal in Markdown, so that an item's own Markdown
// shows as the words it is: the marks that make Markdown syntax are
// backslash-escaped. (Glamour draws the backslash of the other escapes
// CommonMark allows, such as \: and \&, so those are left alone.)
func escape(text string) string {
	var b strings.Builder
	for _, r := range text {
		if strings.ContainsRune("\\`*_[]<>#!|(){}+-.", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Update records items as read without opening them: the one under the
// cursor, or everything. The marks go at once; the record is written in a
// command of the notes layer, which says if it fails.
func (v *whatsNew) Update(msg tea.Msg, lists page.Lists) (tea.Cmd, bool) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || v.d.News == nil {
		return nil, false
	}
	wk := v.d.C.Keys.WhatsNew
	switch {
	case key.Matches(kp, wk.MarkRead):
		id, ok := lists.Selected()
		if !ok {
			return nil, true
		}
		return tea.Batch(v.d.Notes.Read(id), common.Info("marked "+id+" as read")), true
	case key.Matches(kp, wk.MarkAllRead):
		return tea.Batch(v.d.Notes.ReadAll(), common.Info("marked everything as read")), true
	}
	return nil, false
}

func (v *whatsNew) ShortHelp() []key.Binding {
	if v.d.News == nil {
		return nil
	}
	wk := v.d.C.Keys.WhatsNew
	return []key.Binding{wk.MarkRead, wk.MarkAllRead}
}

func (v *whatsNew) FullHelp() [][]key.Binding {
	if help := v.ShortHelp(); help != nil {
		return [][]key.Binding{help}
	}
	return nil
}
