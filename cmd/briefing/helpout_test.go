package main

import (
	"strings"
	"testing"
)

// Help printed to a file or a pipe has no spaces at the ends of its lines
// (fang pads each line to its block), however it is asked for; what a
// verb prints keeps its own (a note's Markdown line break).
func TestHelpHasNoTrailingSpaces(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"note", "--help"}, {"export", "-h"}, {"agenda", "add", "--help"}, {"help", "note"}, {"help"}} {
		out, errOut, code := briefing(t, args...)
		if code != 0 || !strings.Contains(out, "USAGE") {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("%v: line %d ends in a space: %q", args, i+1, line)
				break
			}
		}
	}
	data := t.TempDir()
	briefing(t, "--data", data, "note", "AI-1", "first line  \nsecond line")
	if out, _, _ := briefing(t, "--data", data, "note", "AI-1"); out != "first line  \nsecond line\n" {
		t.Errorf("the note as printed: %q", out)
	}
}
