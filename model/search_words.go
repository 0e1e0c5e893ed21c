package model

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word index: every word of every item's folded text, each with the
// items it occurs in (a posting list), so that a search does not read the
// text of every item for every keystroke.
//
// A word is a maximal run of letters and digits (isWordRune), the same
// boundaries matchContiguous scores by. A query word made of letters and
// digits only can occur in the text only inside one word of it, so the
// items that hold it are the union of the posting lists of the vocabulary
// words that contain it: a substring search over the vocabulary (about
// 2 MB for 100,000 items) instead of over the text (about 83 MB). Each
// posting carries the best field the word occurs in and the best short
// field it is the whole value of, which is all that matchContiguous's
// score needs: the tier depends only on where the query word sits in the
// vocabulary word (all of it, all but a plural ending, its start, inside).
//
// A query word with other characters ("dpc-3", "5g/6g") or an anchor
// (^word, word$) takes the items whose text holds every letters-and-digits
// run of it from the index, then checks each with the text matchers.
//
// Words with a capital letter are kept again, as written, in a second
// vocabulary, for smart case: "RAN" is looked up among the words that have
// a capital. Words without one are never needed there: a query word with a
// capital can only occur in a word with that capital.

// maxVocab bounds the number of distinct words the index takes: past it
// (text of random strings), the index is not built and searches read the
// text instead.
const maxVocab = 1 << 25

// vocab is a set of words and where each occurs.
type vocab struct {
	text    string   // "\x00" + the words joined by "\x00" + "\x00"
	starts  []uint32 // word i is text[starts[i] : starts[i+1]-1]
	postOff []uint32 // word i's postings are post[postOff[i]:postOff[i+1]]
	df      []uint32 // how many items word i occurs in
	post    []byte   // per posting: the item as a varint delta, then an info byte
}

// A posting's info byte: the field with the highest bonus the word occurs
// in (bits 0-2), and 1 + the short field with the highest bonus whose
// value is exactly the word (bits 3-5; 0 when none is).
const (
	infoFieldMask = 7
	infoEqShift   = 3
)

func (v *vocab) len() int { return len(v.df) }

func (v *vocab) word(i uint32) string { return v.text[v.starts[i] : v.starts[i+1]-1] }

// containing appends the words that contain q (at least once) to out.
func (v *vocab) containing(q string, out []uint32) []uint32 {
	if q == "" || len(v.df) == 0 {
		return out
	}
	n := len(v.df)
	k := 0
	for off := 0; off < len(v.text); {
		i := strings.Index(v.text[off:], q)
		if i < 0 {
			break
		}
		p := uint32(off + i)
		// The word holding p: the last k with starts[k] <= p. Gallop from
		// the previous one, since hits come in order.
		step := 1
		for k+step < n && v.starts[k+step] <= p {
			k += step
			step *= 2
		}
		for ; step > 0; step /= 2 {
			if k+step < n && v.starts[k+step] <= p {
				k += step
			}
		}
		out = append(out, uint32(k))
		off = int(v.starts[k+1]) // past this word's NUL: one hit per word
	}
	return out
}

// postings returns word i's postings, for iterating with nextPosting.
func (v *vocab) postings(i uint32) []byte { return v.post[v.postOff[i]:v.postOff[i+1]] }

// nextPosting decodes one posting at p[at:]: the item (prev plus the
// delta), its info byte and the offset of the next posting.
func nextPosting(p []byte, at int, prev int32) (rec int32, info uint8, next int) {
	b := p[at]
	if b < 0x80 {
		return prev + int32(b), p[at+1], at + 2
	}
	d, n := binary.Uvarint(p[at:])
	return prev + int32(d), p[at+n], at + n + 1
}

