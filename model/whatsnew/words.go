package whatsnew

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says what a span of a diff is.
type Op string

// The three kinds of span.
const (
	Equal  Op = "equal"
	Insert Op = "insert"
	Delete Op = "delete"
)

// Span is a run of text that is the same in both versions, only in the new
// one, or only in the old one.
type Span struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Words diffs two texts word by word: a word, a run of spaces or one
// punctuation mark is the smallest thing that changes, so a changed date
// shows as one word out and one in, not as scattered digits. It runs
// go-diff on the words (each mapped to one rune, the technique go-diff
// uses for lines), then merges short equal runs into the changes around
// them so that the diff reads as a person would mark it.
func Words(before, after string) []Span {
	dmp := diffmatchpatch.New()
	var words []string
	ids := map[string]rune{}
	encode := func(text string) ([]rune, bool) {
		toks := tokens(text)
		runes := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := ids[t]
			if !ok {
				r = runeFor(len(words))
				if r > utf8.MaxRune {
					return nil, false
				}
				ids[t] = r
				words = append(words, t)
			}
			runes[i] = r
		}
		return runes, true
	}
	a, okA := encode(before)
	b, okB := encode(after)
	var diffs []diffmatchpatch.Diff
	if okA && okB {
		// Cleaned up while each word is one rune, so that no boundary
		// falls inside a word.
		diffs = dmp.DiffCleanupSemantic(dmp.DiffMainRunes(a, b, false))
		for i := range diffs {
			var s strings.Builder
			for _, r := range diffs[i].Text {
				s.WriteString(words[indexOf(r)])
			}
			diffs[i].Text = s.String()
		}
	} else { // more distinct words than runes: only a hostile text; diff by characters
		diffs = dmp.DiffCleanupSemantic(dmp.DiffMain(before, after, false))
	}
	spans := make([]Span, 0, len(diffs))
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = Insert
		case diffmatchpatch.DiffDelete:
			op = Delete
		}
		spans = append(spans, Span{Op: op, Text: d.Text})
	}
	return spans
}

// tokens splits a text into words (letters, digits and marks), runs of
// white space, and single other characters; joined, they are the text.
func tokens(text string) []string {
	var out []string
	for len(text) > 0 {
		r, size := utf8.DecodeRuneInString(text)
		class := classOf(r)
		n := size
		for class != other && n < len(text) {
			r, size := utf8.DecodeRuneInString(text[n:])
			if classOf(r) != class {
				break
			}
			n += size
		}
		out = append(out, text[:n])
		text = text[n:]
	}
	return out
}

type charClass int

const (
	other charClass = iota
	word
	space
)

func classOf(r rune) charClass {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return word
	case unicode.IsSpace(r):
		return space
	default:
		return other
	}
}

// runeFor and indexOf map the nth distinct word to a rune and back,
// stepping over the surrogates, which are not runes.
func runeFor(n int) rune {
	if n >= 0xD800 {
		n += 0x800
	}
	return rune(n)
}

func indexOf(r rune) int {
	if r >= 0xE000 {
		return int(r) - 0x800
	}
	return int(r)
}
