package search

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkKeystroke is one keystroke in the search box over the built-in
// content, as the program runs it: the key, the search it starts, its
// results taken in, and the frame drawn. It types "what did korea promise
// on semiconductors" and erases it, letter by letter.
func BenchmarkKeystroke(b *testing.B) {
	m := newBox(b)
	m.SetSize(112, 42)
	query := []rune("what did korea promise on semiconductors")
	keys := make([]tea.KeyPressMsg, 0, 2*len(query))
	for _, r := range query {
		keys = append(keys, press(r))
	}
	for range query {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, msg := range flatten(m.Update(keys[i%len(keys)])) {
			m.Update(msg)
		}
		_ = m.View()
	}
}
