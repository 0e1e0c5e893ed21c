package prompt

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/eu-rok/briefing/ui/common"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/theme"
	"github.com/eu-rok/briefing/ui/uitest"
)

type named struct{ name string }

// The line shows its label, the text offered and its keys whole at every
// width where they fit, and Enter sends the text as edited.
func TestLineFitsAndSends(t *testing.T) {
	c := &common.Common{Styles: theme.New(true, false), Keys: keys.DefaultKeyMap(nil)}
	offer := "briefing-SEMI-1-2026-12-01"
	var l Line
	for _, w := range []int{80, 100, 120, 160, 250} {
		// As the browser does: the size first, at start, the question later.
		l = NewLine(c)
		l.SetSize(w, 1)
		l.Ask("export to", offer, func(s string) tea.Msg { return named{s} })
		l.Focus()
		got := ansi.Strip(l.View())
		if ansi.StringWidth(got) != w || !strings.Contains(got, "export to: "+offer) || !strings.HasSuffix(strings.TrimRight(got, " "), "esc cancel") {
			t.Errorf("at %d columns: %q", w, got)
		}
	}
	l.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	var sent tea.Msg
	none := func(tea.Msg) (tea.Cmd, bool) { return nil, false }
	for _, msg := range uitest.Run(l.Update(tea.KeyPressMsg{Code: tea.KeyEnter}), none) {
		if n, ok := msg.(named); ok {
			sent = n
		}
	}
	if sent != (named{offer + "x"}) {
		t.Errorf("Enter sent %v", sent)
	}
}