// wordIndex is the word index of an Index.
type wordIndex struct {
	lower vocab // words in lower case
	cased vocab // words with a capital, as written (folded)

	// The short fields of every record, one after the other, for trying
	// scattered letters without visiting each record: record i's id,
	// title, aliases and names (lower case, NUL between values) are
	// short[shortOff[i]:shortOff[i+1]], and shortMask[i] is its
	// record's shortMask.
	short      string
	shortOff   []uint32
	shortMask  []uint64
	shortASCII []uint64 // bit i: record i's short fields are all ASCII
	// shortUpper[i] has bit c-'A' for each capital ASCII letter c in record
	// i's short fields as written (folded): a word with capitals can only
	// be scattered through a record that has them.
	shortUpper []uint32

	// The best match of each letter and digit alone in each record, as
	// charCode: chars[i*charSlots+charSlot(c)], 0 when c is not in record
	// i. A first keystroke is a single letter, which is in most words:
	// reading this is much quicker than its posting lists.
	chars []uint8
}

// charSlots is the number of letters and digits with a slot in chars.
const charSlots = 36

// charSlot is the slot of an ASCII letter or digit (lower case), or -1.
func charSlot(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case '0' <= c && c <= '9':
		return 26 + int(c-'0')
	}
	return -1
}

// A char code is 1 + tier<<3 | field, for tiers in charTiers order.
var charTiers = [4]int32{tierInner, tierWordStart, tierWord, tierEqual}

func charCode(tier int, f Field) uint8 { return uint8(1 + (tier<<3 | int(f))) }

func charScore(code uint8) int32 {
	c := code - 1
	return charTiers[c>>3] + fieldBonus[c&7]
}

// addChars records, for each letter and digit of vocabulary word w found
// in a record with the posting info, its best score in chars.
func addChars(chars []uint8, w string, info uint8) {
	f := Field(info & infoFieldMask)
	for i := 0; i < len(w); i++ {
		k := charSlot(w[i])
		if k < 0 {
			continue
		}
		tier := 0 // inside the word
		if i == 0 {
			tier = 1
			if rest := w[1:]; rest == "" || rest == "s" || rest == "es" {
				tier = 2
			}
		}
		code := charCode(tier, f)
		if eq := info >> infoEqShift; len(w) == 1 && eq != 0 {
			if e := charCode(3, Field(eq-1)); charScore(e) > charScore(code) {
				code = e
			}
		}
		if old := chars[k]; old == 0 || charScore(code) > charScore(old) {
			chars[k] = code
		}
	}
}

// words returns the word index if it has been built, nil otherwise.
func (ix *Index) words() *wordIndex { return ix.wordIx.Load() }

// buildWords builds the word index once; every caller waits for it.
func (ix *Index) buildWords() *wordIndex {
	ix.wordOnce.Do(func() {
		if w := newWordIndex(ix); w != nil {
			ix.wordIx.Store(w)
		}
	})
	return ix.wordIx.Load()
}

// startWords builds the word index in the background, if it is not built
// or being built.
func (ix *Index) startWords() {
	if ix.words() != nil || !ix.wordStart.CompareAndSwap(false, true) {
		return
	}
	go ix.buildWords()
}

// wordPart is what one worker collects from its range of items: its own
// numbering of words, and per item the words it holds.
type wordPart struct {
	lower, cased partVocab
}

type partVocab struct {
	words []string
	hash  []uint64 // per word: its hash
	table []uint32 // open addressing on the hash: 1 + word, 0 empty
	ents  []uint32 // per item in order: word<<6 | info
	ends  []uint32 // per item: end of its entries in ents
	last  []int32  // per word: the last item it was seen in, for dedup
	slot  []uint32 // per word: its entry in ents for that item
	full  bool     // more than maxVocab words: give up
}

