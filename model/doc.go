// Package model is the briefing's domain: the typed items of the EU–Republic
// of Korea Digital Partnership (priority areas, joint actions, Council
// meetings and their outcomes, timeline events, glossary terms, context notes
// and sources), how they are loaded and validated from Markdown files, how
// they refer to each other, how far each commitment has got, and how they are
// searched.
//
// It knows nothing of terminals: the command line and the TUI both read it.
package model
