package page

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/export"
	"github.com/eu-rok/briefing/ui/list"
)

// View is what one view of the browser says about itself: its name, what
// its lists hold, where items live in it, and its own keys. The page gives
// every view the same panes (its lists, the document, the related items),
// focus and layout. A new view is a type that implements View, embedding
// Base for what it does without, and one line in the view table
// (ui/views).
type View interface {
	// Name is the view's name in the tab bar and the breadcrumb.
	Name() string
	// Tab is how the view shows in a tab bar too narrow for every name.
	Tab() Tab
	// Title is the main list's title: its name, and any order or filter.
	Title() string
	// Items are the main list's rows, made again whenever the view asks
	// (Lists.Refill) and when the notes change.
	Items() []list.Item
	// SubTitle names a second list that follows the main one's selection
	// (an area's joint actions); "" means the view has none.
	SubTitle() string
	// SubItems are the second list's rows for the main list's selection.
	SubItems(navID string) []list.Item
	// Wide gives the main list most of the width: a table.
	Wide() bool
	// Opening is the row the main list opens on; "" is the first.
	Opening(items []list.Item) string
	// Locate says where an item lives in this view, if it does.
	Locate(e model.Entry) (Spot, bool)
	// Document is what the view shows in the document for an item, when
	// it is not the item's own (What's new shows what changed in it).
	Document(id string) (model.Entry, bool)
	// Unfilter drops the view's filters, and reports whether it had any:
	// an item the filters hide is shown rather than missed.
	Unfilter() bool
	// Update takes the view's own keys, with the main list focused or
	// not, and the messages every page is sent (notes.ChangedMsg); it
	// reports whether the message was the view's.
	Update(msg tea.Msg, lists Lists) (tea.Cmd, bool)
	// Export is what the export key writes from this view, given the item
	// the keys act on there (nil when there is none).
	Export(current model.Entry) (Export, bool)
	// ShortHelp and FullHelp list the view's own keys.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// Tab is how a view shows in a tab bar too narrow for every full name.
type Tab struct {
	// Short is the name cut down ("Time" for Timeline), drawn beside
	// the view shown, which keeps its full name; "" keeps the name.
	Short string
	// Keep is how long the tab stays as the bar narrows: the tabs with
	// the least go first. The views most used keep most.
	Keep int
}

// Spot is where an item shows in a view: the rows to select, and the item
// shown in the document instead of the selection when it has no row of
// its own (an outcome shows under its Council).
type Spot struct {
	Nav, Sub string
	Override string
}

// Lists is what a view may do with its page's lists while it handles a
// message.
type Lists interface {
	// Selected is the main list's selection.
	Selected() (string, bool)
	// ListFocused reports whether the main list has the keys.
	ListFocused() bool
	// Refill fills the lists again from the view, keeping the selections.
	Refill()
	// Select moves the main list's cursor to an item.
	Select(id string)
}

// Export is what the export key writes: a selection of items, the
// document's title, how messages name it and the file's name.
type Export struct {
	Selection export.Selection
	Title     string
	What      string // "the agenda", "SEMI-1"
	Name      string // in the file's name
}

// Base is what a view has by default: one list, no keys of its own, no
// items of its own to locate, and an export of the current item. Views
// embed it and write only what they differ in.
type Base struct{}

// SubTitle is "": no second list.
func (Base) SubTitle() string { return "" }

// SubItems is nothing.
func (Base) SubItems(string) []list.Item { return nil }

// Tab is no short name: the full name stays, and the tab is among the
// first to leave a narrow bar.
func (Base) Tab() Tab { return Tab{} }

// Wide is false: the list is a column beside the document.
func (Base) Wide() bool { return false }

// Opening is the first row.
func (Base) Opening([]list.Item) string { return "" }

// Locate finds nothing: items live in other views.
func (Base) Locate(model.Entry) (Spot, bool) { return Spot{}, false }

// Document is the item's own.
func (Base) Document(string) (model.Entry, bool) { return nil, false }

// Unfilter has no filter to drop.
func (Base) Unfilter() bool { return false }

// Update has no keys of its own.
func (Base) Update(tea.Msg, Lists) (tea.Cmd, bool) { return nil, false }

// Export writes the current item: an area with its joint actions.
func (Base) Export(current model.Entry) (Export, bool) {
	if current == nil {
		return Export{}, false
	}
	it := current.Base()
	return Export{Selection: export.Of(current), Title: "Briefing note: " + it.Title, What: it.ID, Name: it.ID}, true
}

// ShortHelp has no keys.
func (Base) ShortHelp() []key.Binding { return nil }

// FullHelp has no keys.
func (Base) FullHelp() [][]key.Binding { return nil }
