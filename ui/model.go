// Package ui is the terminal interface of briefing: a Bubble Tea v2 program
// over a loaded briefing, with views in tabs (areas and joint actions, the
// timeline, the overview, the glossary, context and sources), a rendered
// detail pane, related items and browser-like history.
//
// The root model in this package only routes: components live in the
// sub-packages (list, detail, pane, find, keys, theme) and read the model
// package; nothing here parses content.
package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/personal"
	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/detail"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/theme"
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
	// ExportDir is where exports go; "" is the current directory. When it
	// cannot be written they go to the data directory.
	ExportDir string
}

// paneID names a focusable pane of a page.
type paneID int

// The panes, in Tab order. A page without a second list skips paneSub.
const (
	paneNav paneID = iota
	paneSub
	paneDetail
	paneLinks
)

// page is one view's state, kept while another view is shown.
type page struct {
	spec     *viewSpec
	nav, sub list.Model
	level    paneID // the list the detail follows: paneNav or paneSub
	focus    paneID
	override string // an item shown in the detail instead of the selection
	offset   int    // the detail's scroll, kept across view switches
	filter   string // the timeline's area filter
}

// Model is the root of the program. Build it with New.
type Model struct {
	c       *common.Common
	opts    Options
	cache   *detail.Cache
	pages   []*page
	active  int
	detail  detail.Model
	links   list.Model
	linksOf string

	help     help.Model
	showHelp bool
	finding  bool
	query    string // the find-in-document words being typed

	width, height int
	back, fwd     []location
	err           string

	srch  searchLayer // the global search over the view (searchmode.go)
	track *trackState // statuses for the tracker and scorecards (tracker.go)

	personal personalLayer // notes, flags, agenda, export, copy (personal.go)

	signals *signalWatch // the signals Run catches, or nil (signals.go)
	ended   *SignalError // the signal that ended the program, or nil
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
	c := &common.Common{B: opts.Briefing, Today: opts.Today, Styles: theme.New(dark, opts.Color), Keys: keys.DefaultKeyMap(viewNames())}
	m := &Model{c: c, opts: opts, cache: detail.NewCache(), help: help.New()}
	m.detail = detail.New(c, m.cache)
	m.restyleHelp(dark)
	for i := range viewSpecs {
		p := &page{spec: &viewSpecs[i], level: paneNav, focus: paneNav}
		p.nav.SetItems(p.spec.nav(m, p))
		if p.spec.id == ViewTimeline {
			p.nav.SelectID(firstUpcoming(p.nav.Items()))
		}
		m.pages = append(m.pages, p)
		m.refreshSub(p)
	}
	m.initPersonal()
	if opts.Open != "" {
		m.goTo(opts.Open)
	}
	m.syncDetail()
	return m
}

// Init asks the terminal for its background colour when the theme is
// automatic; the answer arrives as tea.BackgroundColorMsg.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Theme == ThemeAuto && m.opts.Color {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	cmds = append(cmds, m.syncDetail(), m.indexCmd(), m.signals.next())
	return tea.Batch(cmds...)
}

// page is the page shown now.
func (m *Model) page() *page { return m.pages[m.active] }

// hasSub reports whether a page has a second list.
func (p *page) hasSub() bool { return p.spec.sub != nil }

// refreshSub fills a page's second list from the main list's selection.
func (m *Model) refreshSub(p *page) {
	if !p.hasSub() {
		return
	}
	sel, _ := p.nav.Selected()
	p.sub.SetItems(p.spec.sub(m, sel.ID))
}
