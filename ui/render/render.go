// Package render turns an item's Markdown into styled terminal text with
// glamour, for the TUI's detail pane and for `briefing show`.
package render

import (
	"fmt"
	"regexp"
	"strings"

	"charm.land/glamour/v2"

	"github.com/eu-rok/briefing/model"
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
	out, err := r.Render(keepWhole(md))
	if err != nil {
		return "", fmt.Errorf("rendering Markdown: %w", err)
	}
	return strings.Trim(safeLinks(restore(out)), "\n"), nil
}

// hyperlink is an OSC 8 hyperlink as glamour writes one: ESC ] 8 ;
// parameters ; address, ended by BEL or ST. An empty address ends a link.
var hyperlink = regexp.MustCompile("\x1b\\]8;[^;\x07\x1b]*;([^\x07\x1b]*)(?:\x07|\x1b\\\\)")

// safeLinks takes out the terminal hyperlinks glamour made of links whose
// address is not model.SafeLink (http, https, mailto): a body's
// [click](javascript:...) is shown, never made clickable. The link's text
// stays.
func safeLinks(s string) string {
	if !strings.Contains(s, "\x1b]8;") {
		return s
	}
	return hyperlink.ReplaceAllStringFunc(s, func(seq string) string {
		if addr := hyperlink.FindStringSubmatch(seq)[1]; addr != "" && !model.SafeLink(addr) {
			return ""
		}
		return seq
	})
}