func newPartVocab() partVocab { return partVocab{table: make([]uint32, 1<<12)} }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// lookup finds or adds word w, whose FNV-1a hash is h.
func (p *partVocab) lookup(w string, h uint64) (uint32, bool) {
	mask := uint64(len(p.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := p.table[i]
		if e == 0 {
			if len(p.words) >= maxVocab {
				p.full = true
				return 0, false
			}
			id := uint32(len(p.words))
			p.words = append(p.words, strings.Clone(w))
			p.hash = append(p.hash, h)
			p.last = append(p.last, -1)
			p.slot = append(p.slot, 0)
			p.table[i] = id + 1
			if 2*len(p.words) > len(p.table) {
				p.grow()
			}
			return id, true
		}
		if id := e - 1; p.hash[id] == h && p.words[id] == w {
			return id, true
		}
	}
}

func (p *partVocab) grow() {
	p.table = make([]uint32, 2*len(p.table))
	mask := uint64(len(p.table) - 1)
	for id, h := range p.hash {
		i := h & mask
		for p.table[i] != 0 {
			i = (i + 1) & mask
		}
		p.table[i] = uint32(id) + 1
	}
}

// add records that word w (hash h) occurs in item rec, in field f; whole
// says it is the whole value of that field.
func (p *partVocab) add(w string, h uint64, rec int32, f Field, whole bool) {
	id, ok := p.lookup(w, h)
	if !ok {
		return
	}
	eq := uint32(0)
	if whole && f.short() {
		eq = uint32(f) + 1
	}
	if p.last[id] != rec {
		p.last[id] = rec
		p.slot[id] = uint32(len(p.ents))
		p.ents = append(p.ents, id<<6|eq<<infoEqShift|uint32(f))
		return
	}
	e := &p.ents[p.slot[id]]
	info := *e & 63
	if bf := Field(info & infoFieldMask); fieldBonus[f] > fieldBonus[bf] {
		info = info&^infoFieldMask | uint32(f)
	}
	if old := info >> infoEqShift; eq != 0 && (old == 0 || fieldBonus[eq-1] > fieldBonus[old-1]) {
		info = info&infoFieldMask | eq<<infoEqShift
	}
	*e = id<<6 | info
}

// addCasedASCII is addWords(v, rec, f, true) for an ASCII value: it looks
// for capitals and takes the word around each.
func (p *partVocab) addCasedASCII(v string, rec int32, f Field) {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 'A' || c > 'Z' {
			continue
		}
		start := i
		for start > 0 && isWordByte(v[start-1]) {
			start--
		}
		end := i + 1
		for end < len(v) && isWordByte(v[end]) {
			end++
		}
		h := uint64(fnvOffset)
		for k := start; k < end; k++ {
			h = (h ^ uint64(v[k])) * fnvPrime
		}
		p.add(v[start:end], h, rec, f, start == 0 && end == len(v))
		i = end
	}
}

// addWords adds the words of value v (field f) of item rec: all of them,
// or only those with a capital.
func (p *partVocab) addWords(v string, rec int32, f Field, onlyCased bool) {
	start := -1
	var h uint64
	cased := false
	for i := 0; i < len(v); {
		c := v[i]
		size := 1
		var word, upper bool
		if c < utf8.RuneSelf {
			word = isWordByte(c)
			upper = 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(v[i:])
			word = isWordRune(r)
			upper = onlyCased && word && unicode.ToLower(r) != r
		}
		if word {
			if start < 0 {
				start, h, cased = i, fnvOffset, false
			}
			for k := i; k < i+size; k++ {
				h = (h ^ uint64(v[k])) * fnvPrime
			}
			cased = cased || upper
		} else if start >= 0 {
			if !onlyCased || cased {
				p.add(v[start:i], h, rec, f, false)
			}
			start = -1
		}
		i += size
	}
	if start >= 0 && (!onlyCased || cased) {
		p.add(v[start:], h, rec, f, start == 0)
	}
}

