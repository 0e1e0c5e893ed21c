package content_test

import (
	"flag"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model"
)

var updateLicence = flag.Bool("update-licence", false, "rewrite the list of sources in LICENSE from the content")

// The generated part of LICENSE lies between these lines.
const (
	citedBegin = "[The list below is generated from the items' sources lists by `go test ./content -update-licence`.]"
	citedEnd   = "[End of the generated list.]"
)

// TestLicenceNamesEverySource: LICENSE says, for every source, which items
// take from it, as the items' sources lists say; so the terms it states
// cover exactly what the content quotes.
func TestLicenceNamesEverySource(t *testing.T) {
	b, err := model.Load(content.FS())
	if err != nil {
		t.Fatalf("the built-in content does not load:\n%v", err)
	}
	text, err := os.ReadFile("LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	head, rest, ok1 := strings.Cut(string(text), citedBegin+"\n")
	_, tail, ok2 := strings.Cut(rest, citedEnd)
	if !ok1 || !ok2 {
		t.Fatalf("LICENSE lacks the lines %q and %q", citedBegin, citedEnd)
	}
	want := citedBy(b)
	if *updateLicence {
		if err := os.WriteFile("LICENSE", []byte(head+citedBegin+"\n"+want+citedEnd+tail), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := strings.TrimSuffix(rest, citedEnd+tail); got != want {
		t.Errorf("LICENSE's list of sources is out of date: run go test ./content -update-licence and read the diff\n--- want\n%s--- got\n%s", want, got)
	}
}

// citedBy lists the sources, the Commission's first (their reuse policy
// covers them), each with the items that cite it.
func citedBy(b *model.Briefing) string {
	citing := map[string][]string{}
	for _, e := range b.All() {
		it := e.Base()
		seen := map[string]bool{it.ID: true} // a source's page cites itself
		for _, c := range it.Sources {
			if !seen[c.Source] {
				seen[c.Source] = true
				citing[c.Source] = append(citing[c.Source], it.ID)
			}
		}
	}
	var commission, others strings.Builder
	for _, s := range b.Sources {
		w := &others
		if strings.HasPrefix(s.Publisher, "European Commission") {
			w = &commission
		}
		entry := s.ID + ", " + s.Title + " (" + s.Publisher + ")"
		if s.URL != "" {
			entry += ", " + s.URL
		}
		cited := "no item but its own page"
		if ids := citing[s.ID]; len(ids) > 0 {
			cited = strings.Join(ids, ", ")
		}
		w.WriteString("\n" + wrap("- ", "  ", entry) + wrap("  Cited by: ", "    ", cited+"."))
	}
	return "\nEuropean Commission, under the Commission's reuse policy:\n" + commission.String() +
		"\nOther sources, under their owners' terms:\n" + others.String() + "\n"
}

// wrap writes text after prefix, broken at spaces into lines of at most
// 78 characters (a longer word, such as an address, has a line of its
// own), every line after the first indented.
func wrap(prefix, indent, text string) string {
	var b strings.Builder
	line := prefix
	for i, word := range strings.Fields(text) {
		switch {
		case i == 0:
			line += word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > 78:
			b.WriteString(line + "\n")
			line = indent + word
		default:
			line += " " + word
		}
	}
	return b.String() + line + "\n"
}
