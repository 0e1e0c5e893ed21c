package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/eu-rok/briefing/ui"
	"github.com/eu-rok/briefing/ui/render"
)

// terminalWidth reports whether w is a terminal and, if so, its width.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, false
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = 80
	}
	return width, true
}

// markdownTheme picks the colours for Markdown printed to a terminal:
// --theme when given, none under NO_COLOR or TERM=dumb, otherwise a guess
// from COLORFGBG (set by many terminals) and dark when there is none. The
// TUI asks the terminal itself; a one-shot command does not wait for it.
func (a *app) markdownTheme() render.Theme {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return render.Plain
	}
	switch a.theme {
	case "light":
		return render.Light
	case "dark":
		return render.Dark
	}
	if lightBackground(os.Getenv("COLORFGBG")) {
		return render.Light
	}
	return render.Dark
}

// lightBackground reads COLORFGBG, "foreground;background" as colour
// numbers ("15;0" is light text on a dark background; "0;15" the reverse;
// some terminals put a field in between): the background is the last
// field, light when it is 7 (light grey) or 15 (white). Any other value,
// a short one included, says dark.
func lightBackground(colorfgbg string) bool {
	fields := strings.Split(colorfgbg, ";")
	bg := fields[len(fields)-1]
	return bg == "7" || bg == "15"
}

// checkTheme refuses a --theme other than auto, dark or light, for every
// verb: a misspelt theme is never taken silently.
func (a *app) checkTheme() error {
	switch a.theme {
	case ui.ThemeAuto, ui.ThemeDark, ui.ThemeLight:
		return nil
	}
	return usageErr(fmt.Errorf("--theme %q: choose auto, dark or light", a.theme))
}
