package model

import "strings"

// Kind names what an item is. Its folder in the content says it.
type Kind string

// The kinds of item, in the order a reader meets them.
const (
	KindOverview Kind = "overview"
	KindArea     Kind = "area"
	KindAction   Kind = "action"
	KindCouncil  Kind = "council"
	KindOutcome  Kind = "outcome"
	KindEvent    Kind = "event"
	KindTerm     Kind = "term"
	KindContext  Kind = "context"
	KindSource   Kind = "source"
)

// Kinds lists every kind in reading order.
func Kinds() []Kind {
	return []Kind{KindOverview, KindArea, KindAction, KindCouncil, KindOutcome, KindEvent, KindTerm, KindContext, KindSource}
}

// Folder is the content folder that holds items of this kind.
func (k Kind) Folder() string {
	switch k {
	case KindArea:
		return "areas"
	case KindAction:
		return "actions"
	case KindCouncil:
		return "councils"
	case KindOutcome:
		return "outcomes"
	case KindEvent:
		return "events"
	case KindTerm:
		return "glossary"
	case KindContext:
		return "context"
	case KindSource:
		return "sources"
	default:
		return "overview"
	}
}

// Label is the kind as a person reads it in a list ("joint action").
func (k Kind) Label() string {
	switch k {
	case KindAction:
		return "joint action"
	case KindCouncil:
		return "Council"
	case KindOutcome:
		return "Council outcome"
	case KindTerm:
		return "glossary"
	default:
		return string(k)
	}
}

// ParseKind reads a kind from its name or its folder, in any case.
func ParseKind(s string) (Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range Kinds() {
		if s == string(k) || s == k.Folder() || s+"s" == k.Folder() {
			return k, true
		}
	}
	switch s {
	case "glossary", "terms":
		return KindTerm, true
	case "timeline":
		return KindEvent, true
	}
	return "", false
}

// Citation points at a source and, optionally, where in it: "S0 L83".
type Citation struct {
	Source  string `json:"source"`
	Locator string `json:"locator,omitempty"`
}

// String writes the citation as content does.
func (c Citation) String() string {
	if c.Locator == "" {
		return c.Source
	}
	return c.Source + " " + c.Locator
}

// Item holds what every kind of item has.
type Item struct {
	ID      string     `json:"id"`
	Kind    Kind       `json:"kind"`
	Title   string     `json:"title"`
	Summary string     `json:"summary"`
	Body    string     `json:"body"`
	Aliases []string   `json:"aliases,omitempty"`
	Related []string   `json:"related,omitempty"`
	Sources []Citation `json:"sources"`
	File    string     `json:"file"` // path inside the content, for messages
	Line    int        `json:"-"`    // line of the id field
	// BodyLine is the file's line on which the body's first line stands,
	// so that a problem in the body is reported where it is.
	BodyLine int `json:"-"`
}

// Base returns the common part of an item; every kind has it.
func (i *Item) Base() *Item { return i }

// Entry is any item of the briefing: an *Area, *Action, *Council and so on.
type Entry interface {
	Base() *Item
}
