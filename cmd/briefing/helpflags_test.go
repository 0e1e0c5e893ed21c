package main

import (
	"regexp"
	"strings"
	"testing"
)

// The help lists --theme and --accessible only where they change
// something, never breaks a flag named in a description, and says what
// --format takes in words a reader knows.
func TestHelpFlagsWhereTheyWork(t *testing.T) {
	listed := func(help, flag string) bool {
		return regexp.MustCompile(`(?m)^\s+` + flag + `\s`).MatchString(help)
	}
	for _, c := range []struct {
		verb              string
		theme, accessible bool
	}{
		{"", true, true}, {"open", true, true}, {"show", true, false},
		{"status", false, false}, {"export", false, false}, {"note", false, false}, {"search", false, false},
	} {
		args := []string{"--help"}
		if c.verb != "" {
			args = []string{c.verb, "--help"}
		}
		help := ok(t, args...)
		if listed(help, "--theme") != c.theme || listed(help, "--accessible") != c.accessible {
			t.Errorf("briefing %s --help: --theme listed %v, --accessible listed %v; want %v, %v",
				c.verb, listed(help, "--theme"), listed(help, "--accessible"), c.theme, c.accessible)
		}
		if strings.Contains(help, "`") {
			t.Errorf("briefing %s --help shows backquotes:\n%s", c.verb, help)
		}
		if regexp.MustCompile(`-\s*\n\s*-\w`).MatchString(help) {
			t.Errorf("briefing %s --help breaks a flag across lines:\n%s", c.verb, help)
		}
	}
	if help := ok(t, "export", "--help"); strings.Contains(help, "Md or") || !strings.Contains(help, "md (Markdown) or html") {
		t.Errorf("export --help on --format:\n%s", help)
	}
	// Still accepted everywhere, so scripts keep working.
	ok(t, "--theme", "light", "status")
}

func TestWrapWords(t *testing.T) {
	got := wrapWords("with --clear it removes it\n\n  kept   as is, indented", 10)
	if got != "with\n--clear it\nremoves it\n\n  kept   as is, indented" {
		t.Errorf("wrapWords = %q", got)
	}
}
