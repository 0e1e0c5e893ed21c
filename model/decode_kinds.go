package model

import (
	"fmt"
	"strings"
)

// decodeKind reads the fields of one kind into its typed item, then checks
// its body against the writing rules.
func decodeKind(d *decoder, kind Kind, item Item) Entry {
	e := decodeFields(d, kind, item)
	checkBody(d, e)
	return e
}

// decodeFields reads the fields of one kind into its typed item.
func decodeFields(d *decoder, kind Kind, item Item) Entry {
	switch kind {
	case KindArea:
		return &Area{Item: item, Order: d.integer("order", true), Short: d.text("short", true), Name: d.text("name", true)}
	case KindAction:
		return decodeAction(d, item)
	case KindCouncil:
		return decodeCouncil(d, item)
	case KindOutcome:
		o := &Outcome{Item: item, Council: d.ref("council", true, KindCouncil),
			Areas: d.refs("areas", KindArea), Actions: d.refs("actions", KindAction), Delivers: d.refs("delivers", KindAction)}
		if o.Council != "" && !strings.HasPrefix(IDKey(o.ID), IDKey(o.Council)+".") {
			f, _ := d.lookup("council")
			d.problem(f.line, "council", fmt.Sprintf("outcome %s belongs to %s, so its id must start with %s.", o.ID, o.Council, o.Council))
		}
		return o
	case KindEvent:
		return decodeEvent(d, item)
	case KindTerm:
		return &Term{Item: item, Category: d.enum("category", true, termCategories), Expansion: d.text("expansion", false)}
	case KindContext:
		return &Context{Item: item, Category: d.enum("category", true, contextCategory)}
	case KindSource:
		s := &Source{Item: item, Type: d.enum("type", true, sourceTypes), Publisher: d.text("publisher", false),
			Date: d.date("date", false), Language: d.language(), URL: d.text("url", false), SeedFile: d.text("file", false)}
		if s.Type == "public" && s.URL == "" {
			d.problem(d.doc.bodyLine-1, "url", "a public source must give its URL")
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			f, _ := d.lookup("url")
			d.problem(f.line, "url", "must start with https:// or http://")
		}
		return s
	default:
		return &Overview{Item: item, Order: d.integer("order", true)}
	}
}

func decodeAction(d *decoder, item Item) *Action {
	a := &Action{Item: item, Area: d.ref("area", true, KindArea), Deadline: d.date("deadline", false)}
	a.Parts = decodeParts(d, item.ID)
	if len(a.Parts) > 0 {
		// One rule for every action: its modality is the verb that opens
		// it, which with parts is part a's.
		a.Modality = a.Parts[0].Modality
		if f, ok := d.lookup("modality"); ok {
			d.problem(f.line, "modality", "an action with parts takes its modality from part a ("+string(a.Modality)+"): remove this line")
		}
		if f, ok := d.lookup("deadline"); ok {
			d.problem(f.line, "deadline", "an action with parts puts a deadline on the part it dates ('| due "+f.value+"')")
		}
	} else if s := d.text("modality", true); s != "" {
		if m, ok := ParseModality(s); ok {
			a.Modality = m
		} else {
			f, _ := d.lookup("modality")
			d.problem(f.line, "modality", quoteShort(s)+" is not one of: "+modalityNames())
		}
	}
	if a.Area != "" && !strings.HasPrefix(IDKey(a.ID), IDKey(a.Area)+"-") {
		f, _ := d.lookup("area")
		d.problem(f.line, "area", fmt.Sprintf("action %s is in area %s, so its id must start with %s-", a.ID, a.Area, a.Area))
	}
	return a
}

// decodeParts reads an action's parts, lettered a, b, c … in order; one
// part alone is the action itself, so there are two or none.
func decodeParts(d *decoder, actionID string) []Part {
	vals, lines := d.list("parts")
	var parts []Part
	for i, v := range vals {
		p, err := parsePart(actionID, v)
		if err != nil {
			d.problem(lines[i], "parts", err.Error())
			continue
		}
		if want := string(rune('a' + len(parts))); p.Letter != want {
			d.problem(lines[i], "parts", fmt.Sprintf("parts are lettered a, b, c … in order: this one should be %s, not %s", want, p.Letter))
			continue
		}
		parts = append(parts, p)
	}
	if len(vals) == 1 {
		d.problem(lines[0], "parts", "one part is the action itself: list two or more, or none")
		return nil
	}
	return parts
}

func decodeCouncil(d *decoder, item Item) *Council {
	c := &Council{Item: item, Number: d.integer("number", true), Place: d.text("place", true), Venue: d.text("venue", false)}
	if date := d.date("date", true); date != nil {
		c.Date = *date
	}
	c.Planned = d.enum("status", true, []string{"held", "planned"}) == "planned"
	required := !c.Planned
	c.EUChair = Chair{Name: d.text("eu-chair", required), Role: d.text("eu-chair-role", required)}
	c.ROKChair = Chair{Name: d.text("rok-chair", required), Role: d.text("rok-chair-role", required)}
	return c
}

func decodeEvent(d *decoder, item Item) *Event {
	e := &Event{Item: item, End: d.date("end", false), Place: d.text("place", false), Who: d.text("who", false),
		Type:  d.enum("type", true, eventTypes),
		Areas: d.refs("areas", KindArea), Actions: d.refs("actions", KindAction), Councils: d.refs("councils", KindCouncil),
		Delivers: d.refs("delivers", KindAction), FulfilledBy: d.ref("fulfilled-by", false, KindCouncil, KindEvent, KindOutcome)}
	if date := d.date("date", true); date != nil {
		e.Date = *date
	}
	switch d.enum("status", true, []string{"happened", "unconfirmed", "planned"}) {
	case "planned":
		e.Planned = true
	case "unconfirmed":
		e.Unconfirmed = true
		if len(e.Delivers) > 0 {
			f, _ := d.lookup("delivers")
			d.problem(f.line, "delivers", "an unconfirmed report cannot show an action done: list it under actions")
		}
	}
	if e.End != nil && !e.Date.IsZero() && e.End.Compare(e.Date) < 0 {
		f, _ := d.lookup("end")
		d.problem(f.line, "end", fmt.Sprintf("ends (%s) before it starts (%s)", e.End, e.Date))
	}
	if e.FulfilledBy != "" && !e.Planned {
		f, _ := d.lookup("fulfilled-by")
		d.problem(f.line, "fulfilled-by", "only a planned event is fulfilled by another item")
	}
	return e
}
