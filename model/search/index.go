package search

import (
	"slices"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model"
)

// Index is a briefing (and the user's notes) prepared for search: for every
// distinct word, the items it occurs in, field by field. It is built once
// and read by any number of searches at the same time.
type Index struct {
	b     *model.Briefing
	today time.Time
	docs  []doc

	vocab    []string           // every distinct word, compound and vocabulary phrase
	ids      map[string]int32   // vocab's index of each
	postings [][]posting        // per vocab entry, by item then field
	sorted   []int32            // the words (not phrases), in order, for prefixes
	byStem   map[string][]int32 // the words of each English stem
	avgLen   [numFields]float64 // words in a field, on average where it is not empty
	syn      synonyms
	names    map[string][]nameRef // the items an id, title, alias or fact of a few words names

	textBytes int
}

// doc is one item as search sees it.
type doc struct {
	entry model.Entry
	note  string
	lens  [numFields]uint16 // words in each field
	rank  uint8             // place of its kind in kindOrder
	scope scopeData
}

// posting says that a word occurs tf times in one field of one item,
// packed in 32 bits (item, field, times up to maxTF): the postings are most
// of the index's memory.
type posting uint32

// maxTF is the most times a posting counts a word: BM25 hardly tells more
// from as many.
const maxTF = 31

func newPosting(doc int32, f Field, tf int) posting {
	return posting(uint32(doc)<<8 | uint32(f)<<5 | uint32(min(tf, maxTF)))
}

func (p posting) doc() int32   { return int32(p >> 8) }
func (p posting) field() Field { return Field(p>>5) & 7 }
func (p posting) tf() int      { return int(p & maxTF) }

// kindOrder breaks ties between equally good hits: the commitments and what
// the Councils did first, since those are what a search during a meeting
// is after, then the areas, the timeline, the glossary and the background.
var kindOrder = []model.Kind{model.KindAction, model.KindOutcome, model.KindCouncil, model.KindArea, model.KindEvent, model.KindTerm, model.KindContext, model.KindOverview, model.KindSource}

// New indexes a briefing, and the user's notes (by item id, in any case;
// nil for none). today fixes what "next Council" and status: mean.
func New(b *model.Briefing, today time.Time, notes map[string]string) *Index {
	ix := &Index{b: b, today: today, ids: map[string]int32{}, names: map[string][]nameRef{}}
	ix.syn = newSynonyms(b.Synonyms)
	byID := map[string]string{}
	for id, n := range notes {
		if n = strings.TrimSpace(n); n != "" {
			// Notes come from a file the user edits: keep its control
			// characters out of snippets, as the loader does for content.
			byID[model.IDKey(strings.TrimSpace(id))] = model.Sanitize(n)
		}
	}
	rank := map[model.Kind]uint8{}
	for i, k := range kindOrder {
		rank[k] = uint8(i)
	}
	// The vocabulary's phrases, by their first word: each occurrence in the
	// text gets a posting of its own, so a phrase is looked up like a word.
	phrases := map[int32][][]string{}
	for _, p := range ix.syn.phrases() {
		ws := simpleWords(p)
		first := ix.intern(ws[0])
		phrases[first] = append(phrases[first], ws)
	}
	sc := newScoper(b, today)
	all := b.All()
	ix.docs = make([]doc, len(all))
	var (
		spans   []span
		simple  []string
		ids     []int32
		counter postingCounter
		stems   = stemCache{}
		lenSum  [numFields]float64
		lenDocs [numFields]int
	)
	for d, e := range all {
		it := e.Base()
		dc := &ix.docs[d]
		dc.entry, dc.note, dc.rank = e, byID[model.IDKey(it.ID)], rank[it.Kind]
		dc.scope = sc.scope(e)
		vals := values(b, e, dc.note)
		for f := range numFields {
			n := 0
			for _, v := range vals[f] {
				ix.textBytes += len(v)
				lower := foldLower(v)
				spans = splitWords(lower, spans[:0])
				simple, ids = simple[:0], ids[:0]
				for _, sp := range spans {
					id := ix.intern(sp.word)
					counter.add(id, f)
					if !sp.compound {
						simple, ids = append(simple, sp.word), append(ids, id)
					}
				}
				n += len(simple)
				if f.short() && len(simple) <= maxName {
					ix.addName(nameKey(keyOf(lower, spans), stems.of), int32(d), f)
				}
				if len(phrases) > 0 {
					for i, id := range ids {
						for _, p := range phrases[id] {
							if len(simple)-i >= len(p) && slices.Equal(simple[i:i+len(p)], p) {
								counter.add(ix.intern(strings.Join(p, " ")), f)
							}
						}
					}
				}
			}
			dc.lens[f] = uint16(min(n, 1<<16-1))
			if n > 0 {
				lenSum[f] += float64(n)
				lenDocs[f]++
			}
		}
		counter.post(ix, int32(d))
	}
	for f := range numFields {
		ix.avgLen[f] = max(lenSum[f]/float64(max(lenDocs[f], 1)), 1)
	}
	ix.finish(stems)
	return ix
}

