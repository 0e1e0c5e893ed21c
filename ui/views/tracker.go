package views

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
	"github.com/eu-rok/briefing/ui/page"
)

// trackerSort is the order of the tracker's rows.
type trackerSort int

// The tracker's orders, in the order the sort key cycles through them.
const (
	sortArea     trackerSort = iota // the partnership's own order
	sortStatus                      // least advanced first: overdue, no evidence, …
	sortStrength                    // firmest commitment first
	numSorts
)

func (s trackerSort) String() string {
	switch s {
	case sortStatus:
		return "by status"
	case sortStrength:
		return "by strength"
	default:
		return "by area"
	}
}

// statusAttention is the status filter that answers "what has not moved,
// and what is late?": no evidence and overdue together.
const statusAttention = "attention"

// strengthFilters is the cycle of the strength filter key: all, then
// firmest to weakest.
var strengthFilters = []int{0, 4, 3, 2, 1}

// tracker is the implementation tracker: every joint action as a table
// row with its status, in an order and through filters of its own.
type tracker struct {
	page.Base
	d        Deps
	sort     trackerSort
	area     string // "" for all
	status   string // "", statusAttention, or a model.Status
	strength int    // 0 for all, else a model.Modality Strength (1 to 4)
}

func (v *tracker) Name() string  { return "Tracker" }
func (v *tracker) Tab() page.Tab { return page.Tab{Short: "Track", Keep: 6} }
func (v *tracker) Wide() bool    { return true }

// Title says the order and the filters, so what is shown is never a
// surprise.
func (v *tracker) Title() string {
	parts := []string{"Tracker", v.sort.String()}
	if v.status != "" {
		parts = append(parts, v.status)
	}
	if a := v.d.C.B.Area(v.area); v.area != "" && a != nil {
		parts = append(parts, a.ID)
	}
	if v.strength != 0 {
		parts = append(parts, strengthName(v.strength))
	}
	return strings.Join(parts, " · ")
}

// Tracker table columns: widths, and the list width from which the
// optional ones are drawn.
const (
	colID       = 8
	colArea     = 6
	colStatus   = 16
	colShort    = 9 // the short status, in a narrow list
	colStrength = 8
	colModality = 15
	colParts    = 5
	colEvidence = 2
	areaColMin  = 80
	modalityMin = 88
	partsMin    = 80
	evidenceMin = 50
	// Below this width the status is drawn short and the strength, which
	// the document gives, is left out: the title keeps room to be read.
	fullStatusMin = 64
)

// Items are the summary, the column names and one row per action.
func (v *tracker) Items() []list.Item {
	out := []list.Item{
		{Divider: true, Heading: true, Title: v.summary()},
		{Divider: true, Heading: true, Title: "title", Cells: trackerCells("id", "area", "status", "strength", "modality", "parts", "ev")},
	}
	rows := v.rows()
	for _, pr := range rows {
		a := pr.Action
		out = append(out, list.Item{
			ID:    a.ID,
			Title: a.Title,
			Cells: trackerCells(a.ID, a.Area, pr.Status, a.Modality.StrengthLabel(), string(a.Modality), partsDone(pr), strconv.Itoa(len(pr.Evidence))),
		})
	}
	if len(rows) == 0 {
		out = append(out, list.Item{Divider: true, Heading: true, Title: "no joint action matches on " + model.DateOf(v.d.C.Today).String()})
	}
	return out
}

// trackerCells are the columns of one row; the header row uses the same
// function with the column names, so they line up at every width.
func trackerCells(id, area string, status model.Status, strength, modality, parts, evidence string) []list.Cell {
	tone := statusTone(status)
	return []list.Cell{
		{Text: id, Width: colID, ID: true},
		{Text: area, Width: colArea, Min: areaColMin},
		{Text: string(status), Width: colStatus, Toned: true, Tone: tone, Min: fullStatusMin},
		{Text: status.Short(), Width: colShort, Toned: true, Tone: tone, Max: fullStatusMin},
		{Text: strength, Width: colStrength, Min: fullStatusMin},
		{Text: modality, Width: colModality, Min: modalityMin, Toned: true, Tone: list.ToneMuted},
		{Text: parts, Width: colParts, Min: partsMin, Right: true},
		{Text: evidence, Width: colEvidence, Min: evidenceMin, Right: true},
	}
}

