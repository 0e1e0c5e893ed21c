package model

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
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
	FieldNote                 // the user's own note on the item: see NewIndexWithNotes
	numFields
)

var fieldNames = [numFields]string{"id", "title", "alias", "name", "summary", "body", "note"}

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
var fieldBonus = [numFields]int32{90, 80, 40, 45, 50, 0, 30}

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
	note      string   // the user's note, when built by NewIndexWithNotes
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
	noWords   bool // for benchmarks: search without the word index
	scopeOnce sync.Once

	// The word index (search_words.go), built on first need.
	wordIx    atomic.Pointer[wordIndex]
	wordOnce  sync.Once
	wordStart atomic.Bool
}

// NewIndex prepares a briefing for search. today fixes the statuses that
// status: filters on.
func NewIndex(b *Briefing, today time.Time) *Index { return newIndex(b, today, nil) }

// newIndex builds the index; notes (by folded id) are the user's notes.
func newIndex(b *Briefing, today time.Time, notes map[string]string) *Index {
	ix := &Index{b: b, today: today, areas: b.Areas, councils: b.Councils, workers: min(runtime.GOMAXPROCS(0), 4)}
	kindRank := map[Kind]uint8{}
	for i, k := range searchKindOrder {
		kindRank[k] = uint8(i)
	}
	all := b.All()
	ix.recs = make([]record, len(all))
	// The records are independent: built on every core, each worker
	// writing its own range.
	workers := max(1, min(ix.workers, len(all)/1024))
	textBytes := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(all)*w/workers, len(all)*(w+1)/workers
		wg.Go(func() {
			// The records' texts, one after the other in one buffer: as
			// long as the text (more if folding lengthens it, when the
			// buffer grows and the texts made so far keep the old one).
			size := 0
			for i := lo; i < hi; i++ {
				it := all[i].Base()
				size += len(it.ID) + len(it.Title) + len(it.Summary) + len(it.Body) + 64
				for _, a := range it.Aliases {
					size += len(a) + 1
				}
			}
			buf := make([]byte, 0, size)
			for i := lo; i < hi; i++ {
				e := all[i]
				r := &ix.recs[i]
				r.entry = e
				r.kindRank = kindRank[e.Base().Kind]
				r.note = notes[fold(e.Base().ID)]
				vals := r.values()
				buf = buf[len(buf):]
				// The NULs between fields and values are punctuation to
				// charMask: bit 63, which every record has.
				mask := uint64(1) << 63
				for f := Field(0); f < numFields; f++ {
					if f > 0 {
						buf = append(buf, 0)
					}
					for j, v := range vals[f] {
						if j > 0 {
							buf = append(buf, 0)
						}
						textBytes[w] += len(v)
						var m uint64
						buf, m = appendFoldLowerMask(buf, v)
						mask |= m
					}
					r.ends[f] = uint32(len(buf))
					if f == FieldName {
						r.shortMask = mask
					}
				}
				// Nothing writes to these bytes again: appends go after them.
				r.text = unsafe.String(unsafe.SliceData(buf), len(buf))
				r.mask = mask
				ix.scopes(r, nil, nil, false)
			}
		})
	}
	wg.Wait()
	for _, n := range textBytes {
		ix.textBytes += n
	}
	return ix
}

// appendFoldLower appends foldLower(s), without building it first when s
// is plain ASCII.
func appendFoldLower(buf []byte, s string) []byte {
	if !isPlainASCII(s) {
		return appendFoldLowerText(buf, s)
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
	// One allocation for the single values and the names (at most four).
	buf := make([]string, 4, 8)
	buf[0], buf[1], buf[2], buf[3] = it.ID, it.Title, it.Summary, it.Body
	v[FieldID] = buf[0:1:1]
	v[FieldTitle] = buf[1:2:2]
	v[FieldAlias] = it.Aliases
	v[FieldSummary] = buf[2:3:3]
	v[FieldBody] = buf[3:4:4]
	v[FieldName] = appendNames(buf[4:4], e)
	return v
}

// ensureScopes works out, once, the areas, Councils and status of every
// record, which only area:, council: and status: need: a search without
// them (as briefing search usually is) does not wait for them.
func (ix *Index) ensureScopes() {
	ix.scopeOnce.Do(func() {
		b := ix.b
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
		n := len(ix.recs)
		workers := max(1, min(ix.workers, n/1024))
		var wg sync.WaitGroup
		for w := range workers {
			lo, hi := n*w/workers, n*(w+1)/workers
			wg.Go(func() {
				for i := lo; i < hi; i++ {
					ix.scopes(&ix.recs[i], areaOf, councilOf, true)
				}
			})
		}
		wg.Wait()
	})
}

// needsScopes reports whether a query filters by area, Council or status.
func needsScopes(q *query) bool {
	for _, g := range q.groups {
		for _, tm := range g {
			if tm.scope == scopeArea || tm.scope == scopeCouncil || tm.scope == scopeStatus {
				return true
			}
		}
	}
	return false
}

// appendNames appends an item's names (see FieldName) that are not empty.
func appendNames(names []string, e Entry) []string {
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
	return names
}

// eachShortValue calls fn for the values of an item's short fields, as
// fieldValues lists them (id, title, aliases, names), without building the
// lists.
func eachShortValue(e Entry, fn func(f Field, v string)) {
	it := e.Base()
	fn(FieldID, it.ID)
	fn(FieldTitle, it.Title)
	for _, a := range it.Aliases {
		fn(FieldAlias, a)
	}
	var buf [4]string
	for _, n := range appendNames(buf[:0], e) {
		fn(FieldName, n)
	}
}

// eachValue calls fn for each value of a record, field by field, as
// r.values() lists them, without building the lists.
func eachValue(r *record, fn func(f Field, v string)) {
	eachShortValue(r.entry, fn)
	it := r.entry.Base()
	fn(FieldSummary, it.Summary)
	fn(FieldBody, it.Body)
	if r.note != "" {
		fn(FieldNote, r.note)
	}
}

// scopes records what the scopes filter on: with links, the areas,
// Councils and status (see ensureScopes); without, the years and the day
// that ties are broken by.
func (ix *Index) scopes(r *record, areaOf, councilOf map[string]int, links bool) {
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
	if links {
		addArea(it.ID)
		addCouncil(it.ID)
		// Typed links only: "related" is a reading suggestion, not
		// membership. An action's area and an outcome's Council are their
		// own.
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
		switch x := r.entry.(type) {
		case *Action:
			p := b.ProgressOf(x, ix.today)
			r.status = uint8(1 + slices.Index(Statuses(), p.Status))
		case *Council:
			for _, o := range b.OutcomesOf(x.ID) {
				for _, l := range b.LinksFrom(o.ID) {
					if l.Field == "areas" || l.Field == "actions" || l.Field == "delivers" {
						addArea(l.To)
					}
				}
			}
		}
		return
	}
	var date, end Date
	switch x := r.entry.(type) {
	case *Council:
		date = x.Date
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