// stemCache remembers the stems of the words met while building: a title's
// words are stemmed for its name, and again for the stems of the index.
type stemCache map[string]string

func (c stemCache) of(w string) string {
	s, ok := c[w]
	if !ok {
		s = stem(w)
		c[w] = s
	}
	return s
}

// maxName is the most words a name has: longer values are descriptions.
const maxName = 4

// nameKey is how a name is looked up: its words' stems (by stem), so that
// "electronic signature" names what "electronic signatures" asks for.
func nameKey(key string, stem func(string) string) string {
	if !strings.ContainsRune(key, ' ') {
		if s := stem(key); s != "" {
			return s
		}
		return key
	}
	words := strings.Fields(key)
	for i, w := range words {
		if s := stem(w); s != "" {
			words[i] = s
		}
	}
	return strings.Join(words, " ")
}

// nameRef says that a value of field f of item doc is a name.
type nameRef struct {
	doc   int32
	field Field
}

// addName files a short value, by its nameKey, as a name of item d.
func (ix *Index) addName(key string, d int32, f Field) {
	if key == "" {
		return
	}
	refs := ix.names[key]
	if n := len(refs); n > 0 && refs[n-1].doc == d {
		return // the first field says it best: id, title, alias, facts
	}
	if len(refs) == 0 {
		key = strings.Clone(key)
	}
	ix.names[key] = append(refs, nameRef{d, f})
}

// postingCounter counts an item's words, field by field, as they are met:
// slot says where in counts each word and field of the current item is,
// for the item stamp names (its count, plus one, so that zero is none).
type postingCounter struct {
	slot   []int32
	stamp  []int32
	counts []wordCount
	item   int32
}

type wordCount struct {
	word  int32
	field Field
	n     int
}

func (c *postingCounter) add(word int32, f Field) {
	k := int(word)*int(numFields) + int(f)
	if k >= len(c.slot) {
		grow := max(k+1, 2*len(c.slot))
		c.slot = append(c.slot, make([]int32, grow-len(c.slot))...)
		c.stamp = append(c.stamp, make([]int32, grow-len(c.stamp))...)
	}
	if c.stamp[k] != c.item+1 {
		c.stamp[k], c.slot[k] = c.item+1, int32(len(c.counts))
		c.counts = append(c.counts, wordCount{word: word, field: f})
	}
	c.counts[c.slot[k]].n++
}

// post files the item's words as postings, one per word and field, and
// starts counting the next item.
func (c *postingCounter) post(ix *Index, d int32) {
	for _, wc := range c.counts {
		ix.postings[wc.word] = append(ix.postings[wc.word], newPosting(d, wc.field, wc.n))
	}
	c.counts = c.counts[:0]
	c.item++
}

// intern gives a word its place in the vocabulary.
func (ix *Index) intern(w string) int32 {
	if id, ok := ix.ids[w]; ok {
		return id
	}
	id := int32(len(ix.vocab))
	w = strings.Clone(w) // not the text it was cut from
	ix.vocab = append(ix.vocab, w)
	ix.ids[w] = id
	ix.postings = append(ix.postings, nil)
	return id
}

// finish works out what searches read besides the postings: the words in
// order, and their stems.
func (ix *Index) finish(stems stemCache) {
	// All postings in one block, without the room appending left.
	total := 0
	for _, ps := range ix.postings {
		total += len(ps)
	}
	block := make([]posting, 0, total)
	for id, ps := range ix.postings {
		block = append(block, ps...)
		ix.postings[id] = block[len(block)-len(ps) : len(block) : len(block)]
	}
	ix.byStem = map[string][]int32{}
	for id, w := range ix.vocab {
		if strings.ContainsRune(w, ' ') {
			continue // a phrase
		}
		ix.sorted = append(ix.sorted, int32(id))
		if s := stems.of(w); s != "" {
			ix.byStem[s] = append(ix.byStem[s], int32(id))
		}
	}
	slices.SortFunc(ix.sorted, func(a, b int32) int { return strings.Compare(ix.vocab[a], ix.vocab[b]) })
}

// Len is the number of items in the index.
func (ix *Index) Len() int { return len(ix.docs) }

// TextBytes is the size of the text indexed: what the index's memory is
// measured against.
func (ix *Index) TextBytes() int { return ix.textBytes }
