package find

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// The folding rules are the search's (search.Fold); this checks they reach
// the cells: cedilla and comma, decomposed accents, Hangul.
func TestLinesFoldsLikeSearch(t *testing.T) {
	lines := []string{"Ţară and ţara", "Ete\u0301 été", "디지털 파트너십"}
	cases := []struct {
		terms string
		want  []Span
	}{
		{"tara", []Span{{0, 0, 4}, {0, 9, 13}}},
		{"ete", []Span{{1, 0, 3}, {1, 4, 7}}}, // a combining accent takes no cell
		{"파트너", []Span{{2, 7, 13}}},
	}
	for _, c := range cases {
		got := Lines(lines, Terms(c.terms))
		if len(got) != len(c.want) {
			t.Fatalf("%q: got %v, want %v", c.terms, got, c.want)
		}
		for i := range c.want {
			if got[i] != c.want[i] {
				t.Errorf("%q match %d: %v, want %v", c.terms, i, got[i], c.want[i])
			}
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
