package model

import (
	"runtime"
	"slices"
	"strings"
	"time"
)

// Field names the part of an item a search word matched in.
type Field uint8

// The fields search looks in. The first four are short (a word may match
// them scattered, as fzf does); a summary or body must hold it contiguously,
// because scattered letters are found in almost any paragraph.
const (
	FieldID      Field = iota // the id: GL-ENISA
	FieldTitle                // the title
	FieldAlias                // aliases: searched, not shown
	FieldName                 // names not in the title: a term's expansion, an area's name, co-chairs, places, publishers
	FieldSummary              // the one-line summary
	FieldBody                 // the Markdown body
	numFields
)

var fieldNames = [numFields]string{"id", "title", "alias", "name", "summary", "body"}

// String is the field's name as JSON and the CLI show it.
func (f Field) String() string {
	if f < numFields {
		return fieldNames[f]
	}
	return ""
}

// MarshalText writes the field's name.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

func (f Field) short() bool { return f <= FieldName }

// fieldBonus ranks fields within one tier of match: id, title, summary
// (the text a reader sees first), then names and aliases (hidden keywords:
// they make an item findable, but should not outrank an item whose visible
// text says the same), then the body.
var fieldBonus = [numFields]int32{90, 80, 40, 45, 50, 0}

// searchKindOrder breaks ties between equally good hits: the commitments
// and what the Councils did first, since those are what a search during a
// meeting is after, then the areas, the timeline, the glossary and the
// background.
var searchKindOrder = []Kind{KindAction, KindOutcome, KindArea, KindCouncil, KindEvent, KindTerm, KindContext, KindOverview, KindSource}

// record is one item as search sees it: every field folded and lower-cased
// once, in one string, fields and values separated by NUL.
type record struct {
	entry     Entry
	text      string
	ends      [numFields]uint32 // end of each field in text; field f starts after ends[f-1]
	mask      uint64            // characters in text
	shortMask uint64            // characters in the short fields
	kindRank  uint8
	status    uint8 // 1 + index in Statuses(), for actions; 0 otherwise
	day       int32 // days since 1970 of its date, for ties; 0 when undated
	yearLo    int16 // years its date spans; 0 when undated
	yearHi    int16
	areas     []uint16 // indexes into Index.areas
	councils  []uint16 // indexes into Index.councils
}

func (r *record) fieldStart(f Field) uint32 {
	if f == 0 {
		return 0
	}
	return r.ends[f-1] + 1
}

// fieldAt says which field a byte offset of text falls in.
func (r *record) fieldAt(off int) Field {
	for f := Field(0); f < numFields; f++ {
		if uint32(off) < r.ends[f] {
			return f
		}
	}
	return FieldBody
}

// Index is a briefing prepared for search: built once, read by any number
// of searches at the same time.
type Index struct {
	b         *Briefing
	today     time.Time
	recs      []record
	areas     []*Area
	councils  []*Council
	textBytes int
	workers   int
	noMask    bool // for benchmarks: turn off the cheap rejection
}

// NewIndex prepares a briefing for search. today fixes the statuses that
// status: filters on.
func NewIndex(b *Briefing, today time.Time) *Index {
	ix := &Index{b: b, today: today, areas: b.Areas, councils: b.Councils, workers: min(runtime.GOMAXPROCS(0), 4)}
	areaOf := map[string]int{}
	for i, a := range b.Areas {
		areaOf[fold(a.ID)] = i
	}
	for _, a := range b.Actions {
		if i, ok := areaOf[fold(a.Area)]; ok {
			areaOf[fold(a.ID)] = i
		}
	}
	councilOf := map[string]int{}
	for i, c := range b.Councils {
		councilOf[fold(c.ID)] = i
	}
	for _, o := range b.Outcomes {
		if i, ok := councilOf[fold(o.Council)]; ok {
			councilOf[fold(o.ID)] = i
		}
	}
	kindRank := map[Kind]uint8{}
	for i, k := range searchKindOrder {
		kindRank[k] = uint8(i)
	}
	all := b.All()
	ix.recs = make([]record, len(all))
	var buf []byte
	for i, e := range all {
		r := &ix.recs[i]
		r.entry = e
		r.kindRank = kindRank[e.Base().Kind]
		vals := fieldValues(e)
		buf = buf[:0]
		for f := Field(0); f < numFields; f++ {
			if f > 0 {
				buf = append(buf, 0)
			}
			for j, v := range vals[f] {
				if j > 0 {
					buf = append(buf, 0)
				}
				ix.textBytes += len(v)
				buf = appendFoldLower(buf, v)
			}
			r.ends[f] = uint32(len(buf))
		}
		r.text = string(buf)
		r.shortMask = charMask(r.text[:r.ends[FieldName]])
		r.mask = charMask(r.text)
		ix.scopes(r, areaOf, councilOf)
	}
	return ix
}

