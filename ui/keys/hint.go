package keys

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// Hint writes bindings as a one-line reminder, "↑↓ move · enter open ·
// esc back", for a pane's border or the status bar: each enabled
// binding's help key and description, neighbours that do the same thing
// ("↑ move", "↓ move") written once.
func Hint(bindings ...key.Binding) string {
	var parts []string
	var keysOf []string
	desc := ""
	flush := func() {
		if len(keysOf) > 0 {
			parts = append(parts, strings.Join(keysOf, "")+" "+desc)
		}
		keysOf = nil
	}
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		if h.Desc != desc {
			flush()
			desc = h.Desc
		}
		keysOf = append(keysOf, h.Key)
	}
	flush()
	return strings.Join(parts, " · ")
}
