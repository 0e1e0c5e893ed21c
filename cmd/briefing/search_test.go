package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// The failing questions answer, and say what the search made of
// them.
func TestSearchAnswersQuestions(t *testing.T) {
	for _, tc := range []struct {
		query []string
		first string
		note  string // on stderr
	}{
		{[]string{"digital", "identity", "wallet"}, "DID-1", ""},
		{[]string{"what did korea promise on semiconductors"}, "SEMI-", "searched for: korea semiconductors (left out: what, did, promise, on)"},
		{[]string{"who co-chaired the third council"}, "DPC-3", "left out: who, the"},
		{[]string{"--today", "2026-03-01", "when is the next council"}, "DPC-4", ""},
		{[]string{"first council"}, "DPC-1", ""},
		{[]string{"hpc access"}, "HPCQ-1", ""},
		{[]string{"digital identity zanzibar"}, "DID", "no item has all 2 words; these have 1 — missing: zanzibar"},
	} {
		out, errOut, code := briefing(t, append([]string{"search"}, tc.query...)...)
		if code != 0 || !strings.HasPrefix(out, tc.first) || !strings.Contains(errOut, tc.note) {
			t.Errorf("search %q: exit %d, want %s first and %q\nstdout:\n%.300s\nstderr: %s", tc.query, code, tc.first, tc.note, out, errOut)
		}
	}
}

// Exit 1 only when not one word matches anything, with a line that says so.
func TestSearchNothingSaysSo(t *testing.T) {
	out, errOut, code := briefing(t, "search", "zzzz", "qqqq")
	if code != 1 || out != "" || !strings.Contains(errOut, "no item has any of: zzzz, qqqq") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// --json says why each hit was found: each word, what it matched, how, where.
func TestSearchJSONSaysWhy(t *testing.T) {
	for _, tc := range []struct{ query, first, why string }{
		{"semicondutors", "SEMI", "semicondutors: typo semiconductors in title"},
		{"wallet", "DID-1", "wallet: synonym digital identity in title"},
		{"third council", "DPC-3", "third council: council DPC-3 in id"},
	} {
		out, _, code := briefing(t, "search", "--json", tc.query)
		var res struct {
			Hits []struct {
				ID  string
				Why []struct{ Word, Found, How, Field string }
			}
		}
		if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Hits) == 0 || len(res.Hits[0].Why) != 1 {
			t.Fatalf("%s: exit %d:\n%.500s", tc.query, code, out)
		}
		h, w := res.Hits[0], res.Hits[0].Why[0]
		if got := w.Word + ": " + w.How + " " + w.Found + " in " + w.Field; h.ID != tc.first || got != tc.why {
			t.Errorf("%s: %s first, why %q; want %s, %q", tc.query, h.ID, got, tc.first, tc.why)
		}
	}
}

// A malformed query is shown under its caret sanitised: an escape sequence
// typed or pasted into it does not reach the terminal (issue 11, L12).
func TestSearchErrorIsSanitised(t *testing.T) {
	_, errOut, code := briefing(t, "search", "\x1b]52;c;aGk=\x07 area:")
	if code != 2 || strings.ContainsAny(errOut, "\x1b\x07") || !strings.Contains(errOut, "␛]52;c;aGk=␇ area:") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(errOut, "\n")
	column := func(line, s string) int { return utf8.RuneCountInString(line[:max(strings.Index(line, s), 0)]) }
	if len(lines) < 3 || column(lines[2], "^") != column(lines[1], "area:") {
		t.Errorf("the caret should stand under area:\n%s", errOut)
	}
	if _, errOut, code := briefing(t, "search", `"unclosed`); code != 2 || !strings.Contains(errOut, "quote is not closed") {
		t.Errorf("an open quote: exit %d, %q", code, errOut)
	}
}
