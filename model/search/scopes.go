package search

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model"
)

// scopeData is what the scopes filter on: the areas and Councils an item
// belongs to, an action's status, the years its date spans; and the first
// day of its date, which breaks ties.
type scopeData struct {
	areas    []uint16 // indexes into Briefing.Areas
	councils []uint16 // indexes into Briefing.Councils
	status   model.Status
	yearLo   int16
	yearHi   int16
	day      int32 // days since 1970, 0 when undated
}

// scoper works out the scope data of items.
type scoper struct {
	b         *model.Briefing
	today     time.Time
	areaOf    map[string]int // an area's or an action's id (upper case) to its area
	councilOf map[string]int // a Council's or an outcome's id to its Council
}

func newScoper(b *model.Briefing, today time.Time) *scoper {
	s := &scoper{b: b, today: today, areaOf: map[string]int{}, councilOf: map[string]int{}}
	for i, a := range b.Areas {
		s.areaOf[model.IDKey(a.ID)] = i
	}
	for _, a := range b.Actions {
		if i, ok := s.areaOf[model.IDKey(a.Area)]; ok {
			s.areaOf[model.IDKey(a.ID)] = i
		}
	}
	for i, c := range b.Councils {
		s.councilOf[model.IDKey(c.ID)] = i
	}
	for _, o := range b.Outcomes {
		if i, ok := s.councilOf[model.IDKey(o.Council)]; ok {
			s.councilOf[model.IDKey(o.ID)] = i
		}
	}
	return s
}

// scope says where an item belongs. Typed links only: "related" is a
// reading suggestion, not membership. An action's area and an outcome's
// Council are their own; a Council covers the areas of its outcomes.
func (s *scoper) scope(e model.Entry) scopeData {
	var sd scopeData
	id := e.Base().ID
	addArea := func(id string) {
		if i, ok := s.areaOf[model.IDKey(id)]; ok && !slices.Contains(sd.areas, uint16(i)) {
			sd.areas = append(sd.areas, uint16(i))
		}
	}
	addCouncil := func(id string) {
		if i, ok := s.councilOf[model.IDKey(id)]; ok && !slices.Contains(sd.councils, uint16(i)) {
			sd.councils = append(sd.councils, uint16(i))
		}
	}
	addArea(id)
	addCouncil(id)
	_, isAction := e.(*model.Action)
	_, isOutcome := e.(*model.Outcome)
	for _, l := range s.b.LinksFrom(id) {
		if l.Field == "sources" || l.Field == "related" {
			continue
		}
		if !isAction {
			addArea(l.To)
		}
		if !isOutcome {
			addCouncil(l.To)
		}
	}
	var date, end model.Date
	switch x := e.(type) {
	case *model.Action:
		sd.status = s.b.ProgressOf(x, s.today).Status
	case *model.Council:
		date = x.Date
		for _, o := range s.b.OutcomesOf(x.ID) {
			for _, l := range s.b.LinksFrom(o.ID) {
				if l.Field == "areas" || l.Field == "actions" || l.Field == "delivers" {
					addArea(l.To)
				}
			}
		}
	case *model.Outcome:
		if c := s.b.Council(x.Council); c != nil {
			date = c.Date
		}
	case *model.Event:
		date = x.Date
		if x.End != nil {
			end = *x.End
		}
	case *model.Source:
		if x.Date != nil {
			date = *x.Date
		}
	}
	if !date.IsZero() {
		sd.day = int32(date.Start().Unix() / 86400)
		sd.yearLo, sd.yearHi = int16(date.Year), int16(date.Year)
		if !end.IsZero() {
			sd.yearHi = int16(end.Year)
		}
	}
	return sd
}

// areaIndex finds an area by id or short name; -1 if there is none.
func (ix *Index) areaIndex(v string) int {
	for i, a := range ix.b.Areas {
		if model.SameID(a.ID, v) || strings.EqualFold(Fold(a.Short), Fold(v)) {
			return i
		}
	}
	return -1
}

func (ix *Index) areaNames() string {
	names := make([]string, len(ix.b.Areas))
	for i, a := range ix.b.Areas {
		names[i] = a.ID
	}
	return strings.Join(names, ", ")
}

