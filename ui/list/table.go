package list

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/pane"
)

// suffix is the text drawn at the right of a row, with its leading space:
// the Suffix in a wide list, the ShortSuffix in a narrow one.
func (m Model) suffix(it Item) string {
	text := it.Suffix
	if m.width < wideList {
		text = it.ShortSuffix
	}
	if text == "" {
		return ""
	}
	return " " + text
}

// cellsFor lists the cells a row draws at the list's width, cut or padded
// to their widths, each followed by one space.
func (m Model) cellsFor(it Item) []Cell {
	out := make([]Cell, 0, len(it.Cells))
	for _, c := range it.Cells {
		if (c.Min > 0 && m.width < c.Min) || (c.Max > 0 && m.width >= c.Max) {
			continue
		}
		c.Text = fitCell(c.Text, c.Width, c.Right) + " "
		out = append(out, c)
	}
	return out
}

func fitCell(text string, width int, right bool) string {
	if w := ansi.StringWidth(text); w > width {
		return ansi.Truncate(text, width, "…")
	} else if w < width {
		pad := strings.Repeat(" ", width-w)
		if right {
			return pad + text
		}
		return text + pad
	}
	return text
}

// tableRow draws a row with cells: marker, the columns, the title filling
// the rest, then the suffix.
func (m drawing) tableRow(it Item, marker string, selected bool) string {
	s, w := m.s, m.width
	cells := m.cellsFor(it)
	suffix := m.suffix(it)
	used := ansi.StringWidth(marker) + ansi.StringWidth(suffix)
	for _, c := range cells {
		used += ansi.StringWidth(c.Text)
	}
	room := max(0, w-used)
	title := it.Title
	if ansi.StringWidth(title) > room {
		title = ansi.Truncate(title, room, "…")
	}
	gap := strings.Repeat(" ", max(0, room-ansi.StringWidth(title)))
	if selected {
		var b strings.Builder
		b.WriteString(marker)
		for _, c := range cells {
			b.WriteString(c.Text)
		}
		st := s.List.SelectedBlurred
		if m.focused {
			st = s.List.Selected
		}
		return st.Render(pane.Fit(b.String()+title+gap+suffix, w))
	}
	body := s.List.Item
	if it.Dim {
		body = s.List.Meta
	}
	var b strings.Builder
	b.WriteString(marker)
	for _, c := range cells {
		switch {
		case c.ID:
			b.WriteString(s.List.ID.Render(c.Text))
		case c.Toned:
			b.WriteString(toneStyle(s, c.Tone).Render(c.Text))
		default:
			b.WriteString(body.Render(c.Text))
		}
	}
	b.WriteString(body.Render(title) + gap + toneStyle(s, it.Tone).Render(suffix))
	return pane.Fit(b.String(), w)
}

// heading draws a Heading row: a line of plain text, or a table's column
// names lined up with its cells.
func (m drawing) heading(it Item) string {
	s := m.s
	var b strings.Builder
	b.WriteString("  " + m.marks(it, false)) // the marks column, blank
	for _, c := range m.cellsFor(it) {
		b.WriteString(c.Text)
	}
	b.WriteString(it.Title)
	return s.List.Meta.Bold(true).Render(pane.Fit(b.String(), m.width))
}