// rows are the actions the filters let through, in the order chosen.
// Sorting is stable, so ties keep the partnership's order.
func (v *tracker) rows() []model.Progress {
	var out []model.Progress
	for _, a := range v.d.Statuses.actions {
		if p := v.d.Statuses.Of(a); v.keep(p) {
			out = append(out, p)
		}
	}
	switch v.sort {
	case sortStatus:
		slices.SortStableFunc(out, func(x, y model.Progress) int { return cmp.Compare(x.Status.Rank(), y.Status.Rank()) })
	case sortStrength:
		slices.SortStableFunc(out, func(x, y model.Progress) int {
			return cmp.Compare(y.Action.Modality.Strength(), x.Action.Modality.Strength())
		})
	}
	return out
}

// keep reports whether the filters let an action through.
func (v *tracker) keep(p model.Progress) bool {
	a := p.Action
	if v.area != "" && !model.SameID(a.Area, v.area) {
		return false
	}
	if v.strength != 0 && a.Modality.Strength() != v.strength {
		return false
	}
	switch v.status {
	case "":
		return true
	case statusAttention:
		return p.Status == model.NoEvidence || p.Status == model.Overdue
	default:
		return string(p.Status) == v.status
	}
}

// summary counts every action by status, the least advanced first: the
// one line that answers "what has not moved, and what is overdue?".
func (v *tracker) summary() string {
	counts := map[model.Status]int{}
	for _, p := range v.d.Statuses.progress {
		counts[p.Status]++
	}
	var parts []string
	for _, s := range model.Statuses() {
		// Overdue is always said, even at zero: it is half the question.
		if counts[s] == 0 && s != model.Overdue {
			continue
		}
		name := string(s)
		if s == model.DeliveredLate || s == model.PartlyDelivered {
			name = s.Short() // keeps the line within a half screen
		}
		parts = append(parts, strconv.Itoa(counts[s])+" "+name)
	}
	return strings.Join(parts, " · ") + " (" + strconv.Itoa(len(v.d.Statuses.actions)) + ")"
}

// partsDone counts an action's parts shown done, of all: "1/2"; empty for
// an action that is one commitment.
func partsDone(p model.Progress) string {
	if len(p.Parts) == 0 {
		return ""
	}
	done := 0
	for _, pp := range p.Parts {
		if pp.Status.Done() {
			done++
		}
	}
	return strconv.Itoa(done) + "/" + strconv.Itoa(len(p.Parts))
}

// Update takes the tracker's order and filter keys, wherever the focus is
// in the view.
func (v *tracker) Update(msg tea.Msg, lists page.Lists) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	tk := v.d.C.Keys.Tracker
	switch {
	case key.Matches(k, tk.Sort):
		v.sort = (v.sort + 1) % numSorts
	case key.Matches(k, tk.Status):
		v.status = nextInCycle(statusFilters(), v.status)
	case key.Matches(k, tk.Strength):
		v.strength = nextInCycle(strengthFilters, v.strength)
	case key.Matches(k, tk.Filter):
		v.area = nextArea(v.d.C.B, v.area)
	default:
		return nil, false
	}
	lists.Refill()
	return nil, true
}

func (v *tracker) Unfilter() bool {
	had := v.area != "" || v.status != "" || v.strength != 0
	v.area, v.status, v.strength = "", "", 0
	return had
}

func (v *tracker) ShortHelp() []key.Binding {
	tk := v.d.C.Keys.Tracker
	return []key.Binding{tk.Filter, tk.Sort, tk.Status, tk.Strength}
}

func (v *tracker) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// statusFilters is the cycle of the status filter key.
func statusFilters() []string {
	out := []string{"", statusAttention}
	for _, s := range model.Statuses() {
		out = append(out, string(s))
	}
	return out
}

// nextInCycle returns the value after cur in a cycle, wrapping round.
func nextInCycle[T comparable](cycle []T, cur T) T {
	i := slices.Index(cycle, cur)
	return cycle[(i+1)%len(cycle)]
}

// strengthName names a strength level by its label.
func strengthName(n int) string {
	for _, md := range model.Modalities() {
		if md.Strength() == n {
			return md.StrengthLabel()
		}
	}
	return ""
}
