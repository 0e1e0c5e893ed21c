package model

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// resolve checks that every reference names an item of the right kind, then
// records each link both ways, and looks for plans that fulfil each other.
//
// The targets are looked up first, on every core (reading the map only);
// the references are then checked in order, and the links filed both ways
// side by side.
func (l *loader) resolve() {
	b := l.b
	type target struct {
		key   string
		entry Entry
	}
	targets := make([]target, len(l.refs))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(l.refs)/4096))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(l.refs)*w/workers, len(l.refs)*(w+1)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				key := IDKey(l.refs[i].to)
				targets[i] = target{key, b.byID[key]}
			}
		})
	}
	wg.Wait()
	// A link with the keys of its ids (the keys they were found by).
	type keyedLink struct {
		link           Link
		fromKey, toKey string
	}
	links := make([]keyedLink, 0, len(l.refs))
	var (
		lastFrom, fromKey string
		from              Entry
		okFrom            bool
	)
	for i, r := range l.refs {
		if i == 0 || r.from != lastFrom {
			lastFrom, fromKey = r.from, IDKey(r.from)
			from, okFrom = b.byID[fromKey]
		}
		if !okFrom {
			continue
		}
		toKey, to := targets[i].key, targets[i].entry
		file := from.Base().File
		part := ""
		if to == nil {
			if a, letter, msg := partTarget(b, r); a != nil {
				to, toKey, part = a, IDKey(a.ID), letter
			} else if msg != "" {
				l.add(Problem{File: file, Line: r.line, Field: r.field, Message: msg})
				continue
			}
		}
		if to == nil {
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
		if fromKey == toKey && !(r.field == "sources" && to.Base().Kind == KindSource) {
			l.add(Problem{File: file, Line: r.line, Field: r.field, Message: "an item cannot point at itself"})
			continue
		}
		if a, ok := to.(*Action); ok && part == "" && len(a.Parts) > 0 && isEvidenceField(r.field) {
			l.add(Problem{File: file, Line: r.line, Field: r.field,
				Message: fmt.Sprintf("%s has parts %s: name the part this reports on (%s%s …)", a.ID, a.letters(), a.ID, a.Parts[0].Letter)})
			continue
		}
		links = append(links, keyedLink{Link{From: from.Base().ID, Field: r.field, To: to.Base().ID, Part: part}, fromKey, toKey})
	}
	if len(b.linksOut) == 0 && len(b.linksIn) == 0 {
		b.linksOut = make(map[string][]Link, len(b.byID))
		b.linksIn = make(map[string][]Link, len(b.byID))
	}
	wg.Go(func() {
		// An item's links come one after the other: filed at once.
		for i := 0; i < len(links); {
			j := i + 1
			for j < len(links) && links[j].fromKey == links[i].fromKey {
				j++
			}
			out := b.linksOut[links[i].fromKey]
			for _, kl := range links[i:j] {
				out = append(out, kl.link)
			}
			b.linksOut[links[i].fromKey] = out
			i = j
		}
	})
	for _, kl := range links {
		b.linksIn[kl.toKey] = append(b.linksIn[kl.toKey], kl.link)
	}
	wg.Wait()
	l.checkFulfilmentCycles()
	l.checkDates()
}

// partTarget resolves a reference to one part of an action ("CYBER-1a")
// where an action may be named. It returns the action and the letter, or a
// message when the reference names an action that has no such part; neither
// when the reference is simply unknown.
func partTarget(b *Briefing, r reference) (*Action, string, string) {
	if len(r.kinds) > 0 && !slices.Contains(r.kinds, KindAction) {
		return nil, "", ""
	}
	id, letter, ok := splitPartRef(r.to)
	if !ok {
		return nil, "", ""
	}
	a, _ := b.byID[IDKey(id)].(*Action)
	switch {
	case a == nil:
		return nil, "", ""
	case len(a.Parts) == 0:
		return nil, "", fmt.Sprintf("%s has no parts: name the action itself", a.ID)
	case a.Part(letter) == nil:
		return nil, "", fmt.Sprintf("%s has no part %s (its parts are %s)", a.ID, letter, a.letters())
	}
	return a, letter, ""
}

// isEvidenceField reports whether a field makes its item evidence of the
// actions it names.
func isEvidenceField(field string) bool { return field == "actions" || field == "delivers" }

// checkFulfilmentCycles reports plans that, through fulfilled-by, end up
// fulfilling themselves: the chain would never reach what actually happened.
func (l *loader) checkFulfilmentCycles() {
	next := map[string]string{}
	for _, e := range l.b.Events {
		if e.FulfilledBy != "" {
			next[IDKey(e.ID)] = IDKey(e.FulfilledBy)
		}
	}
	for _, e := range l.b.Events {
		seen := map[string]bool{}
		for at := IDKey(e.ID); at != ""; at = next[at] {
			if seen[at] {
				f, _ := l.b.byID[IDKey(e.ID)]
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
