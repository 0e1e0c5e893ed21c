package whatsnew

import (
	"strings"
	"testing"
)

func TestShortenedKeepsWordsNextToChanges(t *testing.T) {
	long := strings.Repeat("word ", 30)
	line := Line{
		{Op: Equal, Text: long + "before "},
		{Op: Delete, Text: "old"},
		{Op: Insert, Text: "new"},
		{Op: Equal, Text: " after " + long},
	}
	got := line.Shortened().Marked()
	if !strings.HasPrefix(got, "… word") || !strings.Contains(got, "before [-old-]{+new+} after") || !strings.HasSuffix(got, "word …") {
		t.Errorf("%q", got)
	}
	if n := len([]rune(got)); n > 2*Context+30 {
		t.Errorf("%d characters: %q", n, got)
	}
	short := Line{{Op: Equal, Text: "date: "}, {Op: Delete, Text: "2026"}, {Op: Insert, Text: "2027"}}
	if got := short.Shortened().Marked(); got != "date: [-2026-]{+2027+}" {
		t.Errorf("%q", got)
	}
}
