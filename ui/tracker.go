package ui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
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

// trackState is the implementation tracker: every joint action's status,
// derived once for the fixed today (statuses cannot change while the
// program runs), and the tracker view's order and filters. The area filter
// is the page's own, shared with the timeline's filter key.
type trackState struct {
	actions  []*model.Action           // area by area, in the partnership's order
	progress map[string]model.Progress // by upper-case action id
	scores   map[string]model.AreaScore
	sort     trackerSort
	status   string // "", statusAttention, or a model.Status
	strength int    // 0 for all, else a model.Modality Strength (1 to 4)
}

// tracker returns the tracker's state, deriving the statuses on first use.
func (m *Model) tracker() *trackState {
	if m.track != nil {
		return m.track
	}
	t := &trackState{progress: map[string]model.Progress{}, scores: map[string]model.AreaScore{}}
	for _, s := range m.c.B.Scorecard(m.c.Today, "") {
		t.scores[strings.ToUpper(s.AreaID)] = s
		for _, p := range s.Progress {
			t.actions = append(t.actions, p.Action)
			t.progress[strings.ToUpper(p.Action.ID)] = p
		}
	}
	m.track = t
	return t
}

// progressOf is an action's status, from the tracker's table.
func (t *trackState) progressOf(a *model.Action) model.Progress {
	return t.progress[strings.ToUpper(a.ID)]
}

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

// strengthFilters is the cycle of the strength filter key: all, then
// firmest to weakest.
var strengthFilters = []int{0, 4, 3, 2, 1}

// strengthName names a strength level by its label.
func strengthName(n int) string {
	for _, md := range model.Modalities() {
		if md.Strength() == n {
			return md.StrengthLabel()
		}
	}
	return ""
}

// keep reports whether the filters let an action through.
func (t *trackState) keep(p model.Progress, area string) bool {
	a := p.Action
	if area != "" && !strings.EqualFold(a.Area, area) {
		return false
	}
	if t.strength != 0 && a.Modality.Strength() != t.strength {
		return false
	}
	switch t.status {
	case "":
		return true
	case statusAttention:
		return p.Status == model.NoEvidence || p.Status == model.Overdue
	default:
		return string(p.Status) == t.status
	}
}

// rows are the actions the tracker shows, filtered and sorted. Sorting is
// stable, so ties keep the partnership's order.
func (t *trackState) rows(area string) []model.Progress {
	var out []model.Progress
	for _, a := range t.actions {
		if p := t.progressOf(a); t.keep(p, area) {
			out = append(out, p)
		}
	}
	switch t.sort {
	case sortStatus:
		slices.SortStableFunc(out, func(x, y model.Progress) int { return cmp.Compare(x.Status.Rank(), y.Status.Rank()) })
	case sortStrength:
		slices.SortStableFunc(out, func(x, y model.Progress) int {
			return cmp.Compare(y.Action.Modality.Strength(), x.Action.Modality.Strength())
		})
	}
	return out
}

