package search

import (
	"github.com/eu-rok/briefing/model"
)

// Field names the part of an item a word matched in.
type Field uint8

// The fields of an item, most specific first.
const (
	FieldID      Field = iota // the id: GL-ENISA
	FieldTitle                // the title
	FieldAlias                // aliases: searched, not shown
	FieldFacts                // names and facts: an area's official name, a term's expansion, co-chairs, places, dates, publishers
	FieldSummary              // the one-line summary
	FieldBody                 // the Markdown body
	FieldNote                 // the user's own note on the item
	numFields
)

var fieldNames = [numFields]string{"id", "title", "alias", "facts", "summary", "body", "note"}

// String is the field's name as JSON and the CLI show it.
func (f Field) String() string {
	if f < numFields {
		return fieldNames[f]
	}
	return ""
}

// MarshalText writes the field's name.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// short reports whether a field is a name rather than prose: the fields
// that ^prefix and suffix$ look at.
func (f Field) short() bool { return f <= FieldFacts }

// fieldWeight is how much a word in each field says about the item: an
// id, a title or an alias names it; its facts describe it; the summary
// says what it is; the body mentions much else.
var fieldWeight = [numFields]float64{
	FieldID:      5,
	FieldTitle:   4,
	FieldAlias:   3,
	FieldFacts:   2,
	FieldSummary: 1.6,
	FieldBody:    1,
	FieldNote:    1.6,
}

// values lists an item's text, field by field.
func values(b *model.Briefing, e model.Entry, note string) [numFields][]string {
	it := e.Base()
	var v [numFields][]string
	v[FieldID] = []string{it.ID}
	v[FieldTitle] = []string{it.Title}
	v[FieldAlias] = it.Aliases
	v[FieldFacts] = facts(b, e)
	v[FieldSummary] = []string{it.Summary}
	v[FieldBody] = []string{it.Body}
	if note != "" {
		v[FieldNote] = []string{note}
	}
	return v
}

// facts is what a reader sees of an item besides its text, as words to
// search: names, places, dates, co-chairs with their roles.
func facts(b *model.Briefing, e model.Entry) []string {
	var out []string
	add := func(xs ...string) {
		for _, x := range xs {
			if x != "" {
				out = append(out, x)
			}
		}
	}
	switch x := e.(type) {
	case *model.Area:
		add(x.Short, x.Name)
	case *model.Action:
		if x.Deadline != nil {
			add("deadline " + x.Deadline.String())
		}
	case *model.Council:
		add(x.Date.String(), x.Place, x.Venue)
		if x.EUChair.Name != "" {
			add("EU co-chair " + x.EUChair.Name + ", " + x.EUChair.Role)
		}
		if x.ROKChair.Name != "" {
			add("ROK co-chair " + x.ROKChair.Name + ", " + x.ROKChair.Role)
		}
	case *model.Outcome:
		if c := b.Council(x.Council); c != nil {
			add(c.Date.String(), c.Place)
		}
	case *model.Event:
		add(x.Date.String(), x.Place, x.Who)
	case *model.Term:
		add(x.Expansion)
	case *model.Source:
		add(x.Publisher)
		if x.Date != nil {
			add(x.Date.String())
		}
	}
	return out
}
