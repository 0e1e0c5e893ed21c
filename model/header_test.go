package model

import (
	"slices"
	"strings"
	"testing"
)

func TestParseDocument(t *testing.T) {
	text := "---\nid: SEMI-1\ntitle: A forum: for researchers\n# a comment\nareas: SEMI, HPCQ\nsources:\n  - S0 L83\n  - S1 L19\n---\n\nBody *here*.\n"
	var problems []string
	doc := parseDocumentInto(text, func(line int, msg string) { problems = append(problems, msg) }, nil)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	get := func(key string) field {
		for _, f := range doc.fields {
			if f.key == key {
				return f
			}
		}
		t.Fatalf("no field %q", key)
		return field{}
	}
	if v := get("title").value; v != "A forum: for researchers" {
		t.Errorf("title = %q: a colon in a value must be kept", v)
	}
	if v := get("areas").values(); !slices.Equal(v, []string{"SEMI", "HPCQ"}) {
		t.Errorf("areas = %q", v)
	}
	src := get("sources")
	if !slices.Equal(src.values(), []string{"S0 L83", "S1 L19"}) || !slices.Equal(src.lines, []int{7, 8}) {
		t.Errorf("sources = %q on lines %v", src.values(), src.lines)
	}
	if doc.body != "Body *here*." || doc.bodyLine != 10 {
		t.Errorf("body = %q from line %d", doc.body, doc.bodyLine)
	}
}

func TestParseDocumentProblemsNameTheLine(t *testing.T) {
	cases := []struct {
		text string
		line int
		want string
	}{
		{"id: X\n", 1, "must start with a metadata header"},
		{"---\nid: X\ntitle: T\n", 3, "not closed"},
		{"---\nid: X\n  - stray\n---\n", 3, "list entry"},
		{"---\nid: X\nno colon here\n---\n", 3, "expected 'key: value'"},
		{"---\nid: X\nid: Y\n---\n", 3, "written twice"},
		{"---\nsources:\n  -\n---\n", 3, "empty list entry"},
	}
	for _, c := range cases {
		var lines []int
		var msgs []string
		parseDocumentInto(c.text, func(line int, msg string) { lines = append(lines, line); msgs = append(msgs, msg) }, nil)
		if len(msgs) == 0 || lines[0] != c.line || !strings.Contains(msgs[0], c.want) {
			t.Errorf("%q: got %v %q, want line %d %q", c.text, lines, msgs, c.line, c.want)
		}
	}
}
