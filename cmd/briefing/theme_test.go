package main

import (
	"strings"
	"testing"

	"github.com/eu-rok/briefing/ui/render"
)

// M3: COLORFGBG of any shape picks a theme, never a crash (a single
// character used to slice out of range).
func TestColorFGBG(t *testing.T) {
	for v, want := range map[string]render.Theme{
		"": render.Dark, "7": render.Light, "0": render.Dark, ";": render.Dark, "15": render.Light,
		"15;0": render.Dark, "0;15": render.Light, "0;7": render.Light, "0;default;15": render.Light, "12;8": render.Dark,
	} {
		t.Setenv("COLORFGBG", v)
		t.Setenv("NO_COLOR", "")
		t.Setenv("TERM", "xterm-256color")
		a := &app{theme: "auto"}
		if got := a.markdownTheme(); got != want {
			t.Errorf("COLORFGBG=%q: %v, want %v", v, got, want)
		}
	}
}

// L10: a --theme other than auto, dark or light is refused by every verb.
func TestThemeIsChecked(t *testing.T) {
	for _, args := range [][]string{{"show", "SEMI-1"}, {"list", "areas"}, {"status"}} {
		_, errOut, code := briefing(t, append(args, "--theme", "weird")...)
		if code != 2 || !strings.Contains(errOut, `--theme "weird"`) {
			t.Errorf("%v --theme weird: exit %d, %q", args, code, errOut)
		}
	}
}
