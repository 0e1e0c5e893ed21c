package search

import (
	"slices"
	"strconv"
	"strings"

	"github.com/eu-rok/briefing/model"
)

// Questions. Staff type what they heard: "what did Korea promise on
// semiconductors", "who co-chaired the third Council", "when is the next
// Council". A question is read before it is searched:
//
//   - "first Council", "3rd DPC", "Council 2" name one Council; "next" and
//     "last Council" are read against the index's today;
//   - who, when, where and promise say what kind of item answers: people
//     and Councils, dated items, Councils and events, commitments;
//   - question and filler words (what, did, on, promise …) are left out,
//     unless quoted or typed in capitals ("US");
//   - words that make a phrase of the vocabulary ("beyond 5G", "digital
//     identity") are searched as that phrase, with its synonyms.

// intent is what kind of item a question asks for.
type intent uint8

const (
	intentNone    intent = iota
	intentWho            // people, and the Councils they chaired
	intentWhen           // dated items
	intentWhere          // Councils and events, which have places
	intentPromise        // commitments: joint actions, and what Councils agreed
	intentDefine         // "what is": the glossary
)

var intentWords = map[string]intent{
	"who": intentWho, "whom": intentWho, "whose": intentWho, "when": intentWhen, "where": intentWhere,
	"promise": intentPromise, "promised": intentPromise, "promises": intentPromise, "pledge": intentPromise, "pledged": intentPromise,
	"commit": intentPromise, "committed": intentPromise, "commitment": intentPromise, "commitments": intentPromise,
}

// stopWords are left out of a question: they say how it is asked, not what
// about.
var stopWords = toSet(`a an the of on in at to for from by with about into onto over under between
and or but nor as than then so if is are was were be been being am do does did done doing
has have had having will would shall should can could may might must what which why how
this that these those there here it its they them their we us our you your i me my he him his she her
any some all each every anything something please tell show find give list know say said says
mean means meant happen happened happens decide decided agree agreed discuss discussed
regarding concerning also ever yet still just really exactly get got much many`)

// ordinals name a Council by its number.
var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
}

// sameOrdinal lists the other spellings of an ordinal: "3rd" for "third".
func sameOrdinal(w string) []string {
	n, ok := ordinals[w]
	if !ok {
		return nil
	}
	var out []string
	for o, m := range ordinals {
		if m == n && o != w {
			out = append(out, o)
		}
	}
	return out
}

// relative words name a Council by today: the one to come, or the last held.
var relative = map[string]bool{"next": true, "upcoming": true, "coming": true, "last": false, "latest": false, "previous": false, "recent": false}

var councilWords = toSet("council councils dpc meeting meetings")

// between are words that may stand between an ordinal and "Council".
var between = toSet("the digital partnership eu korea rok korean eu-rok rok-eu of")

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// readQuestion rewrites the plain words of a parsed query as a question
// would be read.
func (ix *Index) readQuestion(q *query) {
	ix.councilRefs(q)
	if len(q.groups) > 2 {
		// "what is the AI Act", "what are trust services": a definition.
		first, ok1 := plainWord(q.groups[0])
		second, ok2 := plainWord(q.groups[1])
		if ok1 && ok2 && first.text == "what" && (second.text == "is" || second.text == "are") {
			q.intent = intentDefine
		}
	}
	var kept []group
	for _, g := range q.groups {
		if w, ok := plainWord(g); ok {
			if in, ok := intentWords[w.text]; ok && !w.caps {
				q.intent = in
				q.dropped = append(q.dropped, w)
				continue
			}
		}
		kept = append(kept, g)
	}
	words := 0
	for _, g := range kept {
		if w, ok := plainWord(g); !ok || !stopWords[w.text] || w.caps {
			if g[0].mode != modeScope {
				words++
			}
		}
	}
	if words > 0 {
		// Leave the filler out, unless it is all there is.
		kept = slices.DeleteFunc(kept, func(g group) bool {
			w, ok := plainWord(g)
			if ok && stopWords[w.text] && !w.caps {
				q.dropped = append(q.dropped, w)
				return true
			}
			return false
		})
	}
	q.groups = ix.joinPhrases(kept)
}

