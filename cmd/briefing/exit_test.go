package main

import (
	"strings"
	"testing"
)

// Every error reaches its exit code by its type: cobra's own refusals
// (an unknown verb, arguments a verb does not take, an unknown flag) and
// the model's (an unknown id, an area that is not one, nothing to export)
// are bad input, 2; the verbs' agenda subcommands refuse the same way.
func TestExitCodesByType(t *testing.T) {
	data := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"shwo"}, 2, "the nearest is briefing show"},
		{[]string{"agenda", "lst"}, 2, "the nearest is briefing agenda list"},
		{[]string{"search", "x", "--limit", "abc"}, 2, `--limit "abc": write a whole number, for example --limit 20`},
		{[]string{"open", "SEMI-1"}, 2, "to print the item, use: briefing show SEMI-1"},
		{[]string{"version", "extra"}, 2, "unknown command"},
		{[]string{"list", "--bogus"}, 2, "unknown flag"},
		{[]string{"show", "SEMI-9"}, 2, "SEMI-1"},
		{[]string{"export", "--area", "SEMI-1"}, 2, "not an area"},
		{[]string{"--data", data, "export", "--agenda"}, 2, "nothing to export"},
		{[]string{"--data", data, "agenda", "shuffle"}, 2, "unknown command"},
		{[]string{"--data", data, "agenda", "mv", "SEMI-1"}, 2, "accepts 2 arg"},
		{[]string{"--data", data, "agenda", "add"}, 2, "requires at least 1 arg"},
		{[]string{"--data", data, "agenda"}, 0, "agenda is empty"},
		{[]string{"--data", data, "notes"}, 0, "No notes or flags yet"},
		{[]string{"--data", data, "agenda", "add", "SEMI-1"}, 0, ""},
		{[]string{"--data", data, "agenda", "list", "--json"}, 0, ""},
		{[]string{"--accessible=maybe", "list", "areas"}, 2, "true or false"},
	} {
		_, errOut, code := briefing(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.says) {
			t.Errorf("briefing %s: exit %d, stderr %q; want %d and %q", strings.Join(c.args, " "), code, errOut, c.code, c.says)
		}
	}
}
