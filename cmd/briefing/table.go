package main

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// table writes rows as aligned columns. Widths are measured in terminal
// cells, so Hangul (two cells a syllable) and Romanian diacritics line up.
// When maxWidth is positive the last column is cut to fit it.
func table(w io.Writer, rows [][]string, maxWidth int) error {
	if len(rows) == 0 {
		return nil
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r[:len(r)-1] {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		used := 0
		for i, cell := range r {
			if i == len(r)-1 {
				if maxWidth > 0 && used < maxWidth {
					cell = ansi.Truncate(cell, maxWidth-used, "…")
				}
				b.WriteString(cell)
				break
			}
			b.WriteString(cell)
			pad := widths[i] - ansi.StringWidth(cell) + 2
			b.WriteString(strings.Repeat(" ", pad))
			used += widths[i] + 2
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
