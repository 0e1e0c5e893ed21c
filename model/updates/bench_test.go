package updates

import (
	"testing"

	"github.com/eu-rok/briefing/content"
	"github.com/eu-rok/briefing/model/pack/packtest"
)

// BenchmarkStartBuiltin is what a start does with no pack installed: select
// the content (load and hash the built-in one) and open the reading record.
func BenchmarkStartBuiltin(b *testing.B) {
	s := Open(b.TempDir(), content.FS())
	benchStart(b, s)
}

// BenchmarkStartInstalled is the same with a newer pack installed, which is
// checked in full (signature, hashes, content) at every start.
func BenchmarkStartInstalled(b *testing.B) {
	t := &testing.T{}
	l := newLaptop(t)
	l.Store = Open(b.TempDir(), content.FS())
	l.Trust(l.pub)
	if _, err := l.Install(l.packOf(t, packtest.Edition(t, "9000.2", nil)), false); err != nil {
		b.Fatal(err)
	}
	benchStart(b, l.Store)
}

func benchStart(b *testing.B, s *Store) {
	u, _, err := s.Select()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Tracker(u.Content); err != nil { // the first run writes the record
		b.Fatal(err)
	}
	for b.Loop() {
		u, _, err := s.Select()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Tracker(u.Content); err != nil {
			b.Fatal(err)
		}
	}
}
