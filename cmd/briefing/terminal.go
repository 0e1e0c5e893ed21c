package main

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"

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
	if bg := os.Getenv("COLORFGBG"); bg != "" {
		// "15;0" is light text on a dark background; "0;15" the reverse.
		last := bg[len(bg)-1:]
		if bg[len(bg)-2:] == "15" || last == "7" {
			return render.Light
		}
	}
	return render.Dark
}
