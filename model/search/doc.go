// Package search finds the items of a briefing, and the user's notes on
// them, for what a delegate types in a meeting: words, half-words, typos,
// acronyms, Korean names, whole questions.
//
// New indexes a briefing once; Index.Search reads a query and ranks the
// items that answer it, saying for each what every word found there and
// how. Words come before letters: a query word finds the word itself, then
// words it starts, its English stem, a synonym from the content's
// vocabulary (model.SynonymGroup), a typo in a long word, and only last its
// letters scattered in one word (sahilm/fuzzy over the vocabulary, never
// over whole texts). Items with every word come first, ranked by BM25F over
// the fields; when none has them all, those with the most, with what they
// lack. Questions are read first (question.go): filler words are left out,
// "third Council" and "next Council" name a Council, who/when/where say
// what kind of item answers. fzf's operators and scopes still work.
//
// Fold holds the folding rules (accents, Hangul, typographic marks) that the
// index, the query, highlighting and find in document share; MatchRanges
// finds words in any text by them.
package search
