package model

import (
	"fmt"
	"slices"
	"strings"
)

// resolve checks that every reference names an item of the right kind, then
// records each link both ways, and looks for plans that fulfil each other.
func (l *loader) resolve() {
	b := l.b
	for _, r := range l.refs {
		from, okFrom := b.byID[fold(r.from)]
		to, ok := b.byID[fold(r.to)]
		if !okFrom {
			continue
		}
		file := from.Base().File
		if !ok {
			msg := fmt.Sprintf("%s is not an id in the content", quoteShort(r.to))
			if near := suggest(b, r.to, 3); len(near) > 0 {
				msg += " (did you mean " + strings.Join(near, ", ") + "?)"
			}
			l.add(Problem{File: file, Line: r.line, Field: r.field, Message: msg})
			continue
		}
		if len(r.kinds) > 0 && !slices.Contains(r.kinds, to.Base().Kind) {
			l.add(Problem{File: file, Line: r.line, Field: r.field,
				Message: fmt.Sprintf("%s is %s %s, but this field takes %s", to.Base().ID, article(string(to.Base().Kind)), to.Base().Kind, kindList(r.kinds))})
			continue
		}
		if fold(r.from) == fold(r.to) && !(r.field == "sources" && to.Base().Kind == KindSource) {
			l.add(Problem{File: file, Line: r.line, Field: r.field, Message: "an item cannot point at itself"})
			continue
		}
		link := Link{From: from.Base().ID, Field: r.field, To: to.Base().ID}
		b.linksOut[fold(link.From)] = append(b.linksOut[fold(link.From)], link)
		b.linksIn[fold(link.To)] = append(b.linksIn[fold(link.To)], link)
	}
	l.checkFulfilmentCycles()
}

// checkFulfilmentCycles reports plans that, through fulfilled-by, end up
// fulfilling themselves: the chain would never reach what actually happened.
func (l *loader) checkFulfilmentCycles() {
	next := map[string]string{}
	for _, e := range l.b.Events {
		if e.FulfilledBy != "" {
			next[fold(e.ID)] = fold(e.FulfilledBy)
		}
	}
	for _, e := range l.b.Events {
		seen := map[string]bool{}
		for at := fold(e.ID); at != ""; at = next[at] {
			if seen[at] {
				f, _ := l.b.byID[fold(e.ID)]
				l.add(Problem{File: f.Base().File, Field: "fulfilled-by",
					Message: fmt.Sprintf("%s is part of a cycle of plans fulfilling each other", e.ID)})
				break
			}
			seen[at] = true
		}
	}
}

func kindList(kinds []Kind) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = article(string(k)) + " " + string(k)
	}
	return strings.Join(names, " or ")
}

// article is "an" before a vowel, "a" otherwise: "an area", "a source".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