// summary counts every action by status, the least advanced first: the
// one line that answers "what has not moved, and what is overdue?".
func (t *trackState) summary() string {
	counts := map[model.Status]int{}
	for _, p := range t.progress {
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
	return strings.Join(parts, " · ") + " (" + strconv.Itoa(len(t.actions)) + ")"
}

// title is the tracker pane's title: its order and filters, so what is
// shown is never a surprise.
func (t *trackState) title(b *model.Briefing, area string) string {
	parts := []string{"Tracker", t.sort.String()}
	if t.status != "" {
		parts = append(parts, t.status)
	}
	if area != "" {
		if a := b.Area(area); a != nil {
			parts = append(parts, a.ID)
		}
	}
	if t.strength != 0 {
		parts = append(parts, strengthName(t.strength))
	}
	return strings.Join(parts, " · ")
}

// Tracker table columns: widths, and the list width from which the
// optional ones are drawn.
const (
	colID       = 8
	colArea     = 6
	colStatus   = 16
	colStrength = 8
	colModality = 15
	colParts    = 5
	colEvidence = 2
	areaColMin  = 80
	modalityMin = 88
	partsMin    = 80
	evidenceMin = 50
)

// trackerCells are the columns of one row; the header row uses the same
// function with the column names, so they line up at every width.
func trackerCells(id, area, status, strength, modality, parts, evidence string, tone list.Tone) []list.Cell {
	return []list.Cell{
		{Text: id, Width: colID, ID: true},
		{Text: area, Width: colArea, Min: areaColMin},
		{Text: status, Width: colStatus, Toned: true, Tone: tone},
		{Text: strength, Width: colStrength},
		{Text: modality, Width: colModality, Min: modalityMin, Toned: true, Tone: list.ToneMuted},
		{Text: parts, Width: colParts, Min: partsMin, Right: true},
		{Text: evidence, Width: colEvidence, Min: evidenceMin, Right: true},
	}
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

// trackerItems fills the tracker view: the summary, the column names and
// one row per action.
func trackerItems(m *Model, p *page) []list.Item {
	t := m.tracker()
	out := []list.Item{
		{Divider: true, Heading: true, Title: t.summary()},
		{Divider: true, Heading: true, Title: "title", Cells: trackerCells("id", "area", "status", "strength", "modality", "parts", "ev", list.ToneMuted)},
	}
	rows := t.rows(p.filter)
	for _, pr := range rows {
		a := pr.Action
		out = append(out, list.Item{
			ID:    a.ID,
			Title: a.Title,
			Cells: trackerCells(a.ID, a.Area, string(pr.Status), a.Modality.StrengthLabel(), string(a.Modality), partsDone(pr), strconv.Itoa(len(pr.Evidence)), statusTone(pr.Status)),
		})
	}
	if len(rows) == 0 {
		out = append(out, list.Item{Divider: true, Heading: true, Title: "no joint action matches on " + model.DateOf(m.c.Today).String()})
	}
	return out
}

// trackerTitle is the tracker pane's title.
func trackerTitle(m *Model, p *page) string { return m.tracker().title(m.c.B, p.filter) }

// refilter rebuilds a page's list after its order or a filter changed, and
// shows the selection rather than an item followed earlier.
func (m *Model) refilter(p *page) {
	p.nav.SetItems(p.spec.nav(m, p))
	p.override = ""
}

// areaScore draws an area's scorecard for the areas list: one mark per
// joint action, filled when it is delivered (late or not), and the count.
// The short form, for a narrow list, is the bar alone.
func (m *Model) areaScore(areaID string) (long, short string, tone list.Tone) {
	s, ok := m.tracker().scores[strings.ToUpper(areaID)]
	if !ok || s.Total == 0 {
		return "", "", list.ToneMuted
	}
	bar := strings.Repeat("▰", s.Done()) + strings.Repeat("▱", s.Total-s.Done())
	switch {
	case s.Counts[model.Overdue] > 0:
		tone = list.ToneBad
	case s.Done() == s.Total:
		tone = list.ToneGood
	case s.Moving() > 0:
		tone = list.ToneAccent
	default:
		tone = list.ToneMuted
	}
	return bar + " " + strconv.Itoa(s.Done()) + "/" + strconv.Itoa(s.Total), bar, tone
}

// statusTone colours a status the same way everywhere: delivered in
// green, delivered late or only in part in amber, work under way in the
// accent, overdue in red, and no evidence or mere plans muted.
func statusTone(s model.Status) list.Tone {
	switch s {
	case model.Delivered:
		return list.ToneGood
	case model.DeliveredLate, model.PartlyDelivered:
		return list.ToneWarn
	case model.UnderWay:
		return list.ToneAccent
	case model.Overdue:
		return list.ToneBad
	default:
		return list.ToneMuted
	}
}