// plainWord is a group's term when the group is one plain word, as a
// question is made of.
func plainWord(g group) (*term, bool) {
	if len(g) == 1 && g[0].mode == modeWord && !g[0].negate && len(g[0].words) == 1 {
		return g[0], true
	}
	return nil, false
}

// councilRefs replaces "third Council", "the next DPC", "Council 2" by the
// Council they name.
func (ix *Index) councilRefs(q *query) {
	for i := 0; i < len(q.groups); i++ {
		g := q.groups[i]
		if len(g) == 1 && g[0].mode == modeWord && !g[0].negate {
			// A Council's id, "DPC-3", names it like "third Council".
			if c := ix.councilIndex(g[0].text); c >= 0 && model.SameID(ix.b.Councils[c].ID, g[0].text) {
				q.groups[i] = group{&term{raw: g[0].raw, text: g[0].text, mode: modeCouncil, council: c, pos: g[0].pos, len: g[0].len}}
				continue
			}
		}
		w, ok := plainWord(g)
		if !ok {
			continue
		}
		n, end := 0, -1
		if c, ok := ix.councilNumber(w.text); ok {
			// An ordinal, then perhaps "digital partnership", then "Council".
			for j := i + 1; j < len(q.groups) && j <= i+4; j++ {
				next, ok := plainWord(q.groups[j])
				if !ok {
					break
				}
				if councilWords[next.text] {
					n, end = c, j
					break
				}
				if !between[next.text] {
					break
				}
			}
		} else if councilWords[w.text] && i+1 < len(q.groups) {
			// "Council 2", "DPC 3rd".
			if next, ok := plainWord(q.groups[i+1]); ok {
				if c, ok := ix.councilNumber(next.text); ok {
					n, end = c, i+1
				}
			}
		}
		if end < 0 || n < 1 || n > len(ix.b.Councils) {
			continue
		}
		first, last := q.groups[i][0], q.groups[end][0]
		var raw []string
		for _, g := range q.groups[i : end+1] {
			raw = append(raw, g[0].raw)
		}
		ref := &term{raw: strings.Join(raw, " "), text: strings.ToLower(ix.b.Councils[n-1].ID), mode: modeCouncil, council: n - 1,
			pos: first.pos, len: last.pos + last.len - first.pos}
		q.groups = slices.Replace(q.groups, i, end+1, group{ref})
	}
}

// councilNumber reads an ordinal ("third", "3rd"), a number, or "next" and
// "last" against today, as the number of a Council.
func (ix *Index) councilNumber(w string) (int, bool) {
	if n, ok := ordinals[w]; ok {
		return n, true
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
		return n, true
	}
	coming, ok := relative[w]
	if !ok {
		return 0, false
	}
	today := model.DateOf(ix.today)
	var found *model.Council
	for _, c := range ix.b.Councils {
		upcoming := c.Planned || c.Date.Compare(today) > 0
		switch {
		case coming && upcoming && (found == nil || c.Date.Compare(found.Date) < 0):
			found = c
		case !coming && !upcoming && (found == nil || c.Date.Compare(found.Date) > 0):
			found = c
		}
	}
	if found == nil {
		return 0, false
	}
	return found.Number, true
}

// joinPhrases joins plain words that make a phrase of the vocabulary
// ("beyond 5G"), longest first, into one term.
func (ix *Index) joinPhrases(gs []group) []group {
	for i := 0; i < len(gs); i++ {
		for end := min(len(gs), i+maxPhrase); end > i+1; end-- {
			words := make([]string, 0, end-i)
			for _, g := range gs[i:end] {
				w, ok := plainWord(g)
				if !ok {
					break
				}
				words = append(words, w.text)
			}
			if len(words) != end-i {
				continue
			}
			key := strings.Join(words, " ")
			if len(ix.syn.byKey[key]) == 0 {
				continue
			}
			first, last := gs[i][0], gs[end-1][0]
			var raw []string
			for _, g := range gs[i:end] {
				raw = append(raw, g[0].raw)
			}
			joined := &term{raw: strings.Join(raw, " "), text: key, words: words, mode: modeWord, pos: first.pos, len: last.pos + last.len - first.pos}
			gs = slices.Replace(gs, i, end, group{joined})
			break
		}
	}
	return gs
}

// maxPhrase is the longest phrase of the vocabulary looked for in a query.
const maxPhrase = 6
