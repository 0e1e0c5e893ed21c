package keys

import "charm.land/bubbles/v2/key"

// Tracker orders and filters the tracker view. The area filter is the
// global Filter key, which the timeline shares.
type Tracker struct {
	Sort, Status, Strength key.Binding
}

// DefaultTracker returns the tracker's bindings, disabled until the
// tracker is shown.
func DefaultTracker() Tracker {
	b := key.NewBinding
	k, h := key.WithKeys, key.WithHelp
	return Tracker{
		Sort:     b(k("o"), h("o", "order: area, status, strength"), key.WithDisabled()),
		Status:   b(k("s"), h("s", "filter by status"), key.WithDisabled()),
		Strength: b(k("w"), h("w", "filter by strength"), key.WithDisabled()),
	}
}

// SetEnabled turns the tracker's keys on in the tracker view and off
// elsewhere, which also hides them from the help.
func (t *Tracker) SetEnabled(on bool) {
	t.Sort.SetEnabled(on)
	t.Status.SetEnabled(on)
	t.Strength.SetEnabled(on)
}
