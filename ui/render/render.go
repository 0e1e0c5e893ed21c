// Package render turns an item's Markdown into styled terminal text with
// glamour, for the TUI's detail pane and for `briefing show`.
package render

import (
	"fmt"
	"strings"

	"charm.land/glamour/v2"
)

// Theme is the colour scheme the Markdown is drawn in.
type Theme int

// The themes. Plain draws structure without colour, for NO_COLOR and dumb
// terminals.
const (
	Dark Theme = iota
	Light
	Plain
)

// String names the theme as the --theme flag does.
func (t Theme) String() string {
	switch t {
	case Light:
		return "light"
	case Plain:
		return "plain"
	default:
		return "dark"
	}
}

func (t Theme) glamourStyle() string {
	switch t {
	case Light:
		return "light"
	case Plain:
		return "notty"
	default:
		return "dark"
	}
}

// Markdown renders a Markdown document to fit the given width in cells.
func Markdown(md string, width int, theme Theme) (string, error) {
	width = max(width, 10)
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(theme.glamourStyle()),
		glamour.WithWordWrap(width),
		glamour.WithTableWrap(true),
	)
	if err != nil {
		return "", fmt.Errorf("preparing the Markdown renderer: %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return "", fmt.Errorf("rendering Markdown: %w", err)
	}
	return strings.Trim(out, "\n"), nil
}
