package ui

import "testing"

// BenchmarkNavigateKeystroke is one j in the areas list with three panes:
// Update (the detail switches to a cached rendering) and the frame drawn.
func BenchmarkNavigateKeystroke(b *testing.B) {
	m := newSized(b, testOptions(b), 160, 45)
	// Warm the cache: every area rendered once, as after a first pass.
	for range m.c.B.Areas {
		press(m, "j")
	}
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := down
		if (i/8)%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkCachedDetailFrame draws a frame whose detail is already
// rendered: the cost of every frame while reading.
func BenchmarkCachedDetailFrame(b *testing.B) {
	m := newSized(b, testOptions(b), 160, 45)
	press(m, "j", "enter", "enter")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
