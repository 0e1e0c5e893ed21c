package keyhelp

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// wrappedHelp lays the key groups out in as many rows of columns as the
// width needs. bubbles' FullHelpView draws one row and cuts what does not
// fit with "…": with the personal keys the groups no longer fit in one row
// of the help box, and the help must list every key. A binding listed in
// an earlier group (the first group is the keys most needed) is not listed
// again.
func wrappedHelp(h help.Model, groups [][]key.Binding, width int) string {
	h.SetWidth(0) // measure each row whole; the rows are made to fit here
	var rows []string
	var row [][]key.Binding
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, h.FullHelpView(row))
			row = nil
		}
	}
	seen := map[key.Help]bool{}
	for _, g := range groups {
		g = unseen(g, seen)
		if len(g) == 0 {
			continue
		}
		if len(row) > 0 && lipgloss.Width(h.FullHelpView(append(row[:len(row):len(row)], g))) > width {
			flush()
		}
		row = append(row, g)
	}
	flush()
	return strings.Join(rows, "\n\n")
}

// unseen is a group's enabled bindings that were not listed before, and
// marks them as listed.
func unseen(g []key.Binding, seen map[key.Help]bool) []key.Binding {
	var out []key.Binding
	for _, b := range g {
		if b.Enabled() && !seen[b.Help()] {
			seen[b.Help()] = true
			out = append(out, b)
		}
	}
	return out
}