// newWordIndex reads every record's text into a word index, on as many
// cores as the index searches with. It returns nil when the text has too
// many distinct words to be worth indexing.
func newWordIndex(ix *Index) *wordIndex {
	n := len(ix.recs)
	workers := max(1, min(ix.workers, n/2048))
	parts := make([]wordPart, workers)
	chars := make([]uint8, n*charSlots)
	upper := make([]uint32, n)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { parts[w] = ix.wordsOf(lo, hi, chars, upper) })
	}
	wg.Wait()
	lowers := make([]*partVocab, workers)
	caseds := make([]*partVocab, workers)
	for w := range parts {
		if parts[w].lower.full || parts[w].cased.full {
			return nil
		}
		lowers[w], caseds[w] = &parts[w].lower, &parts[w].cased
	}
	wi := &wordIndex{chars: chars, shortUpper: upper}
	ok := true
	wg.Go(func() { ok = mergeVocab(&wi.lower, lowers, n) && ok })
	okCased := mergeVocab(&wi.cased, caseds, n)
	wi.shortFields(ix.recs)
	wg.Wait()
	if !ok || !okCased {
		return nil
	}
	return wi
}

func (wi *wordIndex) shortFields(recs []record) {
	size := 0
	for i := range recs {
		size += int(recs[i].ends[FieldName])
	}
	var b strings.Builder
	b.Grow(size)
	wi.shortOff = make([]uint32, len(recs)+1)
	wi.shortMask = make([]uint64, len(recs))
	wi.shortASCII = make([]uint64, (len(recs)+63)/64)
	for i := range recs {
		r := &recs[i]
		wi.shortOff[i] = uint32(b.Len())
		short := r.text[:r.ends[FieldName]]
		b.WriteString(short)
		wi.shortMask[i] = r.shortMask
		if isPlainASCII(short) {
			wi.shortASCII[i/64] |= 1 << (i % 64)
		}
	}
	wi.shortOff[len(recs)] = uint32(b.Len())
	wi.short = b.String()
}

// shortOf is record i's short fields.
func (wi *wordIndex) shortOf(i int32) string { return wi.short[wi.shortOff[i]:wi.shortOff[i+1]] }

// wordsOf collects the words of records lo..hi, and fills their chars and
// shortUpper.
func (ix *Index) wordsOf(lo, hi int, chars []uint8, upper []uint32) wordPart {
	p := wordPart{lower: newPartVocab(), cased: newPartVocab()}
	for i := lo; i < hi; i++ {
		r := &ix.recs[i]
		rec := int32(i)
		// Lower case: the record's text, value by value.
		text := r.text
		start := 0
		for f := Field(0); f < numFields; f++ {
			end := int(r.ends[f])
			for start <= end {
				stop := end
				if k := strings.IndexByte(text[start:end], 0); k >= 0 {
					stop = start + k
				}
				p.lower.addWords(text[start:stop], rec, f, false)
				start = stop + 1
			}
		}
		first := uint32(0)
		if len(p.lower.ends) > 0 {
			first = p.lower.ends[len(p.lower.ends)-1]
		}
		for _, e := range p.lower.ents[first:] {
			addChars(chars[i*charSlots:(i+1)*charSlots], p.lower.words[e>>6], uint8(e&63))
		}
		p.lower.ends = append(p.lower.ends, uint32(len(p.lower.ents)))
		// As written: only the words with a capital.
		vals := r.values()
		for f := Field(0); f < numFields; f++ {
			for _, v := range vals[f] {
				if !isPlainASCII(v) {
					v = Fold(v)
				}
				if f.short() {
					upper[i] |= upperLetters(v)
				}
				if isPlainASCII(v) {
					p.cased.addCasedASCII(v, rec, f)
					continue
				}
				p.cased.addWords(v, rec, f, true)
			}
		}
		p.cased.ends = append(p.cased.ends, uint32(len(p.cased.ents)))
		if p.lower.full || p.cased.full {
			break
		}
	}
	return p
}

// upperLetters has bit c-'A' for each capital ASCII letter c in s.
func upperLetters(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			m |= 1 << (c - 'A')
		}
	}
	return m
}

// eachWord calls fn for each maximal run of letters and digits in s;
// whole says the run is all of s.
func eachWord(s string, fn func(w string, whole bool)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		word, size := false, 1
		if c < utf8.RuneSelf {
			word = isWordByte(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = isWordRune(r)
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(s[start:i], false)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(s[start:], start == 0)
	}
}

// hasUpper reports whether lower-casing changes s: smart case's test.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.ToLower(r) != r {
			return true
		}
	}
	return false
}

