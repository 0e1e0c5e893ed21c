package find

import (
	"testing"

	"charm.land/lipgloss/v2"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Știri":     "stiri",
		"ştiri":     "stiri", // cedilla, the common mistake
		"ţară":      "tara",
		"Ţară":      "tara",
		"Bae Kyung": "bae kyung",
		"디지털":       "디지털",
		"Été":       "ete",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinesCountsCells(t *testing.T) {
	lines := []string{"디지털 Știri and ştiri", lipgloss.NewStyle().Bold(true).Render("no match here"), "STIRI"}
	got := Lines(lines, Terms("stiri"))
	want := []Span{{0, 7, 12}, {0, 17, 22}, {2, 0, 5}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("match %d: %v, want %v (Hangul is two cells a syllable)", i, got[i], want[i])
		}
	}
}

func TestOverlappingTermsMerge(t *testing.T) {
	got := Lines([]string{"semiconductor"}, Terms("semi semiconductor"))
	if len(got) != 1 || got[0].Start != 0 || got[0].End != 13 {
		t.Fatalf("got %v, want one span over the word", got)
	}
}
