// Package common holds what every part of the browser shares: the context
// the components read (the briefing, the fixed "today", the styles and the
// key map), the contract every pane and overlay keeps (Component), and the
// few messages a component sends to the root.
package common

import (
	"time"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
)

// Common is the shared context of the components. The root owns one and
// hands out a pointer, so a theme change reaches every component at once.
type Common struct {
	B      *model.Briefing
	Today  time.Time
	Styles theme.Styles
	Keys   keys.KeyMap
}