// councilIndex finds a Council by number ("2") or id ("DPC-2"); -1 if none.
func (ix *Index) councilIndex(v string) int {
	for i, c := range ix.b.Councils {
		if model.SameID(c.ID, v) || strings.TrimLeft(v, "0") == strconv.Itoa(c.Number) {
			return i
		}
	}
	return -1
}

func (ix *Index) councilNames() string {
	names := make([]string, len(ix.b.Councils))
	for i, c := range ix.b.Councils {
		names[i] = strconv.Itoa(c.Number) + " (" + c.ID + ")"
	}
	return strings.Join(names, ", ")
}

// scopeFilter is a parsed scope: the items it lets through.
type scopeFilter struct {
	kinds    []model.Kind
	areas    []int
	councils []int
	year     int
	statuses []model.Status
}

// holds reports whether an item passes the filter.
func (f *scopeFilter) holds(d *doc) bool {
	switch {
	case f.kinds != nil:
		return slices.Contains(f.kinds, d.entry.Base().Kind)
	case f.areas != nil:
		return slices.ContainsFunc(d.scope.areas, func(a uint16) bool { return slices.Contains(f.areas, int(a)) })
	case f.councils != nil:
		return slices.ContainsFunc(d.scope.councils, func(c uint16) bool { return slices.Contains(f.councils, int(c)) })
	case f.year != 0:
		return d.scope.yearLo != 0 && int(d.scope.yearLo) <= f.year && f.year <= int(d.scope.yearHi)
	case f.statuses != nil:
		return d.scope.status != "" && slices.Contains(f.statuses, d.scope.status)
	}
	return false
}

// scopeNames lists the scopes, for messages.
const scopeNames = "kind:, area:, council:, year:, status:"

// parseScope reads name:value.
func (ix *Index) parseScope(name, value string) (scopeFilter, error) {
	var f scopeFilter
	example := map[string]string{"kind": "kind:action", "area": "area:SEMI", "council": "council:2", "year": "year:2024", "status": "status:overdue"}[name]
	if example == "" {
		return f, fmt.Errorf("unknown scope %s: the scopes are %s (to search for the text, write '%s:%s)", name+":", scopeNames, name, value)
	}
	values := strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == '|' })
	if len(values) == 0 {
		return f, fmt.Errorf("%s: needs a value, for example %s", name, example)
	}
	if name == "year" && len(values) > 1 {
		return f, fmt.Errorf("year: takes one year; for two, write year:2023 | year:2024")
	}
	for _, v := range values {
		switch name {
		case "kind":
			k, ok := model.ParseKind(v)
			if !ok {
				return f, fmt.Errorf("unknown kind %s: kinds are %s", quoteShort(v), kindNames())
			}
			f.kinds = append(f.kinds, k)
		case "area":
			i := ix.areaIndex(v)
			if i < 0 {
				return f, fmt.Errorf("unknown area %s: areas are %s", quoteShort(v), ix.areaNames())
			}
			f.areas = append(f.areas, i)
		case "council":
			i := ix.councilIndex(v)
			if i < 0 {
				return f, fmt.Errorf("unknown Council %s: Councils are %s", quoteShort(v), ix.councilNames())
			}
			f.councils = append(f.councils, i)
		case "year":
			y, err := strconv.Atoi(v)
			if err != nil || len(v) != 4 {
				return f, fmt.Errorf("year: takes a year of four digits, for example year:2024, not %s", quoteShort(v))
			}
			f.year = y
		case "status":
			st, ok := model.ParseStatus(v)
			if !ok {
				return f, fmt.Errorf("unknown status %s: statuses are %s", quoteShort(v), statusNames())
			}
			f.statuses = append(f.statuses, st)
		}
	}
	return f, nil
}

func kindNames() string {
	var names []string
	for _, k := range model.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func statusNames() string {
	names := []string{"none", "late"}
	for _, s := range model.Statuses() {
		names = append(names, strings.ReplaceAll(string(s), " ", "-"))
	}
	return strings.Join(names, ", ")
}
