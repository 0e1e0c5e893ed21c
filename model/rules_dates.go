package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The writing rule on dates: a date written beside an item's id, or beside
// an EU–Korea Council's number, is that item's date.

// dateAfter reads a date written right after an item's id or a Council's
// number: "(30 June 2023", " on 26 March 2024", " in 2026".
var dateAfter = regexp.MustCompile(`^\**\s*(?:\(|\s+(?:on|in)\s+)(?:(?:(?P<day>\d{1,2})(?:[–-](?P<to>\d{1,2}))?\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<year>\d{4})|(?P<yearonly>\d{4})\b)`)

// dateMention is a date a body writes beside an item: the item's id or,
// for "the 1st Council", the Council's number; and the date's words.
type dateMention struct {
	id, council, text string
	m                 []string // dateAfter's match
}

// dateMentions finds the dates a line writes right after an item's id or
// a Council's number ("DPC-2 on 26 March 2024", "the 1st Council (June
// 2023)"). It looks for ids and "Council" by hand, and tries the date
// pattern only where one stands: a line is scanned once.
func dateMentions(line string) []dateMention {
	var out []dateMention
	after := func(id, council string, at, rest int) {
		if m := dateAfter.FindStringSubmatch(line[rest:]); m != nil {
			out = append(out, dateMention{id: id, council: council, text: strings.TrimSpace(line[at : rest+len(m[0])]), m: m})
		}
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c < 'A' || c > 'Z' || (i > 0 && isIDByte(line[i-1])) {
			continue
		}
		j := i
		for j < len(line) && isIDByte(line[j]) {
			j++
		}
		token := strings.TrimRight(line[i:j], ".-")
		switch {
		case token == "Council":
			before := strings.TrimSuffix(strings.TrimRight(line[:i], " "), " Digital Partnership")
			at := strings.LastIndexByte(before, ' ') + 1
			if n := ordinal(strings.TrimLeft(before[at:], "*_(")); n != "" {
				after("", n, at, i+len(token))
			}
		case strings.ContainsAny(token, "-."):
			after(token, "", i, i+len(token))
		}
		i = j
	}
	return out
}

// checkDates reports a date written beside an item's id, or beside a
// Council's number, that falls outside the item's own date. Sections on
// disagreeing sources are left out: they quote the wrong dates on purpose.
func (l *loader) checkDates() {
	b := l.b
	councils := map[string]*Council{}
	for _, c := range b.Councils {
		councils[strconv.Itoa(c.Number)] = c
	}
	for _, e := range b.byID { // the problems are sorted by file and line afterwards
		it := e.Base()
		lines := strings.Split(it.Body, "\n")
		skip := make([]bool, len(lines))
		for _, sec := range conflictSections(lines) {
			for i := sec.from - 1; i < sec.to; i++ {
				skip[i] = true
			}
		}
		for i, line := range lines {
			if skip[i] {
				continue
			}
			for _, dm := range dateMentions(line) {
				var target Entry
				if dm.council != "" {
					if c := councils[dm.council]; c != nil {
						target = c
					}
				} else if x, ok := b.byID[IDKey(dm.id)]; ok && x != e {
					target = x
				}
				start, end, ok := spanOf(b, target)
				if !ok {
					continue
				}
				if ms, me := mentionSpan(dm.m); me.Before(start) || ms.After(end) {
					l.add(Problem{File: it.File, Line: it.BodyLine + i,
						Message: fmt.Sprintf("%q gives %s a date outside its own (%s)", dm.text, target.Base().ID, b.dateOf(target.Base().ID))})
				}
			}
		}
	}
}

// ordinal reads "2nd" or "second" as "2", and anything else as "".
func ordinal(s string) string {
	switch strings.ToLower(s) {
	case "1st", "first":
		return "1"
	case "2nd", "second":
		return "2"
	case "3rd", "third":
		return "3"
	case "4th", "fourth":
		return "4"
	}
	return ""
}

// spanOf is the first and last day of a dated item: a Council, an event
// (to its end) or an outcome (its Council's day).
func spanOf(b *Briefing, e Entry) (time.Time, time.Time, bool) {
	if e == nil {
		return time.Time{}, time.Time{}, false
	}
	start := b.dateOf(e.Base().ID)
	end := start
	if ev, ok := e.(*Event); ok && ev.End != nil {
		end = *ev.End
	}
	return start.Start(), end.End(), !start.IsZero()
}

// mentionGroup is a named group of a dateAfter match.
func mentionGroup(m []string, name string) string { return m[dateAfter.SubexpIndex(name)] }

// mentionSpan is the period a matched date names: a year, a month, a day
// or a range of days in one month.
func mentionSpan(m []string) (time.Time, time.Time) {
	if y := mentionGroup(m, "yearonly"); y != "" {
		n, _ := strconv.Atoi(y)
		d := Date{Year: n, Precision: Year}
		return d.Start(), d.End()
	}
	y, _ := strconv.Atoi(mentionGroup(m, "year"))
	month, _ := time.Parse("January", strings.ToUpper(mentionGroup(m, "month")[:1])+strings.ToLower(mentionGroup(m, "month")[1:]))
	d := Date{Year: y, Month: month.Month(), Precision: Month}
	if mentionGroup(m, "day") == "" {
		return d.Start(), d.End()
	}
	from, _ := strconv.Atoi(mentionGroup(m, "day"))
	to := from
	if t := mentionGroup(m, "to"); t != "" {
		to, _ = strconv.Atoi(t)
	}
	first, last := d, d
	first.DayOfMonth, first.Precision = from, Day
	last.DayOfMonth, last.Precision = to, Day
	return first.Start(), last.End()
}
