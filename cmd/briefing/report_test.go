package main

import (
	"strings"
	"testing"

	"github.com/eu-rok/briefing/model/whatsnew"
)

func TestDiffLineKeepsWordsNextToChanges(t *testing.T) {
	long := strings.Repeat("word ", 30)
	line := whatsnew.Line{
		{Op: whatsnew.Equal, Text: long + "before "},
		{Op: whatsnew.Delete, Text: "old"},
		{Op: whatsnew.Insert, Text: "new"},
		{Op: whatsnew.Equal, Text: " after " + long},
	}
	got := diffLine(line)
	if !strings.HasPrefix(got, "… word") || !strings.Contains(got, "before [-old-]{+new+} after") || !strings.HasSuffix(got, "word …") {
		t.Errorf("%q", got)
	}
	if n := len([]rune(got)); n > 2*diffContext+30 {
		t.Errorf("%d characters: %q", n, got)
	}
	short := whatsnew.Line{{Op: whatsnew.Equal, Text: "date: "}, {Op: whatsnew.Delete, Text: "2026"}, {Op: whatsnew.Insert, Text: "2027"}}
	if got := diffLine(short); got != "date: [-2026-]{+2027+}" {
		t.Errorf("%q", got)
	}
}
