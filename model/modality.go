package model

import "strings"

// Modality is the verb with which the partnership text makes a commitment:
// "intend to establish" binds the sides more than "could join".
type Modality string

// The modalities the joint actions use.
const (
	AgreeTo     Modality = "agree to"
	IntendTo    Modality = "intend to"
	ExpectedTo  Modality = "are expected to"
	EndeavourTo Modality = "endeavour to"
	Should      Modality = "should"
	Can         Modality = "can"
	Could       Modality = "could"
	May         Modality = "may"
)

// Modalities lists every modality, strongest first.
func Modalities() []Modality {
	return []Modality{AgreeTo, IntendTo, ExpectedTo, EndeavourTo, Should, Can, Could, May}
}

// ParseModality reads a modality in any case.
func ParseModality(s string) (Modality, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, m := range Modalities() {
		if string(m) == s {
			return m, true
		}
	}
	return "", false
}

// Strength rates how firmly the verb commits the sides, from 1 (a mere
// possibility) to 4 (an agreement). The text is not legally binding, so this
// is about political weight, not legal force.
func (m Modality) Strength() int {
	switch m {
	case AgreeTo:
		return 4
	case IntendTo:
		return 3
	case ExpectedTo, EndeavourTo, Should:
		return 2
	default:
		return 1
	}
}

// StrengthLabel names the strength in a word a delegate reads at a glance.
func (m Modality) StrengthLabel() string {
	switch m.Strength() {
	case 4:
		return "firm"
	case 3:
		return "intent"
	case 2:
		return "effort"
	default:
		return "option"
	}
}
