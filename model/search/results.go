package search

import (
	"github.com/eu-rok/briefing/model"
)

// Options narrows and bounds a search.
type Options struct {
	Limit int        // at most this many hits, best first; 0 for all
	Kind  model.Kind // only items of this kind; "" for all
}

// Results is what a search found, and what it made of the query.
type Results struct {
	Query string `json:"query"`
	// Words are what was searched for: the query's words and phrases as
	// typed, once question words are left out ("third council" is one).
	Words []string `json:"words"`
	// Dropped are the question and filler words left out ("what", "did").
	Dropped []string `json:"dropped,omitempty"`
	// Total is how many items match: every word, or, when no item has
	// them all (Partial), as many as any item has.
	Total   int  `json:"total"`
	Partial bool `json:"partial"`
	// Matched is how many of the words each hit has: len(Words) unless
	// Partial.
	Matched int   `json:"matched"`
	Hits    []Hit `json:"hits"`
}

// Nothing reports whether not one word of the query matches anything.
func (r Results) Nothing() bool { return len(r.Words) > 0 && r.Total == 0 }

// Hit is one item found, with what to show of it and why it was found.
type Hit struct {
	ID      string     `json:"id"`
	Kind    model.Kind `json:"kind"`
	Title   string     `json:"title"`
	Score   float64    `json:"score"`
	Field   Field      `json:"field"`   // where its best word matched
	Snippet string     `json:"snippet"` // one line around that match, or the summary
	// TitleMatches and SnippetMatches are the matched characters, as rune
	// (character) indexes into Title and Snippet, ascending.
	TitleMatches   []int `json:"title_matches"`
	SnippetMatches []int `json:"snippet_matches"`
	// Why says, word by word, what each found in this item.
	Why []Match `json:"why"`
	// Missing are the words it lacks, when the results are Partial.
	Missing []string `json:"missing,omitempty"`
	// Terms are the words found in the item, for highlighting it.
	Terms []string    `json:"terms"`
	Entry model.Entry `json:"-"`
}

// Match is what one word of the query found in a hit.
type Match struct {
	Word  string  `json:"word"`  // the query's word or phrase, as typed
	Found string  `json:"found"` // the word, phrase or id of the item it matched
	How   How     `json:"how"`
	Field Field   `json:"field"`
	Score float64 `json:"score"`
}

// NoteLabel starts the snippet of a hit found in the user's note, so that
// every front end shows it as the user's own words.
const NoteLabel = "your note: "