// mergeVocab joins the workers' vocabularies into one and writes the
// posting lists, items in ascending order.
func mergeVocab(v *vocab, parts []*partVocab, n int) bool {
	// Global numbering: the first worker's words, then each next worker's
	// new ones.
	ids := make(map[string]uint32, len(parts[0].words))
	for id, w := range parts[0].words {
		ids[w] = uint32(id)
	}
	words := parts[0].words
	remap := make([][]uint32, len(parts))
	remap[0] = nil
	for w := 1; w < len(parts); w++ {
		m := make([]uint32, len(parts[w].words))
		for j, word := range parts[w].words {
			id, ok := ids[word]
			if !ok {
				id = uint32(len(words))
				ids[word] = id
				words = append(words, word)
			}
			m[j] = id
		}
		remap[w] = m
	}
	if len(words) > maxVocab {
		return false
	}
	nw := len(words)
	// Sizes of the posting lists: a varint delta and an info byte each.
	size := make([]uint32, nw+1)
	prev := make([]int32, nw)
	df := make([]uint32, nw)
	rec := int32(0)
	for w, p := range parts {
		start := uint32(0)
		for _, end := range p.ends {
			for _, e := range p.ents[start:end] {
				id := e >> 6
				if remap[w] != nil {
					id = remap[w][id]
				}
				size[id] += uint32(uvarintLen(uint64(rec-prev[id]))) + 1
				prev[id] = rec
				df[id]++
			}
			start = end
			rec++
		}
	}
	if int(rec) != n {
		return false
	}
	off := make([]uint32, nw+1)
	total := uint32(0)
	for i := range nw {
		off[i] = total
		total += size[i]
	}
	off[nw] = total
	post := make([]byte, total)
	at := size[:nw] // reuse: the write cursor of each list
	copy(at, off[:nw])
	clear(prev)
	rec = 0
	for w, p := range parts {
		start := uint32(0)
		for _, end := range p.ends {
			for _, e := range p.ents[start:end] {
				id := e >> 6
				if remap[w] != nil {
					id = remap[w][id]
				}
				c := at[id]
				c += uint32(binary.PutUvarint(post[c:], uint64(rec-prev[id])))
				post[c] = uint8(e & 63)
				at[id] = c + 1
				prev[id] = rec
			}
			start = end
			rec++
		}
		p.ents, p.ends, p.last, p.slot, p.table, p.hash = nil, nil, nil, nil, nil, nil
	}
	// The vocabulary as one string.
	var b strings.Builder
	textLen := 1
	for _, w := range words {
		textLen += len(w) + 1
	}
	b.Grow(textLen)
	b.WriteByte(0)
	starts := make([]uint32, nw+1)
	for i, w := range words {
		starts[i] = uint32(b.Len())
		b.WriteString(w)
		b.WriteByte(0)
	}
	starts[nw] = uint32(b.Len() + 1)
	*v = vocab{text: b.String(), starts: starts, postOff: off, df: df, post: post}
	return true
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// tier is matchContiguous's tier for a query word that occurs in the
// vocabulary word w (both letters and digits only): the whole word (or it
// with a plural ending), its start, or inside it.
func wordTier(q, w string) int32 {
	if !strings.HasPrefix(w, q) {
		return tierInner
	}
	switch rest := w[len(q):]; rest {
	case "", "s", "es":
		return tierWord
	}
	return tierWordStart
}

// postingScore is the score of one posting of vocabulary word w for the
// query word q: the tier plus the best field's bonus, or the whole-value
// tier when q is w and w is the whole of a short value.
func postingScore(tier int32, same bool, info uint8) int32 {
	s := tier + fieldBonus[info&infoFieldMask]
	if same {
		if eq := info >> infoEqShift; eq != 0 {
			s = max(s, tierEqual+fieldBonus[eq-1])
		}
	}
	return s
}
