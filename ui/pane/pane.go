// Package pane draws a bordered box with its title in the top border, and
// cuts and pads every line so that nothing ever spills past the border,
// whatever the width of the characters inside (Hangul takes two cells).
package pane

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/theme"
)

// Frame is the space a border takes: one cell on each side.
const Frame = 2

// Fit cuts or pads a line to exactly width cells.
func Fit(line string, width int) string {
	if width <= 0 {
		return ""
	}
	// Measuring is the cost of every frame: measure once, and again only
	// after a cut.
	w := ansi.StringWidth(line)
	if w > width {
		line = ansi.Truncate(line, width, "…")
		w = ansi.StringWidth(line)
	}
	if w < width {
		line += strings.Repeat(" ", width-w)
	}
	return line
}

// Block turns text into exactly height lines of exactly width cells.
func Block(text string, width, height int) []string {
	lines := strings.Split(text, "\n")
	if text == "" {
		lines = nil
	}
	out := make([]string, height)
	for i := range out {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		out[i] = Fit(l, width)
	}
	return out
}

// Render draws content inside a border of exactly width by height cells,
// with title and info (a position, a percentage) set into the top border.
// The border's style shows focus; with no colour the focused border is
// thick, so focus stays visible.
func Render(s theme.Styles, title, info, content string, width, height int, focused bool) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	if width < Frame+1 || height < Frame {
		return strings.Join(Block(content, width, height), "\n")
	}
	style, titleStyle := s.Pane.Blurred, s.Pane.TitleBlurred
	if focused {
		style, titleStyle = s.Pane.Focused, s.Pane.Title
	}
	border := style.GetBorderStyle()
	paint := lipgloss.NewStyle().Foreground(style.GetBorderTopForeground())
	innerW, innerH := width-Frame, height-Frame

	top := border.Top
	label := ""
	if title != "" && innerW >= 4 {
		label = titleStyle.Render(ansi.Truncate(" "+title+" ", innerW-1, "…"))
	}
	infoLabel := ""
	if info != "" && innerW-ansi.StringWidth(label) >= ansi.StringWidth(info)+4 {
		infoLabel = paint.Render(" " + info + " ")
	}
	fill := innerW - 1 - ansi.StringWidth(label) - ansi.StringWidth(infoLabel)
	if label == "" {
		fill = innerW - ansi.StringWidth(infoLabel)
	}
	var b strings.Builder
	b.WriteString(paint.Render(border.TopLeft))
	if label != "" {
		b.WriteString(paint.Render(top))
	}
	b.WriteString(label)
	b.WriteString(paint.Render(strings.Repeat(top, max(0, fill))))
	b.WriteString(infoLabel)
	b.WriteString(paint.Render(border.TopRight))
	left, right := paint.Render(border.Left), paint.Render(border.Right)
	for _, l := range Block(content, innerW, innerH) {
		b.WriteString("\n" + left + l + right)
	}
	b.WriteString("\n" + paint.Render(border.BottomLeft+strings.Repeat(border.Bottom, innerW)+border.BottomRight))
	return b.String()
}