// appendFoldLower appends foldLower(s), without building it first when s
// is plain ASCII.
func appendFoldLower(buf []byte, s string) []byte {
	if !isPlainASCII(s) {
		return append(buf, foldLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// fieldValues lists the text of an item, field by field.
func fieldValues(e Entry) [numFields][]string {
	it := e.Base()
	var v [numFields][]string
	v[FieldID] = []string{it.ID}
	v[FieldTitle] = []string{it.Title}
	v[FieldAlias] = it.Aliases
	v[FieldSummary] = []string{it.Summary}
	v[FieldBody] = []string{it.Body}
	var names []string
	add := func(xs ...string) {
		for _, x := range xs {
			if x != "" {
				names = append(names, x)
			}
		}
	}
	switch x := e.(type) {
	case *Area:
		add(x.Short, x.Name)
	case *Term:
		add(x.Expansion)
	case *Council:
		add(x.EUChair.Name, x.ROKChair.Name, x.Place, x.Venue)
	case *Event:
		add(x.Place, x.Who)
	case *Source:
		add(x.Publisher)
	}
	v[FieldName] = names
	return v
}

// scopes records what the scopes filter on: areas, Councils, years, status.
func (ix *Index) scopes(r *record, areaOf, councilOf map[string]int) {
	b := ix.b
	it := r.entry.Base()
	addArea := func(id string) {
		if i, ok := areaOf[fold(id)]; ok && !slices.Contains(r.areas, uint16(i)) {
			r.areas = append(r.areas, uint16(i))
		}
	}
	addCouncil := func(id string) {
		if i, ok := councilOf[fold(id)]; ok && !slices.Contains(r.councils, uint16(i)) {
			r.councils = append(r.councils, uint16(i))
		}
	}
	addArea(it.ID)
	addCouncil(it.ID)
	// Typed links only: "related" is a reading suggestion, not membership.
	// An action's area and an outcome's Council are their own.
	_, isAction := r.entry.(*Action)
	_, isOutcome := r.entry.(*Outcome)
	for _, l := range b.LinksFrom(it.ID) {
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
	var date, end Date
	switch x := r.entry.(type) {
	case *Action:
		p := b.ProgressOf(x, ix.today)
		r.status = uint8(1 + slices.Index(Statuses(), p.Status))
	case *Council:
		date = x.Date
		for _, o := range b.OutcomesOf(x.ID) {
			for _, l := range b.LinksFrom(o.ID) {
				if l.Field == "areas" || l.Field == "actions" || l.Field == "delivers" {
					addArea(l.To)
				}
			}
		}
	case *Outcome:
		if c := b.Council(x.Council); c != nil {
			date = c.Date
		}
	case *Event:
		date = x.Date
		if x.End != nil {
			end = *x.End
		}
	case *Source:
		if x.Date != nil {
			date = *x.Date
		}
	}
	if !date.IsZero() {
		r.day = int32(date.Start().Unix() / 86400)
		r.yearLo, r.yearHi = int16(date.Year), int16(date.Year)
		if !end.IsZero() {
			r.yearHi = int16(end.Year)
		}
	}
}

// areaIndex finds an area by id or short name; -1 if there is none.
func (ix *Index) areaIndex(v string) int {
	for i, a := range ix.areas {
		if strings.EqualFold(a.ID, v) || strings.EqualFold(Fold(a.Short), Fold(v)) {
			return i
		}
	}
	return -1
}

func (ix *Index) areaNames() string {
	if ix == nil {
		return "the ids of the areas"
	}
	names := make([]string, len(ix.areas))
	for i, a := range ix.areas {
		names[i] = a.ID
	}
	return strings.Join(names, ", ")
}

// councilIndex finds a Council by number ("2") or id ("DPC-2"); -1 if none.
func (ix *Index) councilIndex(v string) int {
	for i, c := range ix.councils {
		if strings.EqualFold(c.ID, v) || strings.TrimLeft(v, "0") == itoa(c.Number) {
			return i
		}
	}
	return -1
}

func (ix *Index) councilNames() string {
	if ix == nil {
		return "their numbers"
	}
	names := make([]string, len(ix.councils))
	for i, c := range ix.councils {
		names[i] = itoa(c.Number) + " (" + c.ID + ")"
	}
	return strings.Join(names, ", ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// Len is the number of items in the index.
func (ix *Index) Len() int { return len(ix.recs) }

// TextBytes is the size of the text the index holds, before folding: what
// its memory is compared with.
func (ix *Index) TextBytes() int { return ix.textBytes }
