// Package ui is the terminal browser of briefing: a Bubble Tea v2 program
// over a loaded briefing, its views in tabs (areas and joint actions, the
// timeline, the overview, the glossary, context, sources, the tracker,
// the Councils, the agenda, what's new), each a page of lists, a rendered
// document and related items, with browser-like history.
//
// The root model here routes: a message goes, by its type and the mode
// the program is in (mode.go), to the component that takes it, and the
// root keeps only what spans the views: the tabs, the history, the status
// bar, and the actions of the user's own layer. The components live in
// the sub-packages (page and views, list, detail, related, search,
// keyhelp, find, editor, prompt), the user's notes and what they have
// read in notes; see docs/ARCHITECTURE.md.
package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/model/updates"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/editor"
	"github.com/eu-rok/briefing/ui/find"
	"github.com/eu-rok/briefing/ui/keyhelp"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/page"
	"github.com/eu-rok/briefing/ui/prompt"
	"github.com/eu-rok/briefing/ui/search"
	"github.com/eu-rok/briefing/ui/theme"
	"github.com/eu-rok/briefing/ui/views"
)

// Theme choices for Options.Theme.
const (
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// Options is what the program starts from.
type Options struct {
	Briefing *model.Briefing
	// Today is the fixed clock: statuses, plans and the timeline's marker
	// are computed for this day. The UI never reads the system clock.
	Today time.Time
	// Theme is auto (ask the terminal), dark or light.
	Theme string
	// Color is false under NO_COLOR or TERM=dumb: structure only.
	Color bool
	// DarkGuess is the background assumed until the terminal answers.
	DarkGuess bool
	// Open is the id of an item to start on, or "".
	Open string
	// Personal is the user's notes, flags and agenda; nil turns them off.
	Personal *personal.Store
	// PersonalErr is what opening the store said: a *personal.CorruptError
	// is a warning (the file was kept aside), anything else makes the notes
	// read-only. Either way the program starts and says so.
	PersonalErr error
	// News is what's new since the user last read the briefing in use;
	// nil when the content is read from a directory (--content).
	News *updates.Tracker
	// Announce opens the program on the What's new view, unless Open
	// names an item: the briefing changed since the last start
	// (updates.Tracker.Announce).
	Announce bool
	// Content says in a few words which briefing is in use, for the
	// status bar ("briefing 2026.3, signed update"); `briefing version`
	// says it in more.
	Content string
}

// Model is the root of the program. Build it with New.
type Model struct {
	c      *common.Common
	set    settings
	notes  *notes.Notes
	tabs   tabs     // the views' pages, and the one shown
	mode   mode     // who has the keyboard (mode.go)
	acts   []action // the browsing mode's actions, made once from the key map
	kb     keyboard // the component with the keyboard in each mode but browsing
	hist   history
	status statusLine
	size   tea.WindowSizeMsg
	sigs   *signalWatch // the signals Run catches, and the one that ended it (signals.go)
}

// keyboard holds the components that take the keyboard in the modes other
// than browsing, where the page shown has it.
type keyboard struct {
	search search.Model
	help   keyhelp.Model
	find   find.Box
	editor editor.Model // the note being written, in editing and confirming
	prompt prompt.Model
	name   prompt.Line // an export's file name
}

// New builds the root model on a loaded briefing.
func New(opts Options) *Model {
	if opts.Theme == "" {
		opts.Theme = ThemeAuto
	}
	dark := opts.DarkGuess
	switch opts.Theme {
	case ThemeDark:
		dark = true
	case ThemeLight:
		dark = false
	}
	c := &common.Common{B: opts.Briefing, Today: opts.Today, Styles: theme.New(dark, opts.Color)}
	n, say := notes.New(opts.Personal, opts.PersonalErr, opts.News)
	m := &Model{c: c, set: settings{followTheme: opts.Theme == ThemeAuto && opts.Color, content: opts.Content},
		notes: n, sigs: &signalWatch{}}
	table := views.Table(views.Deps{C: c, Notes: n, Statuses: views.NewStatuses(c.B, c.Today), News: opts.News})
	names := make([]string, len(table))
	cache := detail.NewCache()
	for i, v := range table {
		names[i] = v.Name()
		m.tabs.pages = append(m.tabs.pages, page.New(c, n, cache, v))
	}
	c.Keys = keys.DefaultKeyMap(names)
	m.acts = m.browsingActions()
	m.kb = keyboard{search: search.New(c), help: keyhelp.New(c), find: find.NewBox(c), prompt: prompt.New(c), name: prompt.NewLine(c)}
	m.status = statusLine{err: say, info: n.DraftsOffer(keys.Name(c.Keys.Personal.EditNote))}
	switch {
	case opts.Open != "":
		m.goTo(opts.Open)
	case opts.Announce:
		m.announce()
	}
	return m
}

// Init asks the terminal for its background colour when the theme is
// automatic (tea.BackgroundColorMsg answers), builds the search index,
// waits for signals, and, in a program that runs, looks at the notes file
// now and then for changes made elsewhere.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.set.followTheme {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.set.watchNotes {
		cmds = append(cmds, m.notes.Watch())
	}
	return tea.Batch(append(cmds, m.page().Focus(), m.indexCmd(), m.sigs.next())...)
}

// page is the page shown now.
func (m *Model) page() *page.Model { return m.tabs.pages[m.tabs.active] }

// indexCmd builds the search index, the user's notes with the briefing.
func (m *Model) indexCmd() tea.Cmd { return search.Index(m.c.B, m.c.Today, m.notes.ForSearch()) }

// settings are the options the program reads after it has started.
type settings struct {
	followTheme bool   // the colours follow the terminal's background (auto, with colour)
	watchNotes  bool   // look at the notes file now and then (Run; tests send the looks themselves)
	content     string // which briefing is in use, for the status bar
}

// tabs are the views' pages in tab order, and the one shown.
type tabs struct {
	pages  []*page.Model
	active int
}
