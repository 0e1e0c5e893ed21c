package model

import (
	"errors"
	"strings"
)

// Part is one commitment of a joint action. Where the partnership text joins
// several commitments in one action (CYBER-1: share threat information, build
// capacity in third countries, perhaps an MSIT–ENISA MoU), each is a part
// with its own verb, evidence names the part it reports on ("CYBER-1a"), and
// the action's status rolls up from its parts.
type Part struct {
	ID       string   `json:"id"`     // the action's id and the letter: "CYBER-1a"
	Letter   string   `json:"letter"` // "a", "b", … in the order of the text
	Modality Modality `json:"modality"`
	Title    string   `json:"title"`
	Deadline *Date    `json:"deadline,omitempty"`
}

// Part finds one of the action's parts by its letter, or nil.
func (a *Action) Part(letter string) *Part {
	for i := range a.Parts {
		if a.Parts[i].Letter == strings.ToLower(letter) {
			return &a.Parts[i]
		}
	}
	return nil
}

// letters lists the action's part letters: "a, b, c".
func (a *Action) letters() string {
	ls := make([]string, len(a.Parts))
	for i, p := range a.Parts {
		ls[i] = p.Letter
	}
	return strings.Join(ls, ", ")
}

// parsePart reads one entry of an action's parts field, four cells between
// bars, the last optional:
//
//	b | should | Set up a quantum expert working group | due Q1 2023
func parsePart(actionID, entry string) (Part, error) {
	cells := strings.Split(entry, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	if len(cells) < 3 || len(cells) > 4 {
		return Part{}, errors.New("a part is written 'letter | verb | what it commits to', then optionally '| due DATE', got " + quoteShort(entry))
	}
	letter := cells[0]
	if len(letter) != 1 || letter[0] < 'a' || letter[0] > 'z' {
		return Part{}, errors.New("a part's letter is one small letter (a, b, c …), got " + quoteShort(letter))
	}
	m, ok := ParseModality(cells[1])
	if !ok {
		return Part{}, errors.New(quoteShort(cells[1]) + " is not one of: " + modalityNames())
	}
	if cells[2] == "" {
		return Part{}, errors.New("part " + letter + " says nothing of what it commits to")
	}
	p := Part{ID: actionID + letter, Letter: letter, Modality: m, Title: cells[2]}
	if len(cells) == 4 {
		when, ok := strings.CutPrefix(cells[3], "due ")
		if !ok {
			return Part{}, errors.New("the fourth cell of a part is 'due DATE', got " + quoteShort(cells[3]))
		}
		d, err := ParseDate(when)
		if err != nil {
			return Part{}, err
		}
		p.Deadline = &d
	}
	return p, nil
}

// splitPartRef splits a reference to one part ("CYBER-1a") into the
// action's id and the letter. It reports false unless the reference ends in
// one letter after a digit, the only way a part is named.
func splitPartRef(ref string) (action, letter string, ok bool) {
	n := len(ref)
	if n < 2 {
		return "", "", false
	}
	last, before := ref[n-1], ref[n-2]
	isLetter := 'a' <= last && last <= 'z' || 'A' <= last && last <= 'Z'
	if !isLetter || before < '0' || before > '9' {
		return "", "", false
	}
	return ref[:n-1], strings.ToLower(ref[n-1:]), true
}

// ActionOf finds the joint action a reference names, whole ("HPCQ-4") or by
// one of its parts ("HPCQ-4b"); part is nil for the whole action.
func (b *Briefing) ActionOf(ref string) (action *Action, part *Part) {
	if a, ok := b.byID[IDKey(ref)].(*Action); ok {
		return a, nil
	}
	id, letter, ok := splitPartRef(ref)
	if !ok {
		return nil, nil
	}
	a, _ := b.byID[IDKey(id)].(*Action)
	if a == nil {
		return nil, nil
	}
	if p := a.Part(letter); p != nil {
		return a, p
	}
	return nil, nil
}

func modalityNames() string {
	names := make([]string, 0, 8)
	for _, m := range Modalities() {
		names = append(names, string(m))
	}
	return strings.Join(names, ", ")
}
